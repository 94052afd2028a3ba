import type { Model, Verdict } from "./types";

export type { Verdict } from "./types";

/** The order used by the monotonicity rule: choreography < hybrid < orchestration. */
export const VERDICT_ORDER: readonly Verdict[] = ["choreography", "hybrid", "orchestration"];

/**
 * The verdict from the thresholds alone: orchestration at or above the orchestration threshold,
 * choreography at or below the choreography threshold, hybrid between.
 *
 * @example
 * bandOf(7, MODEL_V1) // → "orchestration"
 */
export function bandOf(score: number, model: Model): Verdict {
  const { orchestration, choreography } = model.thresholds;
  return score >= orchestration
    ? "orchestration"
    : score <= choreography
      ? "choreography"
      : "hybrid";
}

/**
 * Distance from the score to the nearest threshold: how far the score would have to move before
 * the thresholds alone gave another verdict.
 *
 * @example
 * marginOf(4, MODEL_V1) // → 2
 */
export function marginOf(score: number, model: Model): number {
  const { orchestration, choreography } = model.thresholds;
  if (score >= orchestration) return score - orchestration;
  if (score <= choreography) return choreography - score;
  return Math.min(orchestration - score, score - choreography);
}
