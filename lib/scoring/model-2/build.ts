/**
 * How to build what model 2 recommends: the implementation forms, best first, and the notes that
 * annotate a verdict without changing it (CHANGELOG.md, model 2, behaviours 1, 6 and 7).
 */
import type { Answers } from "../questions";
import type { Implementation, ImplementationId, Note, RuleContext } from "../types";

const WAITS = new Set(["hours", "days-or-human"]);
const SHORT = new Set(["sub-second", "seconds-minutes"]);
const HIGH_VOLUME = new Set(["100-10k", "over-10k"]);
const SIDE_EFFECTS = new Set(["one-or-two", "several", "many-growing"]);

/** Facts about the answers that the implementation, note, gate and tool rules share. */
export interface BuildFacts {
  /** One team owns every service in the flow. */
  oneTeam: boolean;
  /** One instance never waits on timers, callbacks or people for long. */
  short: boolean;
  waits: boolean;
  /** People act in the flow, or it waits for days. */
  human: boolean;
  regulated: boolean;
  /** Latency is a hot path, or 100+ instances start per second. */
  highVolume: boolean;
  hotPath: boolean;
  /** The steps that must succeed or fail together could share one database transaction. */
  localTransaction: boolean;
  /**
   * The steps that matter could share one service: one team, short, nothing to wait for, and a
   * local transaction is possible or a caller waits on the flow (interactive or hot path).
   */
  sharesOneService: boolean;
  /** A user or a high-volume caller waits on the flow (interactive or hot path). */
  callerWaits: boolean;
  /** Steps must be compensated, or be near-atomic. */
  compensates: boolean;
  cannotRunEngine: boolean;
  sideEffects: boolean;
}

/** The facts the build rules use, from an answer set. */
export function buildFacts(answers: Answers): BuildFacts {
  const oneTeam = answers.teams === "one";
  const short = SHORT.has(answers.duration ?? "");
  const hotPath = answers.latency === "hot-path";
  const volume = answers.volume;
  const atVolume = HIGH_VOLUME.has(volume ?? "");
  // "Hot path" reads "high volume, tight latency budget": without a volume answer, take it at its word.
  const hotPathAtVolume = hotPath && (atVolume || volume === undefined || volume === "unsure");
  const callerWaits = hotPath || answers.latency === "interactive";
  const localTransaction =
    answers["local-transaction"] === "yes" || answers["local-transaction"] === "with-redesign";
  return {
    oneTeam,
    short,
    waits: WAITS.has(answers.duration ?? ""),
    human: answers.duration === "days-or-human",
    regulated: answers.visibility === "regulated-audit",
    highVolume: atVolume || hotPathAtVolume,
    hotPath,
    localTransaction,
    sharesOneService: oneTeam && short && (localTransaction || callerWaits),
    callerWaits,
    compensates:
      answers.consistency === "multi-step-compensation" || answers.consistency === "near-atomic",
    cannotRunEngine: answers["workflow-engine"] === "cannot-run",
    sideEffects: SIDE_EFFECTS.has(answers["side-effects"] ?? ""),
  };
}

/**
 * Model 2's reasons for its implementation forms, by key (`{name}` placeholders are filled per
 * result). Exported so that model 3 can recognise and restate a reason; model 2's results keep these
 * words (model-2/golden.test.ts).
 */
export const WHY: Record<string, string> = {
  "in-process-one-service":
    "The steps that matter could share one service: one team, nothing to wait for{local}. A coordinator in code (an explicit state machine in that service, with an outbox for what it tells others) is orchestration inside one process: no broker hop on the caller's path and no per-step bill.",
  "in-process-no-engine":
    "You can run neither an engine nor a library, so keep the coordinator inside the owning service as an explicit, persisted state machine. Keep it small: once it grows timers, retries and versioning, it has become a home-made engine.",
  "in-process-volume":
    "At this volume every step persisted by an engine costs time and, on a managed one, money or quota: keep the coordination in code in the owning service and persist only what recovery needs.",
  "in-process-saga-volume":
    "At this volume, run the saga as a persisted orchestrator in the owning service rather than on an engine billed or limited per step: a saga state table, commands and replies through an outbox, idempotent and retryable compensations.",
  "in-process-owner":
    "Or keep the coordinator in code, in the service of the team that owns the outcome: an explicit state machine is enough while the flow stays short and has few steps.",
  "durable-waits":
    "Instances wait {wait}: durable execution keeps each instance's state, timers and retries for you, so a crash or a deploy mid-flow loses nothing.",
  "durable-saga":
    "A multi-step flow with compensation is what durable execution is for: the runtime persists progress, so steps are retried and compensated without a home-made state store.",
  "durable-steps":
    "Durable execution persists each instance's progress and retries its steps, so a crash or a deploy mid-flow loses nothing, without a home-made state store.",
  "durable-second":
    "If you would rather not keep the coordinator's state yourself, durable execution persists it for you; at volume, price its steps first.",
  "durable-no-engine":
    "If a library or a managed service becomes possible, durable execution replaces the hand-kept state machine before it grows timers and retries.",
  "process-engine-first":
    "People act in this flow and its history must stand up to an audit: a process engine gives human tasks, a model the business can read (BPMN), and per-instance history.",
  "process-engine-second":
    "If people must act in the flow or the business wants to read the model, a BPMN process engine adds human tasks and a visible process model.",
  "broker-facts":
    "Publish facts for the reactions (notifications, analytics, search) through a transactional outbox: they subscribe, and the core never waits for them.",
  "broker-between":
    "Between the parts that stay event-driven, publish domain facts through an outbox to a broker; each side keeps its own coordination inside.",
  "broker-choreography":
    "Each service publishes what happened and the others react: a broker with durable subscriptions, fed by a transactional outbox, carries the flow.",
  "queue-handoff":
    "A two-service, linear hand-off needs no choreography to design: one durable queue (or one asynchronous call with retries) between the two services is enough.",
  "queue-second":
    "Where a step has exactly one consumer that must act on it, a point-to-point queue with retries and a dead-letter queue is simpler than a topic.",
};

