import Link from "next/link";
import { findQuestion, gateDefinition, hybridPattern, type Recommendation } from "@/lib/scoring";
import { VERDICT_LABEL, signed } from "./format";
import styles from "./team.module.css";

/** The team's merged answers, scored by the model like anyone's answers. */
export function MergedRecommendation({
  code,
  recommendation: r,
  people,
}: {
  code: string;
  recommendation: Recommendation;
  people: number;
}) {
  const lead = r.hybrid[0];
  return (
    <div className={styles.card}>
      {r.insufficient ? (
        <>
          <p className={styles.bigVerdict}>
            <span className={styles.verdict} data-verdict={r.verdict}>
              Too little answered to advise
            </span>
          </p>
          <p>
            Between them, the team answered under a third of the model&apos;s weight. The answers
            that would matter most:
          </p>
          <ul>
            {r.ask.map((id) => (
              <li key={id}>{findQuestion(id)?.text}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className={styles.bigVerdict}>
            <span className={styles.verdict} data-verdict={r.verdict} data-testid="merged-verdict">
              {lead && r.verdict === "hybrid"
                ? hybridPattern(lead).headline
                : VERDICT_LABEL[r.verdict]}
            </span>
          </p>
          <p data-verdict-reason="">{r.verdictReason}</p>
          <p>
            Score {signed(r.score)} (orchestration at {signed(r.thresholds.orchestration)} or more,
            choreography at {signed(r.thresholds.choreography)} or less), {r.confidenceDetail.level}{" "}
            confidence: {r.confidenceDetail.reason}
          </p>
        </>
      )}
      {r.gates.length > 0 ? (
        <>
          <p>Before you rely on it:</p>
          <ul>
            {r.gates.map((gate) => (
              <li key={gate.id}>{gateDefinition(gate.id).title}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href={`/r/${code}`} prefetch={false}>
          Open the merged result
        </Link>{" "}
        for the full reasoning, what would change it, and a decision record.
        {people === 1 ? " With one person, the merged answers are theirs." : ""}
      </p>
    </div>
  );
}
