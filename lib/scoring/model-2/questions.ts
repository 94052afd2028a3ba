/**
 * Model 2's questions: model 1's, in the same order, with the point and wording changes recorded in
 * CHANGELOG.md (model 2), then the appended option `requester-tracks` and the appended context
 * questions `volume` and `local-transaction`.
 */
import { QUESTIONS_V1 } from "../model-1/questions";
import type { Question, QuestionOption } from "../questions";

/** `visibility`'s appended option: the requester follows their own request. */
export const REQUESTER_TRACKS = {
  id: "requester-tracks",
  label: "The requester, following their own request (a status page or a push)",
  points: 1,
} as const;

/** Appended context question: peak start rate. Never scored; drives implementation and gates. */
export const VOLUME = {
  id: "volume",
  dimension: "context",
  weight: 0,
  text: "How many instances of this flow start per second at peak?",
  help: "Only used for how to build it: engines that persist every step are priced or rate-limited per step.",
  article: "latency-and-throughput",
  options: [
    { id: "under-1", label: "Under one a second", points: 0 },
    { id: "1-100", label: "1 to 100 a second", points: 0 },
    { id: "100-10k", label: "100 to 10,000 a second", points: 0 },
    { id: "over-10k", label: "Over 10,000 a second", points: 0 },
  ],
} as const;

/** Appended context question: could the invariant live in one local transaction? */
export const LOCAL_TRANSACTION = {
  id: "local-transaction",
  dimension: "context",
  weight: 0,
  text: "Could the steps that must succeed or fail together run inside one service, in one database transaction?",
  help: "Only used for how to build it: when they could, the simplest saga is none at all.",
  article: "sagas-and-compensation",
  options: [
    { id: "yes", label: "Yes, they could today", points: 0 },
    { id: "with-redesign", label: "Yes, if we redrew a service boundary", points: 0 },
    { id: "no", label: "No: they belong to different services or companies", points: 0 },
  ],
} as const;

/** How a later model restates one question of an earlier one (model 3 uses it too). */
export type QuestionChange = {
  text?: string;
  help?: string;
  /** New points by option id; options not named keep model 1's. */
  points?: Record<string, number>;
  labels?: Record<string, string>;
  append?: readonly QuestionOption[];
};

/** Every change from model 1, by question (reasons in CHANGELOG.md, model 2). */
const CHANGES: Record<string, QuestionChange> = {
  participants: {
    help: "Count the services that must act for the flow's outcome, partners' systems included. Leave out reactions nobody waits for (notifications, analytics): the side-effects question counts those.",
  },
  "side-effects": {
    help: "Notifications, analytics, search indexing, CRM updates: reactions that don't change the outcome and that nobody waits for. They shape what the flow publishes, not how its core is coordinated.",
    points: { none: 0, "one-or-two": 0, several: 0, "many-growing": 0 },
  },
  visibility: {
    help: "\u201cWhere is order X?\u201d for support, stuck-instance detection, SLA reports, audit evidence, or the requester following their own request.",
    append: [REQUESTER_TRACKS],
  },
  latency: {
    help: "Is a user or a high-volume caller waiting on the whole flow to finish? This shapes how to build it, not which style.",
    points: { batch: 0, "async-user-visible": 0, interactive: 0, "hot-path": 0 },
  },
  "workflow-engine": {
    text: "Can you run or buy durable execution: an engine, a managed service, or a library in your own service?",
    help: "Temporal, Restate, DBOS, Step Functions, Lambda durable functions, Durable Functions, Camunda and the like: managed, self-hosted, or a library inside the service.",
    points: { "cannot-run": -1, "managed-available": 0, "can-self-host": 0 },
    labels: {
      "cannot-run": "No: none of these is possible for us",
      "can-self-host": "Yes, we can self-host one or embed a library",
    },
  },
};

/**
 * A question with a change applied: new text, help, labels and points by option id, and appended
 * options at the end (the ids and order of the existing options never change).
 */
export function applyChange(question: Question, change: QuestionChange | undefined): Question {
  if (!change) return question;
  return {
    ...question,
    text: change.text ?? question.text,
    help: change.help ?? question.help,
    options: [
      ...question.options.map((o) => ({
        ...o,
        label: change.labels?.[o.id] ?? o.label,
        points: change.points?.[o.id] ?? o.points,
      })),
      ...(change.append ?? []),
    ],
  };
}

/** Model 2's questions in share-code order: model 1's 19 (changed as above), then 2 appended. */
export const QUESTIONS_V2: readonly Question[] = [
  ...(QUESTIONS_V1 as readonly Question[]).map((q) => applyChange(q, CHANGES[q.id])),
  VOLUME,
  LOCAL_TRANSACTION,
];
