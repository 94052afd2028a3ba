/**
 * How long the questionnaire takes, from what it asks: the words a reader reads (each question,
 * its help line, its options and the "not sure" choice) at an average silent reading rate, plus
 * time per question to decide. Pure; the questionnaire's intro states the range.
 */
import type { Question } from "../scoring/questions";

/**
 * Average silent reading rate of adults for English non-fiction, in words per minute: 238
 * (Brysbaert, "How many words do we read per minute? A review and meta-analysis of reading rate",
 * Journal of Memory and Language 109, 2019).
 */
export const READING_WPM = 238;

/**
 * Seconds to choose an answer once it is read, fewest and most. Our estimate (opinion, not a
 * measured figure): a fact the reader knows takes seconds; a question about their architecture
 * that needs thought, or a word with a colleague, takes half a minute.
 */
export const DECIDE_SECONDS = { fewest: 10, most: 25 } as const;

type Asked = Pick<Question, "text" | "help" | "options">;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * The words a reader meets for one question: its text, its help line, each option's label and
 * `unsureLabel`, the choice every question adds.
 *
 * @example
 * questionWords({ text: "How many teams?", help: "Count owners.", options: [{ id: "one", label: "One", points: 0 }] }, "Not sure") // → 8
 */
export function questionWords(question: Asked, unsureLabel: string): number {
  return (
    wordCount(question.text) +
    wordCount(question.help) +
    question.options.reduce((sum, option) => sum + wordCount(option.label), 0) +
    wordCount(unsureLabel)
  );
}

/**
 * The questionnaire's length, `{ words, fewest, most }` (minutes, whole): reading every word at
 * READING_WPM, plus DECIDE_SECONDS per question; `fewest` rounds down, `most` rounds up, and
 * neither is below 1.
 *
 * @example
 * estimateMinutes(QUESTIONS, "Not sure / doesn't apply") // → { words: 957, fewest: 7, most: 13 } (model 2)
 */
export function estimateMinutes(
  questions: readonly Asked[],
  unsureLabel: string,
): { words: number; fewest: number; most: number } {
  const words = questions.reduce((sum, q) => sum + questionWords(q, unsureLabel), 0);
  const reading = words / READING_WPM;
  return {
    words,
    fewest: Math.max(1, Math.floor(reading + (questions.length * DECIDE_SECONDS.fewest) / 60)),
    most: Math.max(1, Math.ceil(reading + (questions.length * DECIDE_SECONDS.most) / 60)),
  };
}
