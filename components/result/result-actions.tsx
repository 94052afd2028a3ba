/**
 * What a person can do with a result, compact so the answer stays on the first screen: the share
 * link with "Copy link" first, then one "More actions" menu (a native disclosure, so it works
 * without JavaScript and from the keyboard) with print, the chat summary, edit, compare, the ADR
 * export (with its number and decision-makers), JSON and embed.
 */
import Link from "next/link";
import { resultPath } from "@/lib/result/path";
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
        <form
          className={styles.adrForm}
          method="get"
          action={resultPath(code, undefined, { suffix: "/adr" })}
          aria-labelledby="adr-form-title"
        >
          <p id="adr-form-title" className={styles.adrTitle}>
            Decision record (MADR 4)
          </p>
          {flow ? <input type="hidden" name="flow" value={flow} /> : null}
          <label htmlFor="adr-number">Number in your log (optional)</label>
          <input
            id="adr-number"
            name="number"
            type="number"
            min={1}
            max={99999999}
            step={1}
            inputMode="numeric"
          />
          <label htmlFor="adr-decision-makers">Decision-makers (optional)</label>
          <input
            id="adr-decision-makers"
            name="decision-makers"
            type="text"
            maxLength={200}
            defaultValue={decisionMakers}
            autoComplete="off"
          />
          <button type="submit" className="button secondary">
            Export ADR (Markdown)
          </button>
        </form>
      </details>
    </nav>
  );
}

/** `path` with `format=` added to its query. */
function withFormat(path: string, format: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}format=${format}`;
}
