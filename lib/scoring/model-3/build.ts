/**
 * How to build what model 3 recommends: model 2's forms and notes, with the changes of
 * CHANGELOG.md (model 3, faults 1, 3, 7 and 10, and the senior-architect review's R2, R5, R6, R7
 * and R9).
 */
import type { Answers } from "../questions";
import type { Implementation, ImplementationId, RuleContext } from "../types";
import { WHY as WHY_V2, buildFacts, implementationV2 } from "../model-2/build";
import { hybridV3, tracksOnly } from "./hybrid";

const PEOPLE = new Set(["days-or-human", "waits-for-people"]);
/**
 * Someone follows each instance: operations, auditors, or the requester following their own
 * request (model 2's appended `requester-tracks`, which the rules that look for "watched per
 * instance" had left out).
 */
export const WATCHED = new Set(["ops-per-instance", "regulated-audit", "requester-tracks"]);
const CHANGES_OFTEN = new Set(["quarterly", "monthly"]);
/**
 * The highest volume answer, over 10,000 starts a second: dispatch level, where no person acts on
 * each instance and a BPMN engine (each element of each instance persisted and shown to people) is
 * the wrong tool.
 */
const DISPATCH_VOLUME = "over-10k";
const FEW_PARTICIPANTS = new Set(["two", "three-to-four"]);
const COMPENSATES = new Set(["multi-step-compensation", "near-atomic"]);
const CALLER_WAITS = new Set(["interactive", "hot-path"]);
/** Waits that durable execution is for: hours, days, or a person acting. */
const LONG_WAITS = new Set(["hours", "days-or-human", "waits-for-people"]);

/**
 * Someone needs the flow's outcome, read from the answers as `someoneWaitsOnOutcome` reads points:
 * `outcome-ownership` isn't "the producer doesn't care", or `consistency` isn't "fire and forget"
 * (an unanswered question is not evidence that nobody waits).
 */
function needsOutcome(answers: Answers): boolean {
  return (
    answers["outcome-ownership"] !== "producer-indifferent" ||
    answers.consistency !== "fire-and-forget"
  );
}

/**
 * The answers as model 2's build rules read them: `waits-for-people` is a wait on people, which
 * model 2 could only say as `days-or-human`. Every other answer is unchanged.
 */
export function asModel2Answers(answers: Answers): Answers {
  return answers.duration === "waits-for-people"
    ? { ...answers, duration: "days-or-human" }
    : answers;
}

/**
 * The answers as model 2's tool rules read them: `asModel2Answers`, and the requester tracking
 * each instance read as a flow watched per instance (model 2's tools put the runtimes with a
 * per-instance console and history first only for operations or auditors).
 */
export function asModel2ToolAnswers(answers: Answers): Answers {
  const v2 = asModel2Answers(answers);
  return v2.visibility === "requester-tracks" ? { ...v2, visibility: "ops-per-instance" } : v2;
}

/** Facts about the answers that model 3's build, gate and tool rules add to model 2's. */
export interface BuildFactsV3 {
  /** People act in the flow (`days-or-human` or `waits-for-people`). */
  peopleAct: boolean;
  /**
   * A person certainly acts (`waits-for-people`). `days-or-human` reads "days or more, often
   * waiting on people or partners": it may be a wait on partners or timers alone.
   */
  personActs: boolean;
  /**
   * A process engine (BPMN, human tasks) earns its place: people act, and the flow is watched per
   * instance, audited, or changes quarterly or faster, and fewer than 10,000 instances start a
   * second.
   */
  processEngineFits: boolean;
  /** `keep-invariant-local` applies: near-atomic, and one local transaction can hold it. */
  invariantLocal: boolean;
  /** One team owns the core: `teams` one, or one team owns the outcome end to end. */
  ownsCore: boolean;
  /** One team, in one bounded context. */
  oneTeamOneContext: boolean;
  /**
   * The flow only moves data onward: linear, fire and forget (nothing to undo), and either no side
   * effects or nobody needs the outcome (`outcome-ownership` "the producer doesn't care": its
   * consumers are subscribers, as in a telemetry ingest, not steps; second review, F4). No service
   * changes its own state and then publishes, so there is no write to pair with a publish through
   * an outbox.
   */
  passThrough: boolean;
  /** One team, two to four participants, and steps to compensate (or near-atomic): a local saga fits. */
  smallOneTeamSaga: boolean;
  /** Steps must be compensated (multi-step compensation), or be near-atomic. */
  compensates: boolean;
  /**
   * One team, one bounded context, nothing waits for hours or for people, and a caller waits on the outcome (the initiator decides the
   * next step, or an interactive or hot-path caller waits and someone needs the outcome) or one
   * database transaction can hold the flow today (`local-transaction` yes): the flow is one
   * service's job (second review, F1).
   */
  oneServiceJob: boolean;
}

