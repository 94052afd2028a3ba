import { answeredWeightOf, confidenceOf, totalWeightOf, type Confidence } from "./confidence";
import { flipsOf, type Flip } from "./flips";
import { gatesOf, type Gate } from "./gates";
import { hybridAdviceOf, type HybridAdvice, type HybridPatternId } from "./hybrid";
import { CURRENT_MODEL, type Model } from "./model";
import type { Answers, ScoredDimension, ScoredQuestionId } from "./questions";
import { contributionsOf, dimensionsOf, scoreOf, type Contribution } from "./score";
import { toolsOf, type ToolSuggestion } from "./tools";
import { marginOf, verdictOf, type Verdict } from "./verdict";

export interface Recommendation {
  model: number;
  verdict: Verdict;
  /** The verdict from the thresholds alone, before the opposing-signal rule. */
  verdictByThreshold: Verdict;
  score: number;
  /** Distance from the score to the nearest threshold. */
  margin: number;
  confidence: number;
  confidenceDetail: Confidence;
  thresholds: { orchestration: number; choreography: number };
  dimensions: Record<ScoredDimension, number>;
  contributions: Contribution[];
  gates: Gate[];
  /** Hybrid pattern ids, best first; empty unless the verdict is hybrid and enough is answered. */
  hybrid: HybridPatternId[];
  hybridAdvice: HybridAdvice[];
  flips: Flip[];
  tools: ToolSuggestion[];
  /** True when under a third of the total weight is answered: too early to recommend. */
  insufficient: boolean;
  /** Unanswered questions that could move the score most, most first. */
  ask: ScoredQuestionId[];
}

/**
 * Scores an answer set with a model (the current one by default). Pure and total: any answer set,
 * including an empty one, gives a result; unknown options count as `unsure`.
 *
 * @example
 * recommend({ "control-flow": "dynamic", duration: "days-or-human", consistency: "near-atomic" }).verdict
 * // → "orchestration"
 */
export function recommend(answers: Answers, model: Model = CURRENT_MODEL): Recommendation {
  const contributions = contributionsOf(answers, model);
  const score = scoreOf(contributions);
  const { verdict, byThreshold } = verdictOf(score, contributions, model);
  const confidenceDetail = confidenceOf(contributions, score, model);
  const insufficient = answeredWeightOf(contributions) < totalWeightOf(model) / 3;
  const hybridAdvice =
    verdict === "hybrid" && !insufficient ? hybridAdviceOf(contributions, answers, score) : [];
  return {
    model: model.version,
    verdict,
    verdictByThreshold: byThreshold,
    score,
    margin: marginOf(score, model),
    confidence: confidenceDetail.value,
    confidenceDetail,
    thresholds: { ...model.thresholds },
    dimensions: dimensionsOf(contributions, model),
    contributions,
    gates: gatesOf(verdict, answers),
    hybrid: hybridAdvice.map((h) => h.pattern),
    hybridAdvice,
    flips: flipsOf(contributions, score, verdict, model),
    tools: toolsOf(verdict, answers),
    insufficient,
    ask: insufficient ? mostInfluentialUnanswered(contributions, model) : [],
  };
}

function mostInfluentialUnanswered(contributions: readonly Contribution[], model: Model) {
  return contributions
    .filter((c) => c.answer === "unsure")
    .map((c) => {
      const question = model.questions.find((q) => q.id === c.question)!;
      const reach = Math.max(...question.options.map((o) => Math.abs(o.points))) * question.weight;
      return { id: c.question, reach };
    })
    .sort((a, b) => b.reach - a.reach)
    .slice(0, 5)
    .map((c) => c.id);
}
