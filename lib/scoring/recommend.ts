import { flipsOf } from "./flips";
import { CURRENT_MODEL } from "./model";
import type { Answers, ScoredDimension, ScoredQuestionId } from "./questions";
import { contributionsOf } from "./score";
import type {
  Adjustment,
  Confidence,
  Contribution,
  Flip,
  Gate,
  HybridAdvice,
  HybridPatternId,
  Implementation,
  Model,
  Note,
  RuleContext,
  ToolSuggestion,
  Verdict,
  VerdictRule,
} from "./types";
import { marginOf } from "./verdict";

export interface Recommendation {
  model: number;
  /**
   * The verdict. When `insufficient` under model 2 or later, no surface may present it as a
   * recommendation: the Result JSON then gives `verdict: null` and this as `leaning`.
   */
  verdict: Verdict;
  /** The verdict from the thresholds alone, before the model's rules. */
  verdictByThreshold: Verdict;
  /** The rule that moved the verdict away from the score band, or null. */
  verdictRule: VerdictRule | null;
  /** One sentence: whether the score band or a rule decided the verdict, and which answers. */
  verdictReason: string;
  score: number;
  /** Distance from the score to the nearest threshold. */
  margin: number;
  confidence: number;
  confidenceDetail: Confidence;
  thresholds: { orchestration: number; choreography: number };
  /** Weighted sum per dimension, after adjustments: they add up to `score`. */
  dimensions: Record<ScoredDimension, number>;
  /** What the model changed in the plain weighted sum (model 2's organisation cap). */
  adjustments: Adjustment[];
  contributions: Contribution[];
  gates: Gate[];
  /** Hybrid pattern ids, best first; empty unless the verdict is hybrid and enough is answered. */
  hybrid: HybridPatternId[];
  hybridAdvice: HybridAdvice[];
  /** How to build it, best first (model 2; empty for model 1 and when too early). */
  implementation: Implementation[];
  /** Advice that annotates the verdict without changing it (model 2). */
  notes: Note[];
  flips: Flip[];
  tools: ToolSuggestion[];
  /** True when too little is answered to recommend: the result says "too early to say". */
  insufficient: boolean;
  /** Unanswered questions that could move the score most, most first. */
  ask: ScoredQuestionId[];
}

/**
 * Scores an answer set with a model version (the current one by default) and runs that version's
 * rules. Pure and total: any answer set, including an empty one, gives a result; unknown options
 * and questions the version doesn't have count as `unsure`.
 *
 * @example
 * recommend({ "control-flow": "dynamic", duration: "days-or-human", consistency: "near-atomic" }).verdict
 * // → "orchestration"
 */
export function recommend(answers: Answers, model: Model = CURRENT_MODEL): Recommendation {
  const { rules } = model;
  const contributions = contributionsOf(answers, model);
  const scored = rules.scored(contributions, model);
  const detail = rules.verdict(scored, contributions, model);
  const insufficient = rules.insufficient(contributions, model);
  const context: RuleContext = { answers, contributions, scored, detail, insufficient, model };
  const flips = flipsOf(contributions, detail.verdict, model);
  const hybridAdvice = detail.verdict === "hybrid" && !insufficient ? rules.hybrid(context) : [];
  const implementation = rules.implementation(context);
  const confidenceDetail = rules.confidence(context, flips);
  return {
    model: model.version,
    verdict: detail.verdict,
    verdictByThreshold: detail.byThreshold,
    verdictRule: detail.rule,
    verdictReason: rules.verdictReason(context),
    score: scored.score,
    margin: marginOf(scored.score, model),
    confidence: confidenceDetail.value,
    confidenceDetail,
    thresholds: { ...model.thresholds },
    dimensions: scored.dimensions,
    adjustments: scored.adjustments,
    contributions,
    gates: rules.gates(context, hybridAdvice, implementation),
    hybrid: hybridAdvice.map((h) => h.pattern),
    hybridAdvice,
    implementation,
    notes: rules.notes(context),
    flips,
    tools: rules.tools(context, implementation),
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