/** Model 3's extra build facts, from an answer set. */
export function buildFactsV3(answers: Answers): BuildFactsV3 {
  const peopleAct = PEOPLE.has(answers.duration ?? "");
  return {
    peopleAct,
    personActs: answers.duration === "waits-for-people",
    processEngineFits:
      peopleAct &&
      answers.volume !== DISPATCH_VOLUME &&
      (WATCHED.has(answers.visibility ?? "") ||
        CHANGES_OFTEN.has(answers["flow-change-rate"] ?? "")),
    invariantLocal: answers.consistency === "near-atomic" && buildFacts(answers).localTransaction,
    ownsCore: answers.teams === "one" || answers["end-to-end-owner"] === "yes",
    oneTeamOneContext: answers.teams === "one" && answers["bounded-contexts"] === "one",
    passThrough:
      answers["control-flow"] === "linear" &&
      answers.consistency === "fire-and-forget" &&
      (answers["side-effects"] === "none" ||
        answers["outcome-ownership"] === "producer-indifferent"),
    smallOneTeamSaga:
      answers.teams === "one" &&
      FEW_PARTICIPANTS.has(answers.participants ?? "") &&
      COMPENSATES.has(answers.consistency ?? ""),
    compensates: COMPENSATES.has(answers.consistency ?? ""),
    oneServiceJob:
      answers.teams === "one" &&
      answers["bounded-contexts"] === "one" &&
      !LONG_WAITS.has(answers.duration ?? "") &&
      (answers["outcome-ownership"] === "initiator-decides" ||
        answers["local-transaction"] === "yes" ||
        (CALLER_WAITS.has(answers.latency ?? "") && needsOutcome(answers))),
  };
}

const WHY = {
  "queue-one-service":
    "One team, one bounded context and nothing to coordinate: build it as one consuming service behind a durable queue, and isolate each destination inside it (a partition, a worker pool or a rate limit per destination), not as one service per consumer publishing to the next.",
  "in-process-invariant":
    "The core still commits in one database transaction, and one team owns it: keep the invariant there, in process, and move the downstream reactions out first, as events the core publishes through an outbox. Split the core itself only when a reason beyond the extraction appears; then durable execution, below, takes over its coordination.",
  "durable-days-audited":
    "Instances wait for days, on partners, timers or people: durable execution keeps each instance's state, timers and retries for you, and its per-instance history shows every step, but only while it is retained. Engines delete a closed instance's history after a retention period (Temporal: the namespace's, 30 days by default and at most 90 on Temporal Cloud; Step Functions Standard: 90 days after the execution closes), so where the flow is audited, export each instance's history or its business events to an append-only store kept as long as your regulator asks, or turn on the engine's archival.",
  "process-engine-audited":
    "People act in this flow and its history must stand up to an audit: a process engine gives human tasks, a model the business can read (BPMN), and per-instance history while it is retained. Engines clean up closed instances' history on a retention schedule, so for the audit, export each instance's history or its business events to an append-only store kept as long as your regulator asks.",
  "process-engine-if-people":
    "If people do tasks in this flow (approvals, reviews, manual checks), a BPMN process engine adds task lists, forms and a process model the business and the auditors can read; for waits on partners and timers alone, durable execution is enough.",
  "in-process-caller-waits":
    "One team, one bounded context, and a caller waits on the outcome: this is one service's job, not a distributed one. Handle the request in that service with an explicit state machine persisted in its own database; hold anything it reserves with an expiry, call outside providers (a payment service, say) with an idempotency key, and undo what a failed step left behind (release, refund) before answering. Publish what happened afterwards, through an outbox, only for others to react to.",
  "durable-saga":
    "A multi-step flow with compensation is what durable execution is for: the runtime persists each instance's progress and retries its steps, without a home-made state store. It doesn't compensate for you: you write each compensation (idempotent, since it may be retried), and you order the steps compensatable first, then the pivot, then those that can only be retried, so that nothing after the pivot ever needs undoing.",
  "in-process-local-saga-first":
    "One team owns these steps, but they compensate, so no single database transaction holds them (a call to an outside provider, a payment say, never joins yours): run them as a local saga, a persisted state machine in the owning service that sends each step as a command, records the replies, runs the compensations in reverse order and keeps its timeouts in a table. It stays small while the steps are few; move to durable execution when timers, retries and versions grow.",
  "in-process-local-saga-redrawn":
    "One team owns these steps, but they compensate, so no single database transaction holds them (a call to an outside provider, a payment say, never joins yours): if you redraw the boundary so that one service owns them, run them there as a local saga, a persisted state machine that sends each step as a command, records the replies, runs the compensations in reverse order and keeps its timeouts in a table. It stays small while the steps are few; move to durable execution when timers, retries and versions grow.",
  "in-process-local-saga":
    "Or, since one team owns these few steps, a local saga: a persisted state machine in that team's service that sends each step as a command, records the replies, runs the compensations in reverse order and keeps its timeouts in a table. It stays small while the steps are few; move to durable execution when timers, retries and versions grow.",
  "broker-pass-through":
    "Each stage consumes, does its work and forwards: a broker with durable subscriptions (or a log) carries the data. Acknowledge a message only after its output is published, and make every stage idempotent; with no state change of its own to pair with the publish, no outbox is needed.",
  "durable-person":
    "Instances wait for a person to act: durable execution keeps each instance's state, timers and retries for you while they wait, so a crash or a deploy mid-flow loses nothing.",
} as const;

