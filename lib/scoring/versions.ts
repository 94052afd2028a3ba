/**
 * The question lists of every model version, without their rules: what the share codec needs to
 * pack and unpack answers. Light enough for the browser (the questionnaire encodes its result
 * link); `model.ts` holds the full models, and a test keeps the two in step.
 */
import { QUESTIONS_V1 } from "./model-1/questions";
import { QUESTIONS_V2 } from "./model-2/questions";
import { QUESTIONS_V3 } from "./model-3/questions";
import type { Question } from "./questions";

/** A model version as the share codec sees it: its number and its questions in code order. */
export interface QuestionSet {
  readonly version: number;
  readonly questions: readonly Question[];
}

/** Every released version's questions, by version. Never remove one. */
export const QUESTION_SETS: Readonly<Record<number, QuestionSet>> = {
  1: { version: 1, questions: QUESTIONS_V1 as readonly Question[] },
  2: { version: 2, questions: QUESTIONS_V2 },
  3: { version: 3, questions: QUESTIONS_V3 },
};

/** The version new codes are made with (the current model). */
export const CURRENT_QUESTION_SET: QuestionSet = QUESTION_SETS[3]!;

/** The question set of a version, or undefined when this build doesn't know it. */
export function questionSetFor(version: number): QuestionSet | undefined {
  return Object.hasOwn(QUESTION_SETS, version) ? QUESTION_SETS[version] : undefined;
}
