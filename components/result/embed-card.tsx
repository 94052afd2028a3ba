/**
 * The compact result for an iframe: verdict, the rule when a rule made it, confidence, top reasons,
 * what to build first (the first form, or for a hybrid the pattern that fits, with its one-line
 * why), and a way out to the full page. A verdict the score band gave carries no mechanism
 * sentence ("The score band decided…"): the top reasons say why in the answers' words.
 */
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
import { firstForm } from "@/lib/result/answer-first";
import { implementationName } from "@/lib/result/explain";
import { hybridPatternIn } from "@/lib/result/wording";
import styles from "./embed-card.module.css";

export function EmbedCard({
  result,
  words,
  pageUrl,
}: Pick<ResolvedResult, "result" | "words"> & { pageUrl: string }) {
  const reasons = result.insufficient ? [] : strongestContributions(result, 3);
  const build = firstForm(result);
  const pattern = result.hybridAdvice.find((a) => a.pattern === build?.id);
  const buildName = build
    ? pattern
      ? hybridPatternIn(words, pattern.pattern).title
      : implementationName(words, build.id)
    : undefined;
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
      {!result.insufficient && result.verdictRule && result.verdictReason ? (
        <p data-verdict-reason="">{result.verdictReason}</p>
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
      {build && buildName ? (
        <>
          <h2 className={styles.reasonsTitle}>
            {build.kind === "pattern" ? "The mix that fits" : "Build it first with"}
          </h2>
          <p className={styles.build} data-first-form={build.id}>
            <strong>{buildName}</strong>: {build.why}
          </p>
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
