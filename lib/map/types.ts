/**
 * The flow map's public shapes (MAP.md §3 Map JSON, §4 questions, §8 Map Result JSON), map model 1.
 *
 * Compatibility rules (map codes, the API, the CLI and saved maps depend on them):
 * - Never rename or reorder a question or an option below: map codes pack answers by position
 *   (0 is `unsure`, then the options in their listed order, 3 bits each).
 * - A new question or option needs a new map model; map model 1 is frozen once shipped.
 *   It is frozen: `lib/map/fixtures/map-1-golden.json` (200 seeded maps, recorded by
 *   `scripts/record-map-golden.ts`) and `lib/map/frozen.test.ts` pin every rule's output.
 * - Map model 1 pins one-flow model 2 for every scope's derived result, forever.
 */
import type { Answers, ToolSuggestion } from "../scoring";

/** The current (and only) map model. */
export const MAP_MODEL = 1 as const;
/** The one-flow model that map model 1 uses for its scopes, forever (MAP.md §7.1). */
export const MAP_ONE_FLOW_MODEL = 2 as const;

export const PARTICIPANT_KINDS = ["service", "client", "person", "external"] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** The six one-click questions per hand-off (MAP.md §4.1), in map-code order. */
export const HANDOFF_QUESTIONS = [
  { id: "intent", options: ["do", "tell", "ask"] },
  { id: "wait", options: ["user-waits", "sender-waits", "no-wait"] },
  { id: "undo", options: ["none", "compensate", "pivot", "retry", "atomic"] },
  { id: "duration", options: ["instant", "seconds", "minutes", "hours", "days-or-person"] },
  { id: "together", options: ["yes", "no"] },
  { id: "current", options: ["call", "message", "event", "workflow", "not-decided"] },
] as const;

export type HandoffQuestionId = (typeof HANDOFF_QUESTIONS)[number]["id"];
export type HandoffOptionOf<Q extends HandoffQuestionId> = Extract<
  (typeof HANDOFF_QUESTIONS)[number],
  { id: Q }
>["options"][number];
/** A hand-off's answers: a missing answer means `unsure`. */
export type HandoffAnswers = { [Q in HandoffQuestionId]?: HandoffOptionOf<Q> | "unsure" };
/** A hand-off's answers with every question present (`unsure` filled in). */
export type FullHandoffAnswers = { [Q in HandoffQuestionId]: HandoffOptionOf<Q> | "unsure" };

/**
 * The map-level questions (MAP.md §4.2): one-flow ids and options, unchanged, in map-code order.
 * The option lists are model 2's, copied so that a later one-flow model can't move a map code's
 * positions (a test keeps them equal to MODEL_V2's).
 */
export const MAP_LEVEL_QUESTIONS = [
  { id: "platform", options: ["kubernetes", "aws", "azure", "gcp", "vms-on-prem", "mixed"] },
  { id: "messaging", options: ["none", "kafka", "rabbitmq", "nats", "cloud-native", "other"] },
  { id: "volume", options: ["under-1", "1-100", "100-10k", "over-10k"] },
  { id: "workflow-engine", options: ["cannot-run", "managed-available", "can-self-host"] },
  {
    id: "observability",
    options: ["none", "correlation-ids", "sync-tracing", "async-tracing"],
  },
  {
    id: "event-practices",
    options: ["none", "basic-pubsub", "idempotent-dlq", "outbox-schema-governance"],
  },
  {
    id: "testing-release",
    options: ["unit-only", "contract-tests", "contract-e2e-independent"],
  },
  {
    id: "visibility",
    options: ["nobody", "engineers", "ops-per-instance", "regulated-audit", "requester-tracks"],
  },
  { id: "flow-change-rate", options: ["rarely", "yearly", "quarterly", "monthly"] },
  { id: "participant-churn", options: ["rare", "occasional", "frequent"] },
] as const;

export type MapQuestionId = (typeof MAP_LEVEL_QUESTIONS)[number]["id"];
export type MapOptionOf<Q extends MapQuestionId> = Extract<
  (typeof MAP_LEVEL_QUESTIONS)[number],
  { id: Q }
>["options"][number];
export type MapAnswers = { [Q in MapQuestionId]?: MapOptionOf<Q> | "unsure" };

/** A participant (MAP.md §2, §3). */
export interface MapParticipant {
  /** `^[a-z0-9][a-z0-9-]{0,23}$`, unique across participants and hand-offs. */
  id: string;
  /** 1–32 characters. */
  name: string;
  /** `service` when absent. */
  kind?: ParticipantKind;
  /** ≤ 24 characters; the same text is the same team. Empty for persons and externals. */
  team?: string;
  /** ≤ 24 characters; the same text is the same domain. */
  domain?: string;
}

