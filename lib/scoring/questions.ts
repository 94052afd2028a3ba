/**
 * The catalogue: every id a model may use (questions and their options, dimensions, gates, hybrid
 * patterns, implementation forms, notes, verdict rules), and the types derived from it. It imports
 * nothing: each model version picks from it by id and states its own words, points and weights
 * (`model-1/`, `model-2/`).
 *
 * Compatibility rules (share codes, the API, the CLI and saved answers depend on them):
 * - Never rename or reorder a question or an option. Share codes pack answers by position.
 * - Append only: a new question goes at the end, a new option at the end of its question,
 *   and either one needs a new model version (see CHANGELOG.md) so old codes keep their meaning.
 * - `unsure` is implicit on every question; it scores 0 and is never listed.
 * - Positive points pull toward orchestration, negative toward choreography.
 * - The other id lists are public too (Result JSON, the organisation config): append only.
 */

export const DIMENSIONS = [
  {
    id: "topology",
    title: "System size and topology",
    summary: "How big the flow is, how it branches, and how often its shape changes.",
  },
  {
    id: "coordination",
    title: "Coordination needs",
    summary: "Consistency, visibility, waiting and latency: what the flow must guarantee.",
  },
  {
    id: "operations",
    title: "Operations maturity",
    summary: "What you can run and observe today. Mostly gates: gaps here are fixable in weeks.",
  },
  {
    id: "organisation",
    title: "Teams and ownership",
    summary: "Who owns the services and the outcome, and how many domains the flow crosses.",
  },
  {
    id: "context",
    title: "Context",
    summary:
      "Where the services run, what messaging you have, how much traffic, and whether the steps could share one service. Never scored; used for how to build it and for tools.",
  },
] as const;

export type Dimension = (typeof DIMENSIONS)[number]["id"];
export type ScoredDimension = Exclude<Dimension, "context">;

/**
 * Every question any model asks, in share-code order, with its dimension and its option ids in
 * option order. A model version asks a prefix of this list and offers a prefix of each question's
 * options (model 1 asks the first 19 and offers `visibility` without `requester-tracks`).
 */
export const QUESTION_CATALOGUE = [
  {
    id: "participants",
    dimension: "topology",
    options: ["two", "three-to-four", "five-to-seven", "eight-plus"],
  },
  {
    id: "control-flow",
    dimension: "topology",
    options: ["linear", "some-conditionals", "branches-and-joins", "dynamic"],
  },
  {
    id: "side-effects",
    dimension: "topology",
    options: ["none", "one-or-two", "several", "many-growing"],
  },
  {
    id: "flow-change-rate",
    dimension: "topology",
    options: ["rarely", "yearly", "quarterly", "monthly"],
  },
  { id: "participant-churn", dimension: "topology", options: ["rare", "occasional", "frequent"] },
  {
    id: "consistency",
    dimension: "coordination",
    options: ["fire-and-forget", "eventual-simple", "multi-step-compensation", "near-atomic"],
  },
  {
    id: "visibility",
    dimension: "coordination",
    options: ["nobody", "engineers", "ops-per-instance", "regulated-audit", "requester-tracks"],
  },
  {
    id: "duration",
    dimension: "coordination",
    options: ["sub-second", "seconds-minutes", "hours", "days-or-human"],
  },
  {
    id: "latency",
    dimension: "coordination",
    options: ["batch", "async-user-visible", "interactive", "hot-path"],
  },
  {
    id: "outcome-ownership",
    dimension: "coordination",
    options: ["producer-indifferent", "sometimes", "initiator-decides"],
  },
  {
    id: "observability",
    dimension: "operations",
    options: ["none", "correlation-ids", "sync-tracing", "async-tracing"],
  },
  {
    id: "event-practices",
    dimension: "operations",
    options: ["none", "basic-pubsub", "idempotent-dlq", "outbox-schema-governance"],
  },
  {
    id: "workflow-engine",
    dimension: "operations",
    options: ["cannot-run", "managed-available", "can-self-host"],
  },
  {
    id: "testing-release",
    dimension: "operations",
    options: ["unit-only", "contract-tests", "contract-e2e-independent"],
  },
  {
    id: "teams",
    dimension: "organisation",
    options: ["one", "two-three", "four-six", "seven-plus"],
  },
  { id: "end-to-end-owner", dimension: "organisation", options: ["yes", "partial", "no"] },
  {
    id: "bounded-contexts",
    dimension: "organisation",
    options: ["one", "few-related", "many-independent"],
  },
  {
    id: "platform",
    dimension: "context",
    options: ["kubernetes", "aws", "azure", "gcp", "vms-on-prem", "mixed"],
  },
  {
    id: "messaging",
    dimension: "context",
    options: ["none", "kafka", "rabbitmq", "nats", "cloud-native", "other"],
  },
  { id: "volume", dimension: "context", options: ["under-1", "1-100", "100-10k", "over-10k"] },
  { id: "local-transaction", dimension: "context", options: ["yes", "with-redesign", "no"] },
] as const satisfies readonly {
  id: string;
  dimension: Dimension;
  options: readonly string[];
}[];

