import {
  SCORED_DIMENSIONS,
  UNSURE,
  isScored,
  type Answers,
  type QuestionId,
  type ScoredDimension,
} from "./questions";
import type { Contribution, Model } from "./types";

export type { Contribution } from "./types";

/**
 * Every scored question of the model with its answer (`unsure` when missing or unknown),
 * points, weight and weighted points, in question order.
 *
 * @example
 * contributionsOf({ consistency: "near-atomic" }, MODEL_V1).find((c) => c.question === "consistency")
 * // → { question: "consistency", answer: "near-atomic", points: 3, weight: 1.5, weighted: 4.5 }
 */
export function contributionsOf(answers: Answers, model: Model): Contribution[] {
  const contributions: Contribution[] = [];
  for (const question of model.questions) {
    if (!isScored(question.id)) continue;
    const given = (answers as Record<string, string | undefined>)[question.id];
    const option = question.options.find((o) => o.id === given);
    const points: number = option ? option.points : 0;
    contributions.push({
      question: question.id,
      answer: option ? option.id : UNSURE,
      points,
      weight: question.weight,
      weighted: points * question.weight,
    });
  }
  return contributions;
}

/**
 * The plain score: Σ points × weight. Positive pulls toward orchestration, negative toward
 * choreography. (Model 2 adjusts it; see `Model.rules.scored`.)
 *
 * @example
 * plainScoreOf(contributionsOf({ "control-flow": "dynamic", duration: "hours" }, MODEL_V1)) // → 7.5
 */
export function plainScoreOf(contributions: readonly Contribution[]): number {
  return contributions.reduce((sum, c) => sum + c.weighted, 0);
}

/**
 * The plain weighted sum per scored dimension.
 *
 * @example
 * plainDimensionsOf(contributionsOf({ teams: "seven-plus" }, MODEL_V1), MODEL_V1).organisation // → -3
 */
export function plainDimensionsOf(
  contributions: readonly Contribution[],
  model: Model,
): Record<ScoredDimension, number> {
  const sums = Object.fromEntries(SCORED_DIMENSIONS.map((d) => [d, 0])) as Record<
    ScoredDimension,
    number
  >;
  const dimension = dimensionIndex(model);
  for (const c of contributions) {
    const d = dimension.get(c.question);
    if (d && d !== "context") sums[d as ScoredDimension] += c.weighted;
  }
  return sums;
}

const dimensionIndexes = new WeakMap<Model, Map<string, string>>();

/** Question id → dimension for a model, built once per model (flips score dozens of variants). */
function dimensionIndex(model: Model): Map<string, string> {
  let index = dimensionIndexes.get(model);
  if (!index) {
    index = new Map(model.questions.map((q) => [q.id, q.dimension]));
    dimensionIndexes.set(model, index);
  }
  return index;
}

/** Points of one question in a contribution list (0 when absent or `unsure`). */
export function pointsIn(contributions: readonly Contribution[], id: QuestionId): number {
  return contributions.find((c) => c.question === id)?.points ?? 0;
}

/** The answer to one question in a contribution list (`unsure` when absent). */
export function answerIn(contributions: readonly Contribution[], id: QuestionId): string {
  return contributions.find((c) => c.question === id)?.answer ?? UNSURE;
}

/** Total weight of the model's scored questions (18 in models 1 and 2). */
export function totalWeightOf(model: Model): number {
  return model.questions.filter((q) => isScored(q.id)).reduce((sum, q) => sum + q.weight, 0);
}

/** Weight of the scored questions answered with a real option (not `unsure`). */
export function answeredWeightOf(contributions: readonly Contribution[]): number {
  return contributions.filter((c) => c.answer !== UNSURE).reduce((s, c) => s + c.weight, 0);
}
