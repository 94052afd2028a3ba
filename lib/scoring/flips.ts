import { isScored } from "./questions";
import type { Contribution, Flip, Model, Verdict } from "./types";

export type { Flip } from "./types";

/**
 * Every change of one scored answer (from its current answer, or `unsure`, to another real option)
 * that changes the verdict under the model's own score and verdict rules, smallest score change
 * first (ties in question and option order). Moving to `unsure` and changing context questions are
 * not flips. Each flip carries the score change and the new score.
 *
 * @example
 * flipsOf(contributions, "hybrid", MODEL_V2)[0] // → { question, from, to, verdict, scoreChange, score }
 */
export function flipsOf(
  contributions: readonly Contribution[],
  verdict: Verdict,
  model: Model,
): Flip[] {
  const base = model.rules.scored(contributions, model).score;
  const flips: (Flip & { order: number })[] = [];
  let order = 0;
  contributions.forEach((current, index) => {
    const question = model.questions.find((q) => q.id === current.question);
    if (!question || !isScored(question.id)) return;
    for (const option of question.options) {
      order += 1;
      if (option.id === current.answer) continue;
      const weighted = option.points * question.weight;
      const changed = contributions.slice();
      changed[index] = { ...current, answer: option.id, points: option.points, weighted };
      const scored = model.rules.scored(changed, model);
      const next = model.rules.verdict(scored, changed, model).verdict;
      if (next !== verdict) {
        flips.push({
          question: current.question,
          from: current.answer,
          to: option.id,
          verdict: next,
          scoreChange: scored.score - base,
          score: scored.score,
          order,
        });
      }
    }
  });
  return flips
    .sort((a, b) => Math.abs(a.scoreChange) - Math.abs(b.scoreChange) || a.order - b.order)
    .map(({ question, from, to, verdict: next, scoreChange, score }) => ({
      question,
      from,
      to,
      verdict: next,
      scoreChange,
      score,
    }));
}
