/** What a person can do with a result: share, summarise for chat, edit, compare, export, print, embed. */
import Link from "next/link";
import { resultPath } from "@/lib/result/path";
import { teamHref } from "@/lib/team/url";
import { ShareButtons } from "./share-buttons-client";
import { SummaryButton } from "./summary-button-client";
import styles from "./result.module.css";

export function ResultActions({
  code,
  flow,
  pageUrl,
  summary,
}: {
  code: string;
  flow?: string;
  pageUrl: string;
  /** The chat summary (Markdown, at most 600 characters) that "Copy summary" copies. */
  summary: string;
}) {
  const query = (extra: Record<string, string>) => {
    const params = new URLSearchParams({ code, ...extra });
    if (flow) params.set("flow", flow);
    return params.toString();
  };
  return (
    <nav aria-label="Result actions" className={`${styles.actions} no-print`}>
      <ShareButtons url={pageUrl} />
      <p className={styles.summaryCopy}>
        <SummaryButton summary={summary} />
      </p>
      <ul className={styles.actionLinks}>
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
          <a href={resultPath(code, flow, { suffix: "/adr" })} download>
            Export ADR (Markdown)
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
    </nav>
  );
}

/** `path` with `format=` added to its query. */
function withFormat(path: string, format: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}format=${format}`;
}
