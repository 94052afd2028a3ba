/**
 * How a tab answers a change another tab saved. Pure, so the rule is tested without a browser;
 * use-other-tabs.ts applies it.
 *
 * The rule: a tab whose answers are its own work (typed here, restored from this tab's copy, or
 * opened from a share link) is never changed by another tab; it says what changed and lets the
 * person choose. A tab holding nothing, or only what it took from another tab unchanged, follows
 * the other tab, since nothing of its own is lost.
 */
import type { SavedAnswers } from "./answers-store";

/** True when both hold the same flow name and the same answers. */
export function sameAnswers(a: SavedAnswers, b: SavedAnswers): boolean {
  const left = a.answers as Record<string, string | undefined>;
  const right = b.answers as Record<string, string | undefined>;
  const ids = new Set([...Object.keys(left), ...Object.keys(right)]);
  return a.flow === b.flow && [...ids].every((id) => left[id] === right[id]);
}

/**
 * What to do when another tab saved `theirs` while this tab shows `mine`. `borrowed` is what this
 * tab last took from another tab (restored from it or followed), or null when its answers are its
 * own.
 *
 * @example
 * otherTabChange({ answers: {}, flow: "" }, { answers: { teams: "one" }, flow: "" }, null) // → "follow"
 * otherTabChange({ answers: { teams: "two-three" }, flow: "" }, theirs, null) // → "ask"
 */
export function otherTabChange(
  mine: SavedAnswers,
  theirs: SavedAnswers,
  borrowed: SavedAnswers | null,
): "ignore" | "follow" | "ask" {
  if (sameAnswers(mine, theirs)) return "ignore";
  const empty = mine.flow === "" && Object.keys(mine.answers).length === 0;
  if (empty || (borrowed !== null && sameAnswers(mine, borrowed))) return "follow";
  return "ask";
}
