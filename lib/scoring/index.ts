export {
  CONTEXT_QUESTION_IDS,
  DIMENSIONS,
  GATE_IDS,
  HYBRID_PATTERN_IDS,
  IMPLEMENTATION_IDS,
  NOTE_IDS,
  QUESTION_CATALOGUE,
  SCORED_DIMENSIONS,
  UNSURE,
  VERDICT_RULE_IDS,
  isScored,
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
export { CURRENT_QUESTION_SET, QUESTIONS } from "./current";
export { CURRENT_MODEL, MODELS, MODEL_V1, MODEL_V2, MODEL_V3, modelFor, type Model } from "./model";
export { questionIn } from "./words";
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
export { formatSigned } from "./wording";
export { CATALOGUE_DATE } from "./model-2/catalogue";
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
  ImplementationDefinition,
  ImplementationId,
  ModelWords,
  Note,
  NoteDefinition,
  NoteId,
  ToolSuggestion,
  Verdict,
  VerdictRule,
  VerdictRuleDefinition,
  VerdictRuleId,
} from "./types";
