/**
 * What a team should talk about first: the scored questions its people disagree on, ranked by how
 * far each moves the score, and which of them decide the merged verdict on their own.
 *
 * Every scored question answered differently counts, however small the difference, as long as it
 * moves the score: its impact, (highest − lowest points given) × the question's weight, i.e. how
 * many score points lie between the answers people gave, is above 0. A disagreement decides the merged verdict
 * when putting each person's answer in place of the merged one does not always give the same
 * verdict (or "too early") from the model. Both are read off the model; nothing here re-scores by
 * hand.
 */
import { CURRENT_MODEL, UNSURE, isScored, recommend, type Answers, type Model } from "../scoring";
import type { TeamQuestion } from "./team";

export interface TeamDisagreement {
  question: TeamQuestion["question"];
  /** One answer per member, in member order: an option id or "unsure". */
  answers: string[];
  /** Score points between the lowest and highest answer given: spread × weight. */
  impact: number;
  /** Far apart (2+ points) or pulling opposite ways: the merge rule's "disagree". */
  far: boolean;
  /** The merged verdicts each person's answer would lead to, keyed by option id. */
  outcomes: { answer: string; verdict: string; score: number }[];
  /** True when people's answers to this question alone lead to different merged verdicts. */
  decides: boolean;
}

/**
 * The scored questions answered differently that move the score (impact above 0), largest impact
 * first (ties keep the model's question order).
 *
 * @example
 * disagreementsOf(teamView("1…,1…").questions, mergedAnswers)[0]
 * // → { question: { id: "consistency", … }, impact: 6, decides: true, … }
 */
export function disagreementsOf(
  questions: readonly TeamQuestion[],
  merged: Answers,
  model: Model = CURRENT_MODEL,
): TeamDisagreement[] {
  const order = new Map(model.questions.map((q, index) => [q.id, index]));
  return questions
    .filter((q) => q.differs && isScored(q.question.id) && q.impact > 0)
    .map((q) => {
      const given = [...new Set(q.answers.filter((a) => a !== UNSURE))];
      const outcomes = given.map((answer) => {
        const r = recommend({ ...merged, [q.question.id]: answer } as Answers, model);
        return { answer, verdict: r.insufficient ? "too-early" : r.verdict, score: r.score };
      });
      return {
        question: q.question,
        answers: q.answers,
        impact: q.impact,
        far: q.disagree,
        outcomes,
        decides: new Set(outcomes.map((o) => o.verdict)).size > 1,
      };
    })
    .sort(
      (a, b) =>
        b.impact - a.impact || (order.get(a.question.id) ?? 0) - (order.get(b.question.id) ?? 0),
    );
}

export interface AgreeFirst {
  /** The questions to settle first, largest score impact first. */
  questions: TeamDisagreement[];
  /**
   * "alone": each of these decides the merged verdict by itself. "together": none does alone, but
   * these, the fewest largest-impact ones, lead to different merged verdicts depending on whether
   * they settle on the answers given most toward orchestration or most toward choreography.
   * "none": no combination of the given answers changes the merged verdict.
   */
  kind: "alone" | "together" | "none";
}

/**
 * The questions whose answers would decide the merged verdict: those that decide it alone, else
 * the shortest run of the largest-impact disagreements whose extremes (every one at the answer given
 * most toward orchestration, or every one most toward choreography) give different verdicts.
 * Because the model is monotone, if even all disagreements at their extremes give one verdict,
 * nothing the team settles on between them changes it.
 *
 * @example
 * agreeFirst(disagreementsOf(view.questions, view.merged.answers), view.merged.answers)
 * // → { kind: "together", questions: [consistency, control-flow] }
 */
export function agreeFirst(
  disagreements: readonly TeamDisagreement[],
  merged: Answers,
  model: Model = CURRENT_MODEL,
): AgreeFirst {
  const alone = disagreements.filter((d) => d.decides);
  if (alone.length > 0) return { questions: alone, kind: "alone" };
  const verdictWith = (list: readonly TeamDisagreement[], pick: "high" | "low") => {
    const answers: Record<string, string> = { ...merged };
    for (const d of list) {
      const options: readonly { id: string; points: number }[] = d.question.options;
      const given = options.filter((o) => d.answers.includes(o.id));
      const chosen = given.reduce((a, b) =>
        pick === "high" ? (b.points > a.points ? b : a) : b.points < a.points ? b : a,
      );
      answers[d.question.id] = chosen.id;
    }
    const r = recommend(answers as Answers, model);
    return r.insufficient ? "too-early" : r.verdict;
  };
  for (let k = 2; k <= disagreements.length; k++) {
    const run = disagreements.slice(0, k);
    if (verdictWith(run, "high") !== verdictWith(run, "low")) {
      return { questions: run, kind: "together" };
    }
  }
  return { questions: [], kind: "none" };
}

/**
 * How many different verdicts the members reach; "too early to say" counts as one of them.
 *
 * @example
 * distinctVerdicts([{ verdict: "hybrid", insufficient: false }, { verdict: "hybrid", insufficient: true }]) // → 2
 */
export function distinctVerdicts(
  recommendations: readonly { verdict: string | null; insufficient: boolean }[],
): number {
  return new Set(recommendations.map((r) => (r.insufficient ? "too-early" : r.verdict))).size;
}

/**
 * Whether every member reaches the same verdict (and all have enough answered, or none do).
 *
 * @example
 * verdictsAgree([{ verdict: "hybrid", insufficient: false }, { verdict: "hybrid", insufficient: false }]) // → true
 */
export function verdictsAgree(
  recommendations: readonly { verdict: string | null; insufficient: boolean }[],
): boolean {
  return distinctVerdicts(recommendations) <= 1;
}
