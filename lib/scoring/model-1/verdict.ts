import type { ScoredQuestionId } from "../questions";
import { pointsIn } from "../score";
import type { Contribution, Model, Verdict } from "../types";

/** Questions whose answer at ≥ +2 points is a strong pull toward orchestration. */
export const STRONG_ORCHESTRATION_SIGNALS: readonly ScoredQuestionId[] = [
  "control-flow",
  "consistency",
  "visibility",
  "duration",
];

/** Questions whose answer at ≤ −2 points is a strong pull toward choreography. */
export const STRONG_CHOREOGRAPHY_SIGNALS: readonly ScoredQuestionId[] = [
  "side-effects",
  "teams",
  "bounded-contexts",
];

export interface VerdictDetailV1 {
  verdict: Verdict;
  /** The verdict from the thresholds alone, before the opposing-signal rule. */
  byThreshold: Verdict;
  /** Strong signals present, per direction. */
  signals: { orchestration: ScoredQuestionId[]; choreography: ScoredQuestionId[] };
}

/**
 * The verdict: thresholds first, then the opposing-signal rule. An orchestration verdict with a
 * strong choreography signal present becomes hybrid, and vice versa. The rule only ever moves a
 * verdict toward hybrid, so pulling harder toward a style never moves the verdict away from it.
 *
 * @example
 * verdictOf(7.5, contributionsOf({ "control-flow": "dynamic", duration: "hours" })).verdict
 * // → "orchestration"
 */
export function verdictOf(
  score: number,
  contributions: readonly Contribution[],
  model: Model,
): VerdictDetailV1 {
  const { orchestration, choreography } = model.thresholds;
  const byThreshold: Verdict =
    score >= orchestration ? "orchestration" : score <= choreography ? "choreography" : "hybrid";
  const signals = {
    orchestration: STRONG_ORCHESTRATION_SIGNALS.filter((id) => pointsIn(contributions, id) >= 2),
    choreography: STRONG_CHOREOGRAPHY_SIGNALS.filter((id) => pointsIn(contributions, id) <= -2),
  };
  let verdict = byThreshold;
  if (byThreshold === "orchestration" && signals.choreography.length > 0) verdict = "hybrid";
  if (byThreshold === "choreography" && signals.orchestration.length > 0) verdict = "hybrid";
  return { verdict, byThreshold, signals };
}