type CatalogueQuestion = (typeof QUESTION_CATALOGUE)[number];

/** Every question id of every model, in share-code order. */
export type QuestionId = CatalogueQuestion["id"];

/** The option ids of a question, across every model. */
export type OptionOf<Q extends QuestionId> = Extract<
  CatalogueQuestion,
  { id: Q }
>["options"][number];

export type OptionId = { [Q in QuestionId]: OptionOf<Q> }[QuestionId];

/** The dimension of a question, as the catalogue fixes it. */
export type DimensionOf<Q extends QuestionId> = Extract<CatalogueQuestion, { id: Q }>["dimension"];

/** Questions asked for tools, notes and how to build it, and never scored, in any model. */
export type ContextQuestionId = Extract<CatalogueQuestion, { dimension: "context" }>["id"];
export type ScoredQuestionId = Exclude<QuestionId, ContextQuestionId>;

/** The context questions' ids, in catalogue order (derived from the catalogue). */
export const CONTEXT_QUESTION_IDS: readonly ContextQuestionId[] = QUESTION_CATALOGUE.filter(
  (q): q is Extract<CatalogueQuestion, { dimension: "context" }> => q.dimension === "context",
).map((q) => q.id);

export const SCORED_DIMENSIONS: readonly ScoredDimension[] = DIMENSIONS.map((d) => d.id).filter(
  (d): d is ScoredDimension => d !== "context",
);

/** Whether a question counts toward the score (context questions never do). */
export function isScored(id: QuestionId): id is ScoredQuestionId {
  return !(CONTEXT_QUESTION_IDS as readonly string[]).includes(id);
}

/** Gates, in the order they were introduced (a model states its own display order). */
export const GATE_IDS = [
  "async-atomic-choreography",
  "choreography-needs-observability",
  "orchestration-needs-engine",
  "orchestrator-needs-owner",
  "kubernetes-is-not-coordination",
  "engine-cost-at-volume",
] as const;
export type GateId = (typeof GATE_IDS)[number];

export const HYBRID_PATTERN_IDS = [
  "choreograph-between-orchestrate-within",
  "orchestrate-core-choreograph-side-effects",
  "event-to-command",
  "orchestrator-per-flow",
  "track-then-manage",
  "async-orchestration",
] as const;
export type HybridPatternId = (typeof HYBRID_PATTERN_IDS)[number];

/** Implementation forms (model 2 on), in the order a result lists them when all apply. */
export const IMPLEMENTATION_IDS = [
  "in-process",
  "durable-execution",
  "process-engine",
  "event-broker",
  "queue",
] as const;
export type ImplementationId = (typeof IMPLEMENTATION_IDS)[number];

/** Notes that annotate a verdict without changing it (model 2 on). */
export const NOTE_IDS = ["keep-invariant-local", "publish-side-effects"] as const;
export type NoteId = (typeof NOTE_IDS)[number];

/** Rules that move a verdict away from its score band (`Recommendation.verdictRule.id`). */
export const VERDICT_RULE_IDS = [
  "opposing-signal",
  "mixed-needs",
  "hot-path-in-one-team",
  "nothing-to-coordinate",
  "crosses-domains",
  "event-driven-whole",
] as const;
export type VerdictRuleId = (typeof VERDICT_RULE_IDS)[number];

/** One answer option of a question, with its words and points in one model. */
export interface QuestionOption {
  readonly id: string;
  readonly label: string;
  /** Positive pulls toward orchestration, negative toward choreography; `unsure` scores 0. */
  readonly points: number;
}

/** A question as one model asks and scores it. */
export interface Question {
  readonly id: QuestionId;
  readonly dimension: Dimension;
  /** 0 for context questions, which are never scored. */
  readonly weight: number;
  readonly text: string;
  readonly help: string;
  /** Slug of the article that explains it (`/guides/<slug>`). */
  readonly article: string;
  readonly options: readonly QuestionOption[];
}

/**
 * A question as a model version writes it down, checked against the catalogue: its id, dimension
 * and option ids must be the catalogue's (`satisfies readonly QuestionDefinition[]`).
 */
export type QuestionDefinition = {
  [Q in QuestionId]: Omit<Question, "id" | "dimension" | "options"> & {
    readonly id: Q;
    readonly dimension: DimensionOf<Q>;
    readonly options: readonly (QuestionOption & { readonly id: OptionOf<Q> })[];
  };
}[QuestionId];

/** The answer value that means "Not sure / doesn't apply". */
export const UNSURE = "unsure" as const;
export type Unsure = typeof UNSURE;

/** An answer set: a missing question counts as `unsure`. */
export type Answers = { [Q in QuestionId]?: OptionOf<Q> | Unsure };
