export {
  CONTEXT_QUESTION_IDS,
  DIMENSIONS,
  QUESTIONS,
  SCORED_DIMENSIONS,
  SCORED_QUESTIONS,
  TOTAL_WEIGHT,
  UNSURE,
  findQuestion,
  isScored,
  pointsOf,
  type Answers,
  type ContextQuestionId,
  type Dimension,
  type OptionId,
  type OptionOf,
  type Question,
  type QuestionId,
  type ScoredDimension,
  type ScoredQuestionId,
  type Unsure,
} from "./questions";
export { CURRENT_MODEL, MODELS, MODEL_V1, modelFor, type Model } from "./model";
export { contributionsOf, dimensionsOf, scoreOf, type Contribution } from "./score";
export {
  STRONG_CHOREOGRAPHY_SIGNALS,
  STRONG_ORCHESTRATION_SIGNALS,
  VERDICT_ORDER,
  marginOf,
  verdictOf,
  type Verdict,
} from "./verdict";
export { confidenceOf, totalWeightOf, type Confidence, type ConfidenceLevel } from "./confidence";
export {
  GATES,
  gateDefinition,
  gatesOf,
  type Gate,
  type GateDefinition,
  type GateId,
} from "./gates";
export {
  HYBRID_PATTERNS,
  hybridAdviceOf,
  hybridPattern,
  type HybridAdvice,
  type HybridPatternDefinition,
  type HybridPatternId,
} from "./hybrid";
export { flipsOf, type Flip } from "./flips";
export { toolsOf, type ToolSuggestion } from "./tools";
export { recommend, type Recommendation } from "./recommend";