function entry(
  id: ImplementationId,
  key: string,
  fill: Record<string, string> = {},
): Implementation {
  let why = WHY[key]!;
  for (const [name, value] of Object.entries(fill)) why = why.replace(`{${name}}`, value);
  return { id, why };
}

/**
 * Model 2's implementation forms for a decided result, best first (empty when too early).
 * - Orchestration (and the orchestrated part of a hybrid): `in-process` first when the steps could
 *   share one service (one team, short, and a local transaction or a waiting caller), when no
 *   engine or library can be run, or at high volume; otherwise
 *   `durable-execution`, with `process-engine` first when people act in an audited flow.
 * - Choreography: `queue` first for a two-service linear hand-off, else `event-broker`.
 * - A hybrid adds `event-broker` for the event-driven part (first only when the score leans to
 *   events and no caller waits);
 *   an orchestration with side effects adds it last, for publishing facts.
 * Sources: Richardson, Microservices Patterns ch. 4; Rücker & Schimak (InfoQ); the 2023 Prime Video
 * monitoring case (a per-step engine abandoned for one process at volume).
 */
export function implementationV2(context: RuleContext): Implementation[] {
  const { answers, detail, insufficient, scored } = context;
  if (insufficient) return [];
  const f = buildFacts(answers);
  if (detail.verdict === "choreography") {
    const linear = answers["control-flow"] === "linear";
    if (answers.participants === "two" && linear)
      return [entry("queue", "queue-handoff"), entry("event-broker", "broker-choreography")];
    return [
      entry("event-broker", "broker-choreography"),
      ...(linear ? [entry("queue", "queue-second")] : []),
    ];
  }

  const forms: Implementation[] = [];
  if (f.sharesOneService) {
    forms.push(
      entry("in-process", "in-process-one-service", {
        local: f.localTransaction
          ? ", and one database transaction can hold the invariant"
          : ", and a caller waits on it",
      }),
    );
  } else if (f.cannotRunEngine) {
    forms.push(entry("in-process", "in-process-no-engine"));
  } else if (f.highVolume && !f.waits) {
    forms.push(entry("in-process", f.compensates ? "in-process-saga-volume" : "in-process-volume"));
  }
  if (f.waits) {
    const durable = f.cannotRunEngine
      ? entry("durable-execution", "durable-no-engine")
      : entry("durable-execution", "durable-waits", {
          wait: f.human ? "for days or for people" : "for hours",
        });
    if (f.human && f.regulated)
      forms.push(entry("process-engine", "process-engine-first"), durable);
    else
      forms.push(durable, ...(f.human ? [entry("process-engine", "process-engine-second")] : []));
  } else {
    const key = f.cannotRunEngine
      ? "durable-no-engine"
      : forms.length > 0
        ? "durable-second"
        : f.compensates
          ? "durable-saga"
          : "durable-steps";
    forms.push(entry("durable-execution", key));
    if (forms.every((x) => x.id !== "in-process"))
      forms.push(entry("in-process", "in-process-owner"));
  }

  if (detail.verdict === "hybrid") {
    const broker = entry("event-broker", "broker-between");
    // Events lead only when the score leans to them and no caller waits on the flow.
    if (scored.score < 0 && !f.sharesOneService && !f.callerWaits) forms.unshift(broker);
    else forms.splice(1, 0, broker);
  } else if (f.sideEffects) {
    forms.push(entry("event-broker", "broker-facts"));
  }
  return dedupe(forms);
}

function dedupe(forms: Implementation[]): Implementation[] {
  const seen = new Set<string>();
  return forms.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

/**
 * Model 2's notes, in display order: `keep-invariant-local` (a near-atomic invariant whose steps
 * could share one database transaction: redraw the boundary before any saga) and
 * `publish-side-effects` (an orchestrated flow with side effects publishes facts; the reactions
 * subscribe). Empty when too early. Sources: Richardson, Microservices Patterns ch. 4 (a saga only
 * where a local transaction can't do); Rücker (2017) and Newman ch. 6 on mixing styles.
 */
export function notesV2(context: RuleContext): Note[] {
  const { answers, detail, insufficient } = context;
  if (insufficient) return [];
  const f = buildFacts(answers);
  const notes: Note[] = [];
  if (answers.consistency === "near-atomic" && f.localTransaction) {
    notes.push({
      id: "keep-invariant-local",
      why:
        answers["local-transaction"] === "yes"
          ? "The steps that must succeed or fail together can already share one service and one database transaction: keep the invariant there, in one local transaction, and coordinate only the rest. No saga is needed for it."
          : "The steps that must succeed or fail together could share one database transaction if you redrew a service boundary: do that before designing a saga for them. A local ACID transaction is simpler and stronger than any compensation.",
    });
  }
  if (f.sideEffects && detail.verdict !== "choreography") {
    notes.push({
      id: "publish-side-effects",
      why: "The side effects are reactions, not steps: the orchestrator (or the service that owns the outcome) publishes facts through a transactional outbox, and notifications, analytics and search subscribe. They don't make the flow hybrid.",
    });
  }
  return notes;
}
