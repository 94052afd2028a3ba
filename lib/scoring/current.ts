/**
 * The current model's words, without any model's rules: what the questionnaire asks and what the
 * browser encodes a share code with. Light enough for the browser. When a new model becomes the
 * newest in `model.ts`, point this at its words (a test checks it).
 */
import type { ModelWords } from "./types";
import { WORDS_V2 } from "./model-2/words";

export const CURRENT_WORDS: ModelWords = WORDS_V2;

/** The current model's questions, in share-code order: what the questionnaire asks. */
export const QUESTIONS = CURRENT_WORDS.questions;
