/**
 * What a person can do with a result, compact so the answer stays on the first screen: the share
 * link with "Copy link" first, then one "More actions" menu (a native disclosure, so it works
 * without JavaScript and from the keyboard) with print, the chat summary, edit, compare, the ADR
 * export (with its number and decision-makers), JSON and embed.
 */
import Link from "next/link";
import { resultPath } from "@/lib/result/path";
import { AdrExportForm } from "./adr-form";
import { teamHref } from "@/lib/team/url";
import { PrintButton, ShareButtons } from "./share-buttons-client";
import { SummaryButton } from "./summary-button-client";
import styles from "./result.module.css";

export function ResultActions({
  code,
  flow,
  pageUrl,
  summary,
  decisionMakers,
}: {
  code: string;
  flow?: string;
  pageUrl: string;
  /** The chat summary (Markdown, at most 600 characters) that "Copy summary" copies. */
  summary: string;
  /** The organisation config's decision-makers, offered in the ADR form. */
  decisionMakers?: string;
}) {
  const query = (extra: Record<string, string>) => {
    const params = new URLSearchParams({ code, ...extra });
    if (flow) params.set("flow", flow);
    return params.toString();
  };
  return (
    <nav aria-label="Result actions" className={`${styles.actions} no-print`}>
      <ShareButtons url={pageUrl} />
      <details className={styles.moreActions}>
        <summary>More actions</summary>
        <ul className={styles.actionLinks}>
          <li className={styles.actionButtons}>
            <PrintButton />
            <SummaryButton summary={summary} />
          </li>
          <li>
            <Link href={`/advisor?${query({})}`}>Edit answers</Link>
          </li>
          <li>
            <Link href={`${teamHref([code], ["Before", "After"])}#team-links`} prefetch={false}>
              Compare with another result
            </Link>
          </li>
          <li>
            <a href={resultPath(code, flow, { suffix: "/summary" })}>Summary for chat (Markdown)</a>
          </li>
          <li>
            <a href={withFormat(resultPath(code, flow, { suffix: "/summary" }), "slack")}>
              Summary for Slack apps (mrkdwn)
            </a>
          </li>
          <li>
            <a href={resultPath(code, flow, { suffix: "/json" })} download>
              Export JSON
            </a>
          </li>
          <li>
            <Link href={`/embed-help?${query({})}`}>Embed this</Link>
          </li>
        </ul>
        <AdrExportForm
          action={resultPath(code, undefined, { suffix: "/adr" })}
          flow={flow}
          decisionMakers={decisionMakers}
        />
      </details>
    </nav>
  );
}

/** `path` with `format=` added to its query. */
function withFormat(path: string, format: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}format=${format}`;
}
