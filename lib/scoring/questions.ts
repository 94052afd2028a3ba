/**
 * The questions of Baton's model, version 1.
 *
 * Compatibility rules (share codes, the API, the CLI and saved answers depend on them):
 * - Never rename or reorder a question or an option. Share codes pack answers by position.
 * - Append only: a new question goes at the end, a new option at the end of its question,
 *   and either one needs a new model version (see CHANGELOG.md) so old codes keep their meaning.
 * - `unsure` is implicit on every question; it scores 0 and is never listed here.
 * - Positive points pull toward orchestration, negative toward choreography.
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
      "Where the services run and what messaging you have. Never scored; used for tool advice.",
  },
] as const;

export const QUESTIONS = [
  {
    id: "participants",
    dimension: "topology",
    weight: 1.0,
    text: "How many services must act to complete this flow?",
    help: "Count the services that do work for one instance of the flow, including partners' systems.",
    article: "flow-shape-and-change",
    options: [
      { id: "two", label: "Two", points: -1 },
      { id: "three-to-four", label: "Three or four", points: 0 },
      { id: "five-to-seven", label: "Five to seven", points: 1 },
      { id: "eight-plus", label: "Eight or more", points: 2 },
    ],
  },
  {
    id: "control-flow",
    dimension: "topology",
    weight: 1.5,
    text: "How complex is the control flow?",
    help: "Think of the flow chart including its error paths: straight line, a few ifs, parallel branches that join, or loops and sub-flows.",
    article: "flow-shape-and-change",
    options: [
      { id: "linear", label: "Linear: one step after another", points: -2 },
      { id: "some-conditionals", label: "Some conditionals", points: 0 },
      { id: "branches-and-joins", label: "Parallel branches that join", points: 2 },
      {
        id: "dynamic",
        label: "Dynamic: loops, sub-flows, branching decided at run time",
        points: 3,
      },
    ],
  },
  {
    id: "side-effects",
    dimension: "topology",
    weight: 1.0,
    text: "How many independent downstream reactions hang off this flow?",
    help: "Notifications, analytics, search indexing, CRM updates: reactions that don't change the flow's outcome and that nobody waits for.",
    article: "events-vs-commands",
    options: [
      { id: "none", label: "None", points: 0 },
      { id: "one-or-two", label: "One or two", points: -1 },
      { id: "several", label: "Several", points: -2 },
      { id: "many-growing", label: "Many, and more are added by other teams", points: -3 },
    ],
  },
  {
    id: "flow-change-rate",
    dimension: "topology",
    weight: 1.0,
    text: "How often does the end-to-end logic change?",
    help: "Changes to the order of steps, the business rules or the exception paths, not to one service's internals.",
    article: "flow-shape-and-change",
    options: [
      { id: "rarely", label: "Rarely", points: 0 },
      { id: "yearly", label: "About yearly", points: 0 },
      { id: "quarterly", label: "About quarterly", points: 1 },
      { id: "monthly", label: "Monthly or more often", points: 2 },
    ],
  },
  {
    id: "participant-churn",
    dimension: "topology",
    weight: 1.0,
    text: "How often are participants added, removed or replaced without changing the flow's meaning?",
    help: "For example a new fraud check provider, or another consumer of the same business event.",
    article: "flow-shape-and-change",
    options: [
      { id: "rare", label: "Rarely", points: 0 },
      { id: "occasional", label: "Occasionally", points: -1 },
      { id: "frequent", label: "Frequently", points: -2 },
    ],
  },
  {
    id: "consistency",
    dimension: "coordination",
    weight: 1.5,
    text: "What consistency and compensation does the flow need?",
    help: "When a later step fails, how much must be undone, and how close to all-or-nothing must the outcome be?",
    article: "sagas-and-compensation",
    options: [
      { id: "fire-and-forget", label: "Fire and forget: nothing to undo", points: -2 },
      { id: "eventual-simple", label: "Eventual, compensate at most one step", points: 0 },
      { id: "multi-step-compensation", label: "Multi-step compensation", points: 2 },
      {
        id: "near-atomic",
        label: "Near-atomic: \u201cnever charge without stock\u201d",
        points: 3,
      },
    ],
  },
  {
    id: "visibility",
    dimension: "coordination",
    weight: 1.5,
    text: "Who needs per-instance status of the flow?",
    help: "\u201cWhere is order X?\u201d, detecting stuck instances, SLA reports, audit evidence.",
    article: "seeing-the-flow",
    options: [
      { id: "nobody", label: "Nobody", points: -1 },
      { id: "engineers", label: "Engineers, when debugging", points: 0 },
      { id: "ops-per-instance", label: "Operations or support, per instance", points: 2 },
      { id: "regulated-audit", label: "Regulators or auditors: a provable history", points: 3 },
    ],
  },
  {
    id: "duration",
    dimension: "coordination",
    weight: 1.5,
    text: "How long does one instance wait, on timers, callbacks or people?",
    help: "Count waiting, not working: a batch that is busy for hours but never waits counts as seconds to minutes.",
    article: "long-running-flows",
    options: [
      { id: "sub-second", label: "Under a second", points: -1 },
      { id: "seconds-minutes", label: "Seconds to minutes", points: 0 },
      { id: "hours", label: "Hours", points: 2 },
      { id: "days-or-human", label: "Days or more, or waits for people", points: 3 },
    ],
  },
  {
    id: "latency",
    dimension: "coordination",
    weight: 0.5,
    text: "How latency- or throughput-sensitive is the coordinated path?",
    help: "Is a user or a high-volume caller waiting on the whole flow to finish?",
    article: "latency-and-throughput",
    options: [
      { id: "batch", label: "Batch", points: 0 },
      { id: "async-user-visible", label: "Asynchronous, user sees the result later", points: 0 },
      { id: "interactive", label: "Interactive: a user waits", points: -1 },
      { id: "hot-path", label: "Hot path: high volume, tight latency budget", points: -2 },
    ],
  },
  {
    id: "outcome-ownership",
    dimension: "coordination",
    weight: 1.0,
    text: "At the hand-offs, does the initiating service need the result to decide what happens next?",
    help: "A service that just announces what happened doesn't care; one that must act on the outcome does.",
    article: "events-vs-commands",
    options: [
      {
        id: "producer-indifferent",
        label: "No: the producer doesn't care what others do",
        points: -2,
      },
      { id: "sometimes", label: "Sometimes", points: 0 },
      { id: "initiator-decides", label: "Yes: the initiator decides the next step", points: 2 },
    ],
  },
  {
    id: "observability",
    dimension: "operations",
    weight: 0.5,
    text: "How far does your observability reach across asynchronous boundaries?",
    help: "Can you follow one instance through queues and topics, not just through HTTP calls?",
    article: "seeing-the-flow",
    options: [
      { id: "none", label: "Logs per service only", points: 2 },
      { id: "correlation-ids", label: "Correlation IDs in logs", points: 1 },
      { id: "sync-tracing", label: "Distributed tracing over synchronous calls", points: 0 },
      {
        id: "async-tracing",
        label: "Tracing through message headers, plus per-flow business monitoring",
        points: -1,
      },
    ],
  },
  {
    id: "event-practices",
    dimension: "operations",
    weight: 0.5,
    text: "How mature are your event-driven practices?",
    help: "Idempotent consumers, dead-letter queues, retries, transactional outbox or CDC, a schema registry.",
    article: "event-driven-practices",
    options: [
      { id: "none", label: "None yet", points: 2 },
      { id: "basic-pubsub", label: "Basic publish/subscribe", points: 1 },
      {
        id: "idempotent-dlq",
        label: "Idempotent consumers, retries and dead-letter queues",
        points: -1,
      },
      {
        id: "outbox-schema-governance",
        label: "All that, plus outbox or CDC and schema governance",
        points: -2,
      },
    ],
  },
  {
    id: "workflow-engine",
    dimension: "operations",
    weight: 1.0,
    text: "Can you run or buy a durable workflow engine?",
    help: "Temporal, Camunda, Step Functions, Durable Functions and the like: self-hosted or managed.",
    article: "tool-map",
    options: [
      { id: "cannot-run", label: "No: we can't run or buy one", points: -2 },
      { id: "managed-available", label: "Yes, a managed service", points: 1 },
      { id: "can-self-host", label: "Yes, we can self-host one", points: 1 },
    ],
  },
  {
    id: "testing-release",
    dimension: "operations",
    weight: 0.5,
    text: "Can you test and release participants independently and still test the whole flow?",
    help: "Consumer-driven contract tests, independent deploys, and an end-to-end check of the flow.",
    article: "testing-and-releasing-flows",
    options: [
      { id: "unit-only", label: "Unit tests per service only", points: 1 },
      { id: "contract-tests", label: "Contract tests between services", points: 0 },
      {
        id: "contract-e2e-independent",
        label: "Contract and end-to-end tests, independent releases",
        points: -1,
      },
    ],
  },
  {
    id: "teams",
    dimension: "organisation",
    weight: 1.5,
    text: "How many teams of your organisation own services in this flow?",
    help: "Count your own teams. Vendors and partners count as participants, not teams.",
    article: "teams-and-ownership",
    options: [
      { id: "one", label: "One", points: 1 },
      { id: "two-three", label: "Two or three", points: 0 },
      { id: "four-six", label: "Four to six", points: -1 },
      { id: "seven-plus", label: "Seven or more", points: -2 },
    ],
  },
  {
    id: "end-to-end-owner",
    dimension: "organisation",
    weight: 1.0,
    text: "Is one team accountable for the end-to-end outcome and its SLA?",
    help: "Not for a service: for the business result of the whole flow.",
    article: "teams-and-ownership",
    options: [
      { id: "yes", label: "Yes", points: 2 },
      { id: "partial", label: "Partly", points: 0 },
      { id: "no", label: "No", points: -1 },
    ],
  },
  {
    id: "bounded-contexts",
    dimension: "organisation",
    weight: 1.5,
    text: "How many of your bounded contexts or business domains does the flow span?",
    help: "Count your own domains; partners' systems are participants.",
    article: "bounded-contexts",
    options: [
      { id: "one", label: "One", points: 2 },
      { id: "few-related", label: "A few closely related ones", points: 0 },
      { id: "many-independent", label: "Many independent ones", points: -2 },
    ],
  },
  {
    id: "platform",
    dimension: "context",
    weight: 0,
    text: "Where do the services run?",
    help: "Only used to suggest tools. It never changes the recommendation.",
    article: "kubernetes-is-not-your-workflow-orchestrator",
    options: [
      { id: "kubernetes", label: "Kubernetes", points: 0 },
      { id: "aws", label: "AWS", points: 0 },
      { id: "azure", label: "Azure", points: 0 },
      { id: "gcp", label: "Google Cloud", points: 0 },
      { id: "vms-on-prem", label: "VMs or on-premises", points: 0 },
      { id: "mixed", label: "A mix", points: 0 },
    ],
  },
  {
    id: "messaging",
    dimension: "context",
    weight: 0,
    text: "What messaging do you already run?",
    help: "Only used to suggest tools. It never changes the recommendation.",
    article: "tool-map",
    options: [
      { id: "none", label: "None", points: 0 },
      { id: "kafka", label: "Kafka", points: 0 },
      { id: "rabbitmq", label: "RabbitMQ", points: 0 },
      { id: "nats", label: "NATS", points: 0 },
      {
        id: "cloud-native",
        label: "Cloud-native (SQS/SNS, EventBridge, Service Bus, Pub/Sub)",
        points: 0,
      },
      { id: "other", label: "Something else", points: 0 },
    ],
  },
] as const;

export type Dimension = (typeof DIMENSIONS)[number]["id"];
export type ScoredDimension = Exclude<Dimension, "context">;
export type Question = (typeof QUESTIONS)[number];
export type QuestionId = Question["id"];
export type OptionOf<Q extends QuestionId> = Extract<Question, { id: Q }>["options"][number]["id"];
export type OptionId = Question["options"][number]["id"];

/** The answer value that means "Not sure / doesn't apply". */
export const UNSURE = "unsure" as const;
export type Unsure = typeof UNSURE;

