/** What a person can do with a result: share, edit, export, print, embed. */
import Link from "next/link";
import { resultPath } from "@/lib/result/path";
import { ShareButtons } from "./share-buttons-client";
import styles from "./result.module.css";

export function ResultActions({
  code,
  flow,
  pageUrl,
}: {
  code: string;
  flow?: string;
  pageUrl: string;
}) {
  const query = (extra: Record<string, string>) => {
    const params = new URLSearchParams({ code, ...extra });
    if (flow) params.set("flow", flow);
    return params.toString();
  };
  return (
    <nav aria-label="Result actions" className={`${styles.actions} no-print`}>
      <ShareButtons url={pageUrl} />
      <ul className={styles.actionLinks}>
        <li>
          <Link href={`/advisor?${query({})}`}>Edit answers</Link>
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