/** A hand-off: one directed interaction from → to (MAP.md §2, §3). */
export interface MapHandoff {
  id: string;
  from: string;
  to: string;
  /** 1–32 characters. */
  label: string;
  /**
   * The id of an earlier hand-off, `null` for "starts on its own", or absent for the default: the
   * latest earlier hand-off whose `to` is this hand-off's `from`.
   */
  trigger?: string | null;
  answers?: HandoffAnswers;
}

/** Map JSON (MAP.md §3): what the editor, the API, the CLI and the code carry. */
export interface MapJson {
  /** Map model; the current one when absent. */
  map?: number;
  /** ≤ 60 characters. */
  name?: string;
  /** 2–12, in drawing order. */
  participants: MapParticipant[];
  /** 1–20, in flow order. */
  handoffs: MapHandoff[];
  answers?: MapAnswers;
}

/** A Map JSON that passed `validateMap`: ids resolve, limits hold, options are known. */
export type ValidMap = MapJson & { map: typeof MAP_MODEL; __valid?: never };

/** One problem with a map, naming the field (MAP.md §12), e.g. `handoffs[2].from`. */
export interface MapError {
  /** A path into the Map JSON (`handoffs[3].answers.wait`), `map text` for the text limit, or `(body)`. */
  field: string;
  /** One sentence; the CLI prints `${field}: ${message}`. */
  message: string;
}

export type MapValidation = { ok: true; map: ValidMap } | { ok: false; errors: MapError[] };

// ---------------------------------------------------------------- Map Result JSON (MAP.md §8)

export type HandoffKind = "command" | "event" | "query" | "reply";
export type Transport = "sync-call" | "queue" | "broker" | "activity" | "in-process";
/**
 * How a hand-off reaches a receiver that reads no broker or queue (MAP.md §6.4 T8): a person gets
 * a `notification` (an event) or a `user-task` (a command or query); another company's system gets
 * a `webhook` (an event) or a `partner-api` call (a command or query), retried with an
 * idempotency key.
 */
export type Delivery = "notification" | "user-task" | "webhook" | "partner-api";
export type Boundary = "external" | "domain" | "team" | "same" | "unknown";
export type MapStyle = "hybrid" | "orchestration" | "choreography" | "direct";
/** The map-level hybrid patterns (MAP.md §7.3). */
export const MAP_PATTERNS = [
  "choreograph-between-orchestrate-within",
  "orchestrate-core-choreograph-side-effects",
] as const;
export type MapPattern = (typeof MAP_PATTERNS)[number];

/** The orchestrating forms, in the order a scope takes its form from (MAP.md §7.2 item 2). */
export const ORCHESTRATING_FORMS = ["in-process", "durable-execution", "process-engine"] as const;
export type OrchestratingForm = (typeof ORCHESTRATING_FORMS)[number];

/** Rule ids of map model 1 (MAP.md §6), in the order they run. */
export const MAP_RULE_IDS = [
  "K2",
  "K5",
  "K1",
  "K3",
  "K4",
  "K6",
  "C2",
  "C3",
  "C4",
  "S1",
  "S2",
  "S3",
  "S4",
  "S5",
  "S6",
  "T1",
  "T2",
  "T3",
  "T4",
  "T5",
  "T6",
  "T7",
  "T8",
] as const;
export type MapRuleId = (typeof MAP_RULE_IDS)[number];

export const MAP_FLAG_IDS = [
  "passive-aggressive-event",
  "sync-chain",
  "pinball",
  "horror-story",
  "keep-invariant-local",
  "outbox",
  "choreographed-compensation",
  "scope-spans-teams",
  "scope-dissolved",
] as const;
export type MapFlagId = (typeof MAP_FLAG_IDS)[number];

/** A rule that fired on a hand-off or scope, with its sentence filled in from the answers. */
export interface RuleHit {
  rule: MapRuleId;
  sentence: string;
}

/** A flag on a hand-off or a scope (MAP.md §6.6). */
export interface MapFlag {
  id: MapFlagId;
  severity: "warning" | "info";
  /** The flag's sentence, filled in from the answers. */
  why: string;
}

