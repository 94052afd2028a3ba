import { CURRENT_MODEL, type Model } from "./model";
import {
  SCORED_DIMENSIONS,
  UNSURE,
  isScored,
  type Answers,
  type QuestionId,
  type ScoredDimension,
  type ScoredQuestionId,
} from "./questions";

/** One scored question's part in the score: the basis for the chart and for "why". */
export interface Contribution {
  question: ScoredQuestionId;
  answer: string;
  points: number;
  weight: number;
  weighted: number;
}

/**
 * Every scored question of the model with its answer (`unsure` when missing or unknown),
 * points, weight and weighted points, in question order.
 *
 * @example
 * contributionsOf({ consistency: "near-atomic" }).find((c) => c.question === "consistency")
 * // → { question: "consistency", answer: "near-atomic", points: 3, weight: 1.5, weighted: 4.5 }
 */
export function contributionsOf(answers: Answers, model: Model = CURRENT_MODEL): Contribution[] {
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
 * The score: Σ points × weight. Positive pulls toward orchestration, negative toward choreography.
 *
 * @example
 * scoreOf(contributionsOf({ "control-flow": "dynamic", duration: "hours" })) // → 7.5
 */
export function scoreOf(contributions: readonly Contribution[]): number {
  return contributions.reduce((sum, c) => sum + c.weighted, 0);
}

/**
 * The weighted sum per scored dimension.
 *
 * @example
 * dimensionsOf(contributionsOf({ teams: "seven-plus" })).organisation // → -3
 */
export function dimensionsOf(
  contributions: readonly Contribution[],
  model: Model = CURRENT_MODEL,
): Record<ScoredDimension, number> {
  const sums = Object.fromEntries(SCORED_DIMENSIONS.map((d) => [d, 0])) as Record<
    ScoredDimension,
    number
  >;
  for (const c of contributions) {
    const question = model.questions.find((q) => q.id === c.question);
    if (question && question.dimension !== "context") sums[question.dimension] += c.weighted;
  }
  return sums;
}

/** Points of one question in a contribution list (0 when absent). */
export function pointsIn(contributions: readonly Contribution[], id: QuestionId): number {
  return contributions.find((c) => c.question === id)?.points ?? 0;
}
