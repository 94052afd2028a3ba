/**
 * Look-ups over a model version's data for pages, exports and tests: the current model by default,
 * or the version that made a result (a model-1 result shows model 1's gate and pattern wording).
 */
import { CURRENT_MODEL, modelFor } from "./model";
import { isScored, type Question, type QuestionId } from "./questions";
import { totalWeightOf } from "./score";
import type {
  GateDefinition,
  GateId,
  HybridPatternDefinition,
  HybridPatternId,
  ImplementationId,
  Model,
  NoteId,
} from "./types";

const version = (v?: number): Model => (v !== undefined && modelFor(v)) || CURRENT_MODEL;

/** The current model's scored questions, in order. */
export const SCORED_QUESTIONS: readonly Question[] = CURRENT_MODEL.questions.filter((q) =>
  isScored(q.id),
);

/** Sum of the current model's scored weights (18). */
export const TOTAL_WEIGHT = totalWeightOf(CURRENT_MODEL);

/** The current model's gate definitions, in display order. */
export const GATES: readonly GateDefinition[] = CURRENT_MODEL.rules.gateDefinitions;

/** The current model's hybrid pattern definitions. */
export const HYBRID_PATTERNS: readonly HybridPatternDefinition[] =
  CURRENT_MODEL.rules.hybridPatterns;

/** A question as a model version asks it (current by default), or undefined for an unknown id. */
export function findQuestion(id: string, modelVersion?: number): Question | undefined {
  return version(modelVersion).questions.find((q) => q.id === id);
}

/** Points of an answer in a model version (current by default); unknown or `unsure` score 0. */
export function pointsOf(
  id: QuestionId,
  answer: string | undefined,
  modelVersion?: number,
): number {
  const option = findQuestion(id, modelVersion)?.options.find((o) => o.id === answer);
  return option ? option.points : 0;
}

/**
 * A gate's wording in a model version (current by default). A gate the version doesn't define
 * falls back to the current model's wording.
 */
export function gateDefinition(id: GateId, modelVersion?: number): GateDefinition {
  return (
    version(modelVersion).rules.gateDefinitions.find((g) => g.id === id) ??
    CURRENT_MODEL.rules.gateDefinitions.find((g) => g.id === id)!
  );
}

/** A hybrid pattern's wording in a model version (current by default). */
export function hybridPattern(id: HybridPatternId, modelVersion?: number): HybridPatternDefinition {
  return version(modelVersion).rules.hybridPatterns.find((h) => h.id === id)!;
}

/** Every implementation form id (model 2), in the order the result lists them when all apply. */
export const IMPLEMENTATION_IDS = [
  "in-process",
  "durable-execution",
  "process-engine",
  "event-broker",
  "queue",
] as const satisfies readonly ImplementationId[];

/** Every note id (model 2). */
export const NOTE_IDS = [
  "keep-invariant-local",
  "publish-side-effects",
] as const satisfies readonly NoteId[];

/** Every verdict rule id, across models (`Recommendation.verdictRule.id`). */
export const VERDICT_RULE_IDS = [
  "opposing-signal",
  "mixed-needs",
  "caller-waits-in-one-team",
  "nothing-to-coordinate",
  "crosses-domains",
  "event-driven-whole",
] as const;
