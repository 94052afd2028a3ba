/**
 * Small wording helpers the models' rule sentences share. The sentences themselves live with each
 * model version (`model-1/reason.ts`, `model-2/reason.ts`); presentation wording lives in
 * `lib/result/wording.ts`.
 */
import type { QuestionId } from "./questions";
import type { ModelWords } from "./types";

/**
 * A signed number as people read scores: "+8.5", "−6", "0" (true minus sign, at most one decimal).
 *
 * @example
 * formatSigned(-6) // → "−6"
 */
export function formatSigned(n: number): string {
  const digits = unsignedPoints(n);
  if (digits === "0") return "0";
  return `${n > 0 ? "+" : "\u2212"}${digits}`;
}

/**
 * |n| rounded half away from zero to one decimal, without a trailing ".0": "2", "1.5".
 *
 * @example
 * unsignedPoints(-2.45) // → "2.5"
 */
export function unsignedPoints(n: number): string {
  const tenths = Math.round(Math.abs(n) * 10);
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

/**
 * A question's name inside a sentence, in a model's words ("the number of teams"); its id when
 * the model names it nowhere.
 *
 * @example
 * questionName(MODEL_V1, "teams") // → "the number of teams"
 */
export function questionName(words: Pick<ModelWords, "questionNames">, id: QuestionId): string {
  return words.questionNames[id] ?? id;
}

/**
 * "the number of teams (“Seven or more”)": a question and its answer's label in one model.
 * `unsure` reads "not answered".
 */
export function answerPhrase(
  words: Pick<ModelWords, "questions" | "questionNames">,
  id: QuestionId,
  answer: string,
): string {
  const label = words.questions
    .find((q) => q.id === id)
    ?.options.find((o) => o.id === answer)?.label;
  return `${questionName(words, id)} (${label ? `\u201c${label}\u201d` : "not answered"})`;
}

/** "a", "a and b", "a, b and c". */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
