/**
 * Model 3's questions: model 2's, in the same order, with the changes recorded in CHANGELOG.md
 * (model 3): the readiness answers score 0, `duration` gains the appended option
 * `waits-for-people`, and the context question `dual-path` is appended.
 */
import { QUESTIONS_V2, applyChange, type QuestionChange } from "../model-2/questions";
import type { Question } from "../questions";

/**
 * `duration`'s appended option: a person acts, within minutes or hours. Model 2 had only "Days or
 * more, or waits for people", so a five-minute approval read as days (audit fault 7).
 */
export const WAITS_FOR_PEOPLE = {
  id: "waits-for-people",
  label: "A person acts, within minutes or hours",
  points: 2,
} as const;

/**
 * Appended context question: will the same flow run both event-driven and on an engine for a
 * while (a migration with a fallback, or a parallel run)? Unanswered reads "no"; never scored.
 */
export const DUAL_PATH = {
  id: "dual-path",
  dimension: "context",
  weight: 0,
  text: "Will this flow run both event-driven and on an engine for a while, for example during a migration?",
  help: "The old path kept as a fallback while the new one takes traffic, or both run side by side to compare. Not scored: it adds a warning about keeping two implementations of one flow.",
  article: "testing-and-releasing-flows",
  options: [
    { id: "no", label: "No: one implementation", points: 0 },
    { id: "yes", label: "Yes: both run while we migrate", points: 0 },
  ],
} as const;

/** The readiness questions: what a team can run and observe today (audit fault 4). */
export const READINESS_QUESTION_IDS = [
  "observability",
  "event-practices",
  "workflow-engine",
  "testing-release",
] as const;

const READINESS_HELP = " It shapes how to build it, the warnings and the tools, never which style.";

const zero = (question: Question): Record<string, number> =>
  Object.fromEntries(question.options.map((o) => [o.id, 0]));

/** Every change from model 2, by question (reasons in CHANGELOG.md, model 3). */
function changeOf(question: Question): QuestionChange | undefined {
  if ((READINESS_QUESTION_IDS as readonly string[]).includes(question.id))
    return { help: question.help + READINESS_HELP, points: zero(question) };
  if (question.id === "duration")
    return {
      labels: { "days-or-human": "Days or more, often waiting on people or partners" },
      append: [WAITS_FOR_PEOPLE],
    };
  return undefined;
}

/** Model 3's questions in share-code order: model 2's 21 (changed as above), then `dual-path`. */
export const QUESTIONS_V3: readonly Question[] = [
  ...QUESTIONS_V2.map((q) => applyChange(q, changeOf(q))),
  DUAL_PATH,
];