/** An answer set: a missing question counts as `unsure`. */
export type Answers = { [Q in QuestionId]?: OptionOf<Q> | Unsure };

export const CONTEXT_QUESTION_IDS = ["platform", "messaging"] as const;
export type ContextQuestionId = (typeof CONTEXT_QUESTION_IDS)[number];
export type ScoredQuestionId = Exclude<QuestionId, ContextQuestionId>;

export const SCORED_DIMENSIONS: readonly ScoredDimension[] = [
  "topology",
  "coordination",
  "operations",
  "organisation",
];

const byId = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]));

/** The question with this id, or undefined for an unknown id. */
export function findQuestion(id: string): Question | undefined {
  return byId.get(id);
}

/** Whether a question counts toward the score (context questions never do). */
export function isScored(id: QuestionId): id is ScoredQuestionId {
  return !(CONTEXT_QUESTION_IDS as readonly string[]).includes(id);
}

export const SCORED_QUESTIONS = QUESTIONS.filter((q) => isScored(q.id));

/** Sum of the weights of every scored question: 18 in model 1. */
export const TOTAL_WEIGHT = SCORED_QUESTIONS.reduce((sum, q) => sum + q.weight, 0);

/** Points of an answer; `unsure`, a missing answer or an unknown option score 0. */
export function pointsOf(id: QuestionId, answer: string | undefined): number {
  const question = byId.get(id);
  const option = question?.options.find((o) => o.id === answer);
  return option ? option.points : 0;
}