const entry = (id: ImplementationId, key: keyof typeof WHY): Implementation => ({
  id,
  why: WHY[key],
});

/**
 * A process engine comes before durable execution only where a person certainly acts
 * (`waits-for-people`): task lists and forms for people are what a BPMN engine adds over durable
 * execution, whose per-instance event history serves an audit too, while it is retained (exported
 * beyond that: second review, F2). Elsewhere the two swap
 * places (the other forms keep theirs), and the process engine's reason says it is for people.
 * Sources: Camunda 8 documentation, User tasks and Tasklist; Temporal documentation, Workflow
 * Execution event history.
 */
function processEngineLeadsOnlyForPeople(
  forms: Implementation[],
  f: BuildFactsV3,
  cannotRunEngine: boolean,
): Implementation[] {
  const engine = forms.findIndex((x) => x.id === "process-engine");
  const durable = forms.findIndex((x) => x.id === "durable-execution");
  if (f.personActs || engine < 0 || durable < 0 || engine > durable) return forms;
  const swapped = [...forms];
  swapped[engine] = cannotRunEngine
    ? forms[durable]!
    : entry("durable-execution", "durable-days-audited");
  swapped[durable] = entry("process-engine", "process-engine-if-people");
  return swapped;
}

/**
 * Model 2's in-process reason where one team's short flow could share one local transaction. A
 * compensating flow is not held by one transaction (what needs compensating has already committed,
 * and an outside provider's step never joins your transaction), so model 3 gives such a flow the
 * local-saga reason instead (second review, F8). Source: Garcia-Molina & Salem, "Sagas" (1987);
 * Richardson, Microservices Patterns ch. 4 (a saga where a local ACID transaction can't do).
 */
const ONE_TRANSACTION_CLAIM = "one database transaction can hold the invariant";

/**
 * A flow that is one service's job (`oneServiceJob`) is built in process first, whatever the
 * verdict (second review, F1): model 2's or model 3's `in-process` entry where there is one, else
 * a request handler with a persisted state machine; the one-consuming-service queue (written for
 * a flow with nothing to coordinate) is dropped, since a caller waits on this one. Source:
 * Richardson, microservices.io, Saga pattern (an orchestrator is an object in one service).
 */
function inOneServiceFirst(forms: Implementation[]): Implementation[] {
  const own =
    forms.find((x) => x.id === "in-process") ?? entry("in-process", "in-process-caller-waits");
  const rest = forms.filter((x) => x.id !== "in-process" && x.why !== WHY["queue-one-service"]);
  return [own, ...rest];
}

