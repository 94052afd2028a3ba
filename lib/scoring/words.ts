/**
 * How a model version states its words as changes to an earlier version's (model 2 restates
 * model 1's gates and hybrid patterns this way), so each version writes down only what it changed.
 */
import type { Question } from "./questions";
import type { ModelWords } from "./types";

/** Rewordings by id: each entry names only the fields it changes. */
export type Changes<T extends { id: string }> = Partial<Record<T["id"], Partial<Omit<T, "id">>>>;

/**
 * An earlier version's definitions with some fields reworded, in the same order.
 *
 * @example
 * restate([{ id: "a", title: "Old" }, { id: "b", title: "B" }], { a: { title: "New" } })
 * // → [{ id: "a", title: "New" }, { id: "b", title: "B" }]
 */
export function restate<T extends { id: string }>(base: readonly T[], changes: Changes<T>): T[] {
  return base.map((item) => ({ ...item, ...changes[item.id as T["id"]] }));
}

/**
 * A question as a model version asks it, or undefined when that version doesn't ask it.
 *
 * @example
 * questionIn(MODEL_V1, "volume") // → undefined (model 2 added it)
 */
export function questionIn(words: Pick<ModelWords, "questions">, id: string): Question | undefined {
  return words.questions.find((q) => q.id === id);
}