export interface HandoffResult {
  id: string;
  from: string;
  to: string;
  label: string;
  /** The effective trigger (§3 default applied), or null. */
  trigger: string | null;
  kind: HandoffKind;
  transport: Transport;
  /** Set (T8) when the receiver is a person or another company's system, else null. */
  delivery: Delivery | null;
  scopeId: string | null;
  /** The scope owner; differs from `from` when C2 or C3 moved the hand-off. Null outside a scope. */
  orchestratedBy: string | null;
  /** Set exactly when `undo` is compensate or atomic and the kind is command or event (§6.5). */
  compensatedBy: string | null;
  /** Who undoes it and how, or why nothing is undone (pivot, retry); null when nothing to undo. */
  compensation: string | null;
  boundary: Boundary;
  receivers: number;
  flags: MapFlag[];
  /** Ids of the rules that fired, in the order they ran. */
  rules: MapRuleId[];
  /** Each fired rule's sentence, in the same order as `rules`. */
  explanations: RuleHit[];
  /** The sentence of the last rule that set its kind, transport or scope. */
  reason: string;
  /** `low` when K6 decided the kind (intent: not sure). */
  confidence: "normal" | "low";
  /** The described style (`current`), `unsure` when not answered. */
  current: FullHandoffAnswers["current"];
  /** Whether the recommended transport differs from the described one; null when not decided. */
  differs: boolean | null;
  /** The answers with `unsure` filled in. */
  answers: FullHandoffAnswers;
}

export type SagaName = "Epic" | "Fairy Tale" | "Fantasy Fiction" | "Parallel";

export interface SagaDescription {
  name: SagaName;
  /** The name with consistency `atomic` when a member compensates and none is atomic (§6.7). */
  alternative: SagaName | null;
  communication: "sync" | "async";
  consistency: "atomic" | "eventual";
  coordination: "orchestrated";
  /** "A [name] saga (…): [trade-off]." */
  why: string;
}

/** The derived one-flow Answers JSON of a scope (MAP.md §7.1), one-flow model 2. */
export interface DerivedAnswers {
  model: typeof MAP_ONE_FLOW_MODEL;
  flow: string;
  answers: Answers;
}

/** What the map shows of a scope's one-flow result (its full Result JSON is at /r/<derivedCode>). */
export interface ScopeOneFlow {
  verdict: "orchestration" | "choreography" | "hybrid" | null;
  hybrid: string[];
  confidenceLevel: "low" | "medium" | "high";
  implementation: string[];
  notes: { id: string; why: string }[];
  gates: { id: string; severity: "warning" | "info" }[];
  /** The one-flow tools for the scope's form (§7.2 item 2). */
  /** `source` is set only when an organisation config is applied (`mapWithOrganisation`). */
  tools: (ToolSuggestion & { source?: "organisation" | "catalogue" })[];
  /** Present when a newer one-flow model would say something else (as `/r/` shows). */
  current?: { model: number; verdict: string | null; score: number; code: string };
}

export interface ScopeResult {
  id: string;
  owner: string;
  ownerTeam: string | null;
  /** Member hand-off ids, in input order. */
  members: string[];
  /** The owner, then members' receivers, in order of first appearance. */
  participants: string[];
  /** The scope that has a member whose receiver owns this scope, or null. */
  parent: string | null;
  why: ("S1" | "S2" | "S3" | "S4")[];
  reason: string;
  /**
   * The scope's saga, or null for a one-step scope: a single long-running step the owner waits on
   * durably is not a saga, which takes at least two steps (MAP.md §6.7; Garcia-Molina & Salem 1987).
   */
  saga: SagaDescription | null;
  form: OrchestratingForm;
  flags: MapFlag[];
  derived: DerivedAnswers;
  derivedCode: string;
  oneFlow: ScopeOneFlow;
}

/** A flag at map level, with the hand-offs that carry it (input order). */
export interface MapFlagSummary {
  id: MapFlagId;
  severity: "warning" | "info";
  handoffs: string[];
}

export interface MapCounts {
  participants: number;
  handoffs: number;
  scopes: number;
  kinds: Partial<Record<HandoffKind, number>>;
  transports: Partial<Record<Transport, number>>;
  flags: Partial<Record<MapFlagId, number>>;
  /** `unsure` answers over all hand-offs. */
  unsure: number;
}

/** Map Result JSON (MAP.md §8). Deterministic: arrays in input order or id order. */
export interface MapResult {
  map: typeof MAP_MODEL;
  oneFlowModel: typeof MAP_ONE_FLOW_MODEL;
  name: string | null;
  /** The map code, `m1.…` (MAP.md §9). */
  code: string;
  style: MapStyle;
  pattern: MapPattern | null;
  summary: string;
  participants: ParticipantResult[];
  handoffs: HandoffResult[];
  scopes: ScopeResult[];
  flags: MapFlagSummary[];
  /** The one-flow gates any scope raised, once each, in scope order. */
  gates: { id: string; severity: "warning" | "info"; scopes: string[] }[];
  counts: MapCounts;
  /** The map as a Mermaid flowchart (MAP.md §10). */
  mermaid: string;
  /** The map-level answers, `unsure` omitted. */
  answers: MapAnswers;
}

export interface ParticipantResult {
  id: string;
  name: string;
  kind: ParticipantKind;
  team: string | null;
  domain: string | null;
  /** Scope ids this participant owns. */
  owns: string[];
}
