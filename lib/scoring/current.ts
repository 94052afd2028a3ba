/**
 * The current model's questions and version, without any model's rules or other words: what the
 * questionnaire asks and what the browser encodes a share code with. Light enough for the browser.
 * When a newer model is added to `model.ts`, point this at its questions (a test checks it).
 */
import { QUESTIONS_V3 } from "./model-3/questions";
import type { ModelWords } from "./types";

/** The current model as the share code and the questionnaire see it. */
export const CURRENT_QUESTION_SET: Pick<ModelWords, "version" | "questions"> = {
  version: 3,
  questions: QUESTIONS_V3,
};

/** The current model's questions, in share-code order: what the questionnaire asks. */
export const QUESTIONS = CURRENT_QUESTION_SET.questions;
