import { answeredWeightOf, totalWeightOf } from "../score";
import type { Confidence, ConfidenceLevel, Contribution, Model } from "../types";
import { marginOf } from "../verdict";

/** The score distance at which a verdict counts as fully decisive. */
const DECISIVE_MARGIN = 6;

/**
 * Confidence = coverage × decisiveness × agreement.
 * - coverage: answered weight / total weight (`unsure` is not answered);
 * - decisiveness: 0.5 + 0.5 × min(1, margin / 6), margin = distance to the nearest threshold;
 * - agreement: 1 − 0.5 × (smaller side / larger side) of the positive and negative weighted sums.
 * Levels: low below 0.4, medium below 0.7, high from 0.7.
 *
 * @example
 * confidenceOf([], 0).value // → 0
 */
export function confidenceOf(
  contributions: readonly Contribution[],
  score: number,
  model: Model,
): Confidence {
  const total = totalWeightOf(model);
  const answered = answeredWeightOf(contributions);
  const coverage = total > 0 ? answered / total : 0;
  const margin = marginOf(score, model);
  const decisiveness = 0.5 + 0.5 * Math.min(1, margin / DECISIVE_MARGIN);
  const pro = contributions.reduce((s, c) => s + Math.max(0, c.weighted), 0);
  const contra = contributions.reduce((s, c) => s + Math.max(0, -c.weighted), 0);
  const larger = Math.max(pro, contra);
  const agreement = larger > 0 ? 1 - 0.5 * (Math.min(pro, contra) / larger) : 1;
  const value = round2(coverage * decisiveness * agreement);
  const level: ConfidenceLevel = value < 0.4 ? "low" : value < 0.7 ? "medium" : "high";

  const answeredCount = contributions.filter((c) => c.answer !== "unsure").length;
  const shortfalls = [
    { factor: "coverage" as const, loss: 1 - coverage },
    { factor: "margin" as const, loss: 1 - decisiveness },
    { factor: "conflict" as const, loss: 1 - agreement },
  ].sort((a, b) => b.loss - a.loss);
  const worst = shortfalls[0]!;
  const limitedBy = worst.loss < 0.05 ? "none" : worst.factor;
  const reason =
    answered === 0
      ? "Nothing is answered yet."
      : limitedBy === "coverage"
        ? `${answeredCount} of ${contributions.length} scored questions are answered (${Math.round(coverage * 100)}% of the weight); the rest are "not sure".`
        : limitedBy === "margin"
          ? `The score is ${formatPoints(margin)} from the nearest threshold, so one or two answers could change the verdict.`
          : limitedBy === "conflict"
            ? `Strong answers pull both ways (${formatPoints(pro)} toward orchestration, ${formatPoints(contra)} toward choreography).`
            : "Most questions are answered, the score is well clear of the thresholds, and the answers mostly agree.";
  return {
    value,
    level,
    limitedBy,
    reason,
    factors: {
      coverage: round2(coverage),
      decisiveness: round2(decisiveness),
      agreement: round2(agreement),
    },
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function formatPoints(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(1)} point${n === 1 ? "" : "s"}`;
}
