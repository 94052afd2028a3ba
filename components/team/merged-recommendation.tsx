import Link from "next/link";
import type { ResolvedResult } from "@/lib/result/load";
import { formatPoints } from "@/lib/result/format";
import { resultPath } from "@/lib/result/path";
import { shortWhy } from "@/lib/result/answer-first";
import { confidenceWords, gateIn, questionText, verdictHeadline } from "@/lib/result/wording";
import styles from "./team.module.css";

/** The team's merged answers, scored by the model like anyone's answers. */
export function MergedRecommendation({
  result,
  words,
  people,
}: Pick<ResolvedResult, "result" | "words"> & { people: number }) {
  return (
    <div className={styles.card}>
      <p className={styles.bigVerdict}>
        <span
          className={styles.verdict}
          data-verdict={result.verdict ?? "too-early"}
          data-testid="merged-verdict"
        >
          {verdictHeadline(words, result)}
        </span>
      </p>
      {result.insufficient ? (
        <>
          <p>
            {/* The model's own account of what is missing (from model 2 on: a third of all the
                weight and a third of the flow's own questions' weight). */}
            Between them: {result.confidenceReason} The answers that would matter most:
          </p>
          <ul>
            {result.ask.map((id) => (
              <li key={id}>{questionText(words, id)}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p data-verdict-reason="">{shortWhy(words, result)}</p>
          <p>
            Score {formatPoints(result.score)} (orchestration at{" "}
            {formatPoints(result.thresholds.orchestration)} or more, choreography at{" "}
            {formatPoints(result.thresholds.choreography)} or less).{" "}
            {confidenceWords(result.confidenceLevel)}: {result.confidenceReason}
          </p>
        </>
      )}
      {result.gates.length > 0 ? (
        <>
          <p>Before you rely on it:</p>
          <ul>
            {result.gates.map((gate) => (
              <li key={gate.id}>{gateIn(words, gate.id).title}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href={resultPath(result.code)} prefetch={false}>
          Open the merged result
        </Link>{" "}
        for the full reasoning, what would change it, and a decision record.
        {people === 1 ? " With one person, the merged answers are theirs." : ""}
      </p>
    </div>
  );
}
