/**
 * Model 2's words: model 1's, with the changes below (CHANGELOG.md, model 2, gives each reason).
 * A code made by model 2 keeps these words forever, as it keeps its numbers. Data only.
 */
import { WORDS_V1 } from "../model-1/words";
import type {
  GateDefinition,
  HybridPatternDefinition,
  ModelWords,
  VerdictRuleDefinition,
} from "../types";
import { restate, type Changes } from "../words";
import { QUESTIONS_V2 } from "./questions";

/** Model 2's rewordings of model 1's gates (behaviour 9). */
const GATE_CHANGES: Changes<GateDefinition> = {
  "async-atomic-choreography": {
    title: "Near-atomic consistency with nothing orchestrating it",
    advice:
      "First try to keep the invariant in one service and one database transaction, redrawing a boundary if needed. If it must span services, orchestrate that part (a saga with reservations or try-confirm-cancel, and compensations that are idempotent and retryable), or relax it to eventual consistency with compensation. An asynchronous, near-atomic, choreographed saga is the hardest combination to get right.",
    basis:
      "Richardson, Microservices Patterns ch. 4 (sagas, countermeasures); Ford, Richards, Sadalage, Dehghani, Software Architecture: The Hard Parts ch. 12 (saga kinds)",
    when: "consistency is near-atomic and nothing in the advice orchestrates that part: a choreography verdict, or a hybrid whose patterns only track the flow",
  },
  "choreography-needs-observability": {
    advice:
      "Add correlation IDs, trace context propagated through message headers, idempotent consumers, a transactional outbox and a schema registry, or a process tracker that follows the events, before you rely on choreography for this flow.",
    basis:
      "Azure Architecture Center, Choreography pattern; Newman, Building Microservices ch. 6; OpenTelemetry semantic conventions for messaging",
    when: "the verdict is choreography or hybrid, and observability stops at correlation IDs or event practices stop at basic pub/sub (a warning), or either is unanswered (info)",
  },
  "orchestration-needs-engine": {
    title: "Don't hand-roll an engine",
    advice:
      "A persisted status column and a few explicit transitions in the owning service are fine. Timers, retries, versioning and a history of every step are where home-made orchestrators (and functions calling functions) fail. Check the options again before you build that: DBOS is a library that checkpoints to your own Postgres; Lambda durable functions and the Durable Task SDKs (with the Durable Task Scheduler) are managed services; Restate and Temporal need a server of their own.",
    basis:
      "Rücker & Schimak, InfoQ, Events, Flows and Long-Running Services; AWS Lambda Developer Guide (durable functions)",
    when: "the verdict is orchestration or hybrid and you can run neither an engine nor a durable-execution library",
  },
  "orchestrator-needs-owner": {
    advice:
      "An orchestrator that no team owns drifts into a god service or a central ESB. Name the team accountable for the end-to-end outcome; the flow's logic lives in its code, even when it runs on a shared engine platform. Shared ownership is the common failure: make it one team.",
    when: "the verdict is orchestration or hybrid and nobody owns the end-to-end outcome (a warning), or ownership is partial (info)",
  },
};

/** Model 2's new gate, shown before the Kubernetes note. */
const ENGINE_COST_AT_VOLUME: GateDefinition = {
  id: "engine-cost-at-volume",
  severity: "warning",
  title: "Price every step before you persist it",
  advice:
    "At 100 or more instances a second, an engine that persists every step is billed or rate-limited per step (state transitions, actions, checkpoints). Estimate steps × instances against the price and the quotas first; keep the hot part in process, or use a runtime whose per-step cost you have measured at this volume.",
  basis:
    "AWS Step Functions pricing and quotas; Prime Video Tech, Scaling up the Prime Video audio/video monitoring service (2023)",
  article: "latency-and-throughput",
  when: "the volume is 100 or more a second and the first orchestrated way to build it persists every step in an engine",
};

const GATES_FROM_V1 = restate(WORDS_V1.gates, GATE_CHANGES);

