import { isScored } from "./questions";
import type { Contribution, Flip, Model, Verdict, VerdictRule } from "./types";

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
      const changed = withAnswer(contributions, index, option, question.weight);
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

/** The contributions with one answer changed to `option`. */
function withAnswer(
  contributions: readonly Contribution[],
  index: number,
  option: { id: string; points: number },
  weight: number,
): Contribution[] {
  const changed = contributions.slice();
  changed[index] = {
    ...contributions[index]!,
    answer: option.id,
    points: option.points,
    weighted: option.points * weight,
  };
  return changed;
}

/**
 * The verdict rule that would decide a flip's new verdict, asked of the model: the rule, with the
 * answers that would trigger it, when the new verdict is not the one the new score's band gives;
 * null when the band gives it (or the flip's question or option is not in the contributions).
 *
 * @example
 * // +10 orchestration; seven or more teams gives +7, in the orchestration band, but a hybrid:
 * flipRule(contributions, { question: "teams", to: "seven-plus" }, MODEL_V2)
 * // → { id: "crosses-domains", questions: ["teams"] }
 */
export function flipRule(
  contributions: readonly Contribution[],
  flip: Pick<Flip, "question" | "to">,
  model: Model,
): VerdictRule | null {
  const index = contributions.findIndex((c) => c.question === flip.question);
  const question = model.questions.find((q) => q.id === flip.question);
  const option = question?.options.find((o) => o.id === flip.to);
  if (index < 0 || !question || !option) return null;
  const changed = withAnswer(contributions, index, option, question.weight);
  return model.rules.verdict(model.rules.scored(changed, model), changed, model).rule;
}
