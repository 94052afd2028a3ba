/** The compact result for an iframe: verdict, confidence, top reasons, and a way out to the full page. */
import { OrganisationPick } from "@/components/organisation/organisation-pick";
import type { ResolvedResult } from "@/lib/result/load";
import { formatPoints } from "@/lib/result/format";
import {
  confidenceWords,
  contributionReason,
  pullOf,
  strongestContributions,
  verdictHeadline,
} from "@/lib/result/wording";
import { verdictReasonOf } from "@/lib/result/explain";
import styles from "./embed-card.module.css";

export function EmbedCard({
  result,
  words,
  pageUrl,
}: Pick<ResolvedResult, "result" | "words"> & { pageUrl: string }) {
  const reasons = result.insufficient ? [] : strongestContributions(result, 3);
  return (
    <article className={styles.card} data-verdict={result.verdict ?? "too-early"}>
      <p className={styles.eyebrow}>
        {result.flow ? (
          <>
            Baton&apos;s recommendation for <span className={styles.flow}>{result.flow}</span>
          </>
        ) : (
          "Baton's recommendation"
        )}
      </p>
      <h1 className={styles.headline}>{verdictHeadline(words, result)}</h1>
      {!result.insufficient && verdictReasonOf(result) ? (
        <p data-verdict-reason="">{verdictReasonOf(result)}</p>
      ) : null}
      <p className={styles.confidence}>
        <strong>{confidenceWords(result.confidenceLevel)}</strong>. {result.confidenceReason}
      </p>
      {reasons.length > 0 ? (
        <>
          <h2 className={styles.reasonsTitle}>Top reasons</h2>
          <ul className={styles.reasons}>
            {reasons.map((c) => (
              <li key={c.question}>
                {contributionReason(words, c)}:{" "}
                <span className={styles.pull}>
                  {formatPoints(c.weighted)} {pullOf(c.weighted)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.insufficient ? <p>Too few questions are answered to recommend a style yet.</p> : null}
      {result.insufficient ? null : <OrganisationPick tools={result.tools} />}
      <p className={styles.footer}>
        <a href={pageUrl} target="_blank" rel="noopener">
          See the full result on Baton<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        <span className={styles.model}>Model {result.model}</span>
      </p>
    </article>
  );
}
