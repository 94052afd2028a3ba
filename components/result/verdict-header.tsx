/**
 * The first screen's answer: the verdict in words, the flow, why in one or two sentences naming
 * the answers that pulled hardest (and the rule, when a rule made the verdict), confidence with
 * its reason and how far the verdict is from changing, and the model.
 */
import Link from "next/link";
import type { ResolvedResult } from "@/lib/result/load";
import { formatPoints } from "@/lib/result/format";
import { resultPath } from "@/lib/result/path";
import { confidenceWords, verdictHeadline, wouldSay } from "@/lib/result/wording";
import { flipDistance, whySentences } from "@/lib/result/answer-first";
import styles from "./result.module.css";

export function VerdictHeader({ result, words }: Pick<ResolvedResult, "result" | "words">) {
  const why = whySentences(words, result);
  const distance = flipDistance(words, result);
  return (
    <header
      className={styles.verdict}
      data-verdict={result.verdict ?? "too-early"}
      data-insufficient={result.insufficient ? "true" : undefined}
      data-reading-order="answer"
    >
      <p className={styles.eyebrow}>
        {result.flow ? (
          <>
            Baton&apos;s recommendation for <span className={styles.flow}>{result.flow}</span>
          </>
        ) : (
          "Baton's recommendation for one business flow"
        )}
      </p>
      <h1 className={styles.headline}>{verdictHeadline(words, result)}</h1>
      {why.length > 0 ? (
        <p className={styles.reason} data-why="" data-verdict-reason="">
          {why.join(" ")}
        </p>
      ) : null}
      <p className={styles.confidence} data-confidence="">
        <strong>{confidenceWords(result.confidenceLevel)}</strong>{" "}
        <span className="muted">({result.confidence.toFixed(2)})</span>. {result.confidenceReason}
        {distance ? ` ${distance}` : null}
      </p>
      <p className={styles.model}>
        Scored by model {result.model}
        {result.current ? (
          <>
            . Model {result.current.model}, the current one, would say{" "}
            <strong data-current-verdict={result.current.verdict ?? "too-early"}>
              {wouldSay(result.current.verdict)}
            </strong>{" "}
            (score {formatPoints(result.current.score)}):{" "}
            <Link href={resultPath(result.current.code, result.flow)}>see the current result</Link>.
          </>
        ) : (
          "."
        )}
      </p>
    </header>
  );
}
