import { CURRENT_MODEL, type Model } from "./model";
import { isScored, type ScoredQuestionId } from "./questions";
import type { Contribution } from "./score";
import { verdictOf, type Verdict } from "./verdict";

/** A single-answer change that would change the verdict. */
export interface Flip {
  question: ScoredQuestionId;
  from: string;
  to: string;
  verdict: Verdict;
  /** How much the score would move (signed). */
  scoreChange: number;
}

/**
 * Every change of one scored answer (from its current answer, or `unsure`, to another real option)
 * that changes the verdict, smallest score change first. Moving to `unsure` and changing context
 * questions are not flips.
 *
 * @example
 * flipsOf(contributionsOf(a), score, "hybrid")[0] // → { question, from, to, verdict, scoreChange }
 */
export function flipsOf(
  contributions: readonly Contribution[],
  score: number,
  verdict: Verdict,
  model: Model = CURRENT_MODEL,
): Flip[] {
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
      const newScore = score - current.weighted + weighted;
      const next = verdictOf(newScore, changed, model).verdict;
      if (next !== verdict) {
        flips.push({
          question: current.question,
          from: current.answer,
          to: option.id,
          verdict: next,
          scoreChange: weighted - current.weighted,
          order,
        });
      }
    }
  });
  return flips
    .sort((a, b) => Math.abs(a.scoreChange) - Math.abs(b.scoreChange) || a.order - b.order)
    .map((flip) => ({
      question: flip.question,
      from: flip.from,
      to: flip.to,
      verdict: flip.verdict,
      scoreChange: flip.scoreChange,
    }));
}
