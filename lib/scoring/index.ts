export {
  CONTEXT_QUESTION_IDS,
  DIMENSIONS,
  QUESTIONS,
  SCORED_DIMENSIONS,
  UNSURE,
  isScored,
  pointsOfAnswer,
  type Answers,
  type ContextQuestionId,
  type Dimension,
  type OptionId,
  type OptionOf,
  type Question,
  type QuestionId,
  type QuestionOption,
  type ScoredDimension,
  type ScoredQuestionId,
  type Unsure,
} from "./questions";
export { CURRENT_MODEL, MODELS, MODEL_V1, MODEL_V2, modelFor, type Model } from "./model";
export {
  SCORED_QUESTIONS,
  TOTAL_WEIGHT,
  findQuestion,
  gateDefinition,
  GATES,
  HYBRID_PATTERNS,
  IMPLEMENTATION_IDS,
  NOTE_IDS,
  VERDICT_RULE_IDS,
  hybridPattern,
  pointsOf,
} from "./lookup";
export {
  answeredWeightOf,
  contributionsOf,
  plainDimensionsOf,
  plainScoreOf,
  totalWeightOf,
} from "./score";
export { VERDICT_ORDER, bandOf, marginOf } from "./verdict";
export { flipRule, flipsOf } from "./flips";
export { recommend, type Recommendation } from "./recommend";
export { NOT_BUSINESS_FLOW_ENGINES } from "./model-2/catalogue";
export { formatSigned } from "./wording";
export type {
  Adjustment,
  Confidence,
  ConfidenceLevel,
  Contribution,
  Flip,
  Gate,
  GateDefinition,
  GateId,
  HybridAdvice,
  HybridPatternDefinition,
  HybridPatternId,
  Implementation,
  ImplementationId,
  Note,
  NoteId,
  ToolSuggestion,
  Verdict,
  VerdictRule,
} from "./types";