/** Model 2's changes to model 1's pattern wording (CHANGELOG.md, model 2, "Hybrid patterns"). */
const PATTERN_CHANGES: Changes<HybridPatternDefinition> = {
  "choreograph-between-orchestrate-within": {
    description:
      "Domains, or the event-driven whole, announce business events to each other; inside one that has a stateful, branching or waiting sub-process, one service orchestrates it.",
    sources:
      "Azure Architecture Center, Choreography pattern; Rücker (2017); Yan Cui, InfoQ podcast. AWS Prescriptive Guidance places the styles the other way round.",
  },
  "orchestrate-core-choreograph-side-effects": {
    description:
      "The steps that must succeed or be compensated together run under an orchestrator; notifications, analytics, search and CRM subscribe to the facts it publishes.",
    sources:
      "Rücker (2017); Newman, Building Microservices ch. 6 \u201cMixing styles\u201d; Azure Architecture Center, Choreography pattern",
  },
  "orchestrator-per-flow": {
    description:
      "The team that owns the outcome owns the flow's logic, one orchestrator per flow, in its own service or as its own workflows on a shared engine platform. What fails is central ownership of every team's flows (an ESB), not a shared runtime.",
    sources:
      "Newman, Building Microservices ch. 6; Rücker, How to tame event-driven microservices (2019); Temporal Nexus documentation",
  },
  "async-orchestration": {
    description:
      "Keep a central definition of the flow, but send its commands and receive its replies over the broker, so participants stay decoupled in time. Only where nobody waits synchronously on the outcome: each broker hop adds latency.",
  },
};

/** Model 2's verdict rules (CHANGELOG.md, model 2, behaviours 2 to 5); opposing-signal is gone. */
const VERDICT_RULES: readonly VerdictRuleDefinition[] = [
  {
    id: "mixed-needs",
    label: "the mixed-needs rule",
    statement:
      "A score in the choreography band becomes hybrid when an answer calls for central control at 2 points or more (branching, compensation, per-instance status, waiting, an initiator that acts on the outcome).",
  },
  {
    id: "hot-path-in-one-team",
    label: "the hot-path rule",
    statement:
      "A score in the choreography band becomes hybrid when one team owns a hot path that never waits for hours: coordinate its steps in code, in one process.",
  },
  {
    id: "nothing-to-coordinate",
    label: "the nothing-to-coordinate rule",
    statement:
      "A score in the hybrid band at or below \u22122 becomes choreography when nothing calls for central control and no single team owns a hot path.",
  },
  {
    id: "crosses-domains",
    label: "the crosses-domains rule",
    statement:
      "A score in the orchestration band becomes hybrid when the flow crosses seven or more teams or many independent bounded contexts, unless it is long-running or audited and one team owns its outcome.",
  },
  {
    id: "event-driven-whole",
    label: "the event-driven-whole rule",
    statement:
      "A score in the orchestration band becomes hybrid when the flow is event-driven as a whole: participants come and go, the initiator doesn't act on outcomes, and neither branching nor compensation asks for a coordinator.",
  },
];

export const WORDS_V2 = {
  version: 2,
  questions: QUESTIONS_V2,
  questionNames: {
    ...WORDS_V1.questionNames,
    volume: "the volume",
    "local-transaction": "one local transaction",
  },
  questionLabels: {
    ...WORDS_V1.questionLabels,
    volume: "Volume",
    "local-transaction": "Local transaction",
  },
  /** Model 1's gates reworded, plus the volume gate before the Kubernetes note. */
  gates: [
    ...GATES_FROM_V1.filter((g) => g.id !== "kubernetes-is-not-coordination"),
    ENGINE_COST_AT_VOLUME,
    ...GATES_FROM_V1.filter((g) => g.id === "kubernetes-is-not-coordination"),
  ],
  /** Model 1's ids, titles and headlines, with the descriptions and sources above corrected. */
  hybridPatterns: restate(WORDS_V1.hybridPatterns, PATTERN_CHANGES),
  implementations: [
    { id: "in-process", name: "In process: one service, one database transaction" },
    { id: "durable-execution", name: "Durable execution" },
    { id: "process-engine", name: "A process engine (BPMN)" },
    { id: "event-broker", name: "Events on a broker" },
    { id: "queue", name: "One queue" },
  ],
  notes: [
    { id: "keep-invariant-local", title: "Keep the invariant in one service" },
    { id: "publish-side-effects", title: "Publish facts; let reactions subscribe" },
  ],
  verdictRules: VERDICT_RULES,
} satisfies ModelWords;
