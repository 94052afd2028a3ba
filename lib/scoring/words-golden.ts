import type { ModelWords } from "./types";

/**
 * The words of one model as plain JSON: the `ModelWords` part of a model (questions with their
 * option labels and points, names, labels, gates, hybrid patterns, forms, notes, verdict rules),
 * without its rules or thresholds. What `scripts/record-words-golden.ts` records and
 * `words-golden.test.ts` compares; functions, if a definition ever carries one, drop out as
 * `JSON.stringify` drops them.
 */
export function wordsOf(words: ModelWords): unknown {
  const {
    version,
    questions,
    questionNames,
    questionLabels,
    gates,
    hybridPatterns,
    implementations,
    notes,
    verdictRules,
  } = words;
  return JSON.parse(
    JSON.stringify({
      version,
      questions,
      questionNames,
      questionLabels,
      gates,
      hybridPatterns,
      implementations,
      notes,
      verdictRules,
    }),
  );
}
