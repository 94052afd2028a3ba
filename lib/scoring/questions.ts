/**
 * The question catalogue: dimensions, ids, option ids and the types every model shares.
 *
 * Compatibility rules (share codes, the API, the CLI and saved answers depend on them):
 * - Never rename or reorder a question or an option. Share codes pack answers by position.
 * - Append only: a new question goes at the end, a new option at the end of its question,
 *   and either one needs a new model version (see CHANGELOG.md) so old codes keep their meaning.
 * - `unsure` is implicit on every question; it scores 0 and is never listed.
 * - Positive points pull toward orchestration, negative toward choreography.
 *
 * Points, weights and wording belong to a model version: `model-1/questions.ts` (frozen) and
 * `model-2/questions.ts` and `model-3/questions.ts`.
 */
import type { QUESTIONS_V1 } from "./model-1/questions";
import type { LOCAL_TRANSACTION, REQUESTER_TRACKS, VOLUME } from "./model-2/questions";
import type { DUAL_PATH, WAITS_FOR_PEOPLE } from "./model-3/questions";

/**
 * The current model's questions, in share-code order: what the questionnaire asks. A light import
 * (data only) for the browser; `CURRENT_MODEL.questions` is the same list (a test checks it).
 */
export { QUESTIONS_V3 as QUESTIONS } from "./model-3/questions";

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

type V1Question = (typeof QUESTIONS_V1)[number];
type V1QuestionId = V1Question["id"];
type V1OptionOf<Q extends V1QuestionId> = Extract<V1Question, { id: Q }>["options"][number]["id"];

/** Every question id of every model, in share-code order. */
export type QuestionId =
  V1QuestionId | typeof VOLUME.id | typeof LOCAL_TRANSACTION.id | typeof DUAL_PATH.id;

/**
 * The option ids of a question, across every model (model 2 appended `requester-tracks`, model 3
 * `waits-for-people`).
 */
export type OptionOf<Q extends QuestionId> = Q extends V1QuestionId
  ? | V1OptionOf<Q>
    | (Q extends "visibility" ? typeof REQUESTER_TRACKS.id : never)
    | (Q extends "duration" ? typeof WAITS_FOR_PEOPLE.id : never)
  : Q extends typeof VOLUME.id
    ? (typeof VOLUME.options)[number]["id"]
    : Q extends typeof LOCAL_TRANSACTION.id
      ? (typeof LOCAL_TRANSACTION.options)[number]["id"]
      : (typeof DUAL_PATH.options)[number]["id"];

export type OptionId = { [Q in QuestionId]: OptionOf<Q> }[QuestionId];

/** One answer option of a question, with its points in one model. */
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

/** The answer value that means "Not sure / doesn't apply". */
export const UNSURE = "unsure" as const;
export type Unsure = typeof UNSURE;

/** An answer set: a missing question counts as `unsure`. */
export type Answers = { [Q in QuestionId]?: OptionOf<Q> | Unsure };

/** Questions asked for tools, notes and how to build it, and never scored, in any model. */
export const CONTEXT_QUESTION_IDS = [
  "platform",
  "messaging",
  "volume",
  "local-transaction",
  "dual-path",
] as const;
export type ContextQuestionId = (typeof CONTEXT_QUESTION_IDS)[number];
export type ScoredQuestionId = Exclude<QuestionId, ContextQuestionId>;

export const SCORED_DIMENSIONS: readonly ScoredDimension[] = [
  "topology",
  "coordination",
  "operations",
  "organisation",
];

/** Whether a question counts toward the score (context questions never do). */
export function isScored(id: QuestionId): id is ScoredQuestionId {
  return !(CONTEXT_QUESTION_IDS as readonly string[]).includes(id);
}

/**
 * Points of an answer in a question list; `unsure`, a missing answer, an unknown option or a
 * question the list doesn't have score 0.
 *
 * @example
 * pointsIn(MODEL_V1.questions, "teams", "one") // → 1
 */
export function pointsOfAnswer(
  questions: readonly Question[],
  id: QuestionId,
  answer: string | undefined,
): number {
  const option = questions.find((q) => q.id === id)?.options.find((o) => o.id === answer);
  return option ? option.points : 0;
}