/**
 * Model 3's implementation forms for a decided result, best first (empty when too early):
 * - choreography, and a tracking-only hybrid (nothing in it orchestrates): model 2's choreography
 *   forms, with `queue` ("one consuming service behind a durable queue") first when one team owns
 *   the flow in one bounded context, then `event-broker` (but see the next rule); a pass-through flow's broker form says
 *   how to forward safely without an outbox (F4: with side effects too, where nobody needs the
 *   outcome);
 * - otherwise model 2's forms, except that `process-engine` appears only when people act, the flow
 *   is watched per instance, audited or changes quarterly or faster, and its volume is below
 *   dispatch level (over 10,000 a second), and comes before
 *   durable execution only when a person certainly acts (`waits-for-people`); `in-process` (a
 *   local saga in the owning service) is offered second where one team owns a compensating flow
 *   of two to four participants and model 2 offered none; `in-process` comes first
 *   whenever `keep-invariant-local` applies and one team owns the core (any duration), with the
 *   published reactions (`event-broker`) next; a wait for a person reads as such;
 * - on every verdict, a flow that is one service's job (`oneServiceJob`: one team, one context,
 *   nothing waiting hours or for people, and a caller waiting on the outcome or one local
 *   transaction) gets `in-process` first and no
 *   one-consuming-service queue (second review, F1); a compensating flow's `in-process` reason is
 *   the local saga's, never "one database transaction can hold the invariant" (F8); durable
 *   execution's saga reason says the runtime retries and you write the compensations (F6); an
 *   engine's history is audit evidence only while retained, so the audited reasons say to export
 *   it to an append-only store (F2).
 * Sources: Segment, "Goodbye Microservices" (Noonan, 2018: one service behind a durable queue
 * replaced a service per destination); Richardson, Microservices Patterns ch. 4; Fowler,
 * StranglerFigApplication; Newman, Monolith to Microservices ch. 3; Richardson, microservices.io,
 * Saga pattern (an orchestration-based saga's orchestrator is an object in one service).
 */
export function implementationV3(context: RuleContext): Implementation[] {
  const { answers, detail, insufficient } = context;
  if (insufficient) return [];
  const v2 = { ...context, answers: asModel2Answers(answers) };
  const f = buildFactsV3(answers);
  const tracking = detail.verdict === "hybrid" && tracksOnly(hybridV3(context));
  let forms: Implementation[];
  if (detail.verdict === "choreography" || tracking) {
    forms = implementationV2({ ...v2, detail: { ...detail, verdict: "choreography" } });
    if (f.oneTeamOneContext)
      forms = [entry("queue", "queue-one-service"), ...forms.filter((x) => x.id !== "queue")];
    if (f.passThrough)
      forms = forms.map((x) => (x.id === "event-broker" ? entry(x.id, "broker-pass-through") : x));
  } else {
    forms = implementationV2(v2);
    if (!f.processEngineFits) forms = forms.filter((x) => x.id !== "process-engine");
    forms = processEngineLeadsOnlyForPeople(forms, f, buildFacts(answers).cannotRunEngine);
    if (answers.duration === "waits-for-people" && !buildFacts(answers).cannotRunEngine)
      forms = forms.map((x) => (x.id === "durable-execution" ? entry(x.id, "durable-person") : x));
    if (f.smallOneTeamSaga && !forms.some((x) => x.id === "in-process"))
      forms.splice(1, 0, entry("in-process", "in-process-local-saga"));
  }
  forms = forms.map((x) =>
    x.id === "durable-execution" && x.why === WHY_V2["durable-saga"]
      ? entry(x.id, "durable-saga")
      : x.id === "process-engine" && x.why === WHY_V2["process-engine-first"]
        ? entry(x.id, "process-engine-audited")
        : x,
  );
  // One team's few compensating steps: an in-process reason that leaves the compensation out
  // (model 2's "keep the coordinator in code", its hot-path one) gives way to the local saga's
  // (F8): first, or "or, since one team owns these few steps" further down.
  if (f.smallOneTeamSaga)
    forms = forms.map((x, i) =>
      x.id === "in-process" && !/compensat|undo/i.test(x.why)
        ? entry(x.id, i === 0 ? "in-process-local-saga-first" : "in-process-local-saga")
        : x,
    );
  if (f.compensates && !f.invariantLocal)
    forms = forms.map((x) =>
      x.id === "in-process" && x.why.includes(ONE_TRANSACTION_CLAIM)
        ? entry(
            "in-process",
            answers["local-transaction"] === "with-redesign"
              ? "in-process-local-saga-redrawn"
              : "in-process-local-saga-first",
          )
        : x,
    );
  if (f.oneServiceJob) forms = inOneServiceFirst(forms);
  // A near-atomic invariant can't reach a choreography verdict (it is a strong need), so this
  // applies to every verdict that has one.
  if (f.invariantLocal && f.ownsCore && forms[0]?.id !== "in-process") {
    const broker = forms.filter((x) => x.id === "event-broker");
    const rest = forms.filter((x) => x.id !== "in-process" && x.id !== "event-broker");
    forms = [entry("in-process", "in-process-invariant"), ...broker, ...rest];
  }
  return forms;
}
