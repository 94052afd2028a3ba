/**
 * Whether opening a share code for editing would overwrite different work saved in this browser,
 * and the backup that makes a replacement undoable. The browser-only parts take a Storage so tests
 * can pass their own.
 */
import { QUESTIONS } from "@/lib/scoring/current";
import { UNSURE } from "@/lib/scoring/questions";
import {
  ANSWERS_STORAGE_KEY,
  migrateAnswers,
  type PersistedAnswers,
  type SavedAnswers,
} from "./answers-store";

/** Where the answers a share code replaced are kept, so "Undo" can bring them back. */
export const REPLACED_ANSWERS_KEY = "baton:answers:replaced";

/**
 * The answers saved in `storage` (a persist envelope `{ state, version }` under
 * ANSWERS_STORAGE_KEY), cleaned, with the id of the tab that saved them; undefined when there are
 * none or storage can't be read.
 */
export function readSavedAnswers(storage: {
  getItem: (key: string) => unknown;
}): PersistedAnswers | undefined {
  try {
    const raw = storage.getItem(ANSWERS_STORAGE_KEY);
    if (typeof raw !== "string" || !raw) return undefined;
    const envelope = JSON.parse(raw) as { state?: unknown; version?: unknown };
    return migrateAnswers(
      envelope?.state,
      typeof envelope?.version === "number" ? envelope.version : 0,
    );
  } catch {
    return undefined;
  }
}

/**
 * True when `saved` holds work (an answer other than "Not sure", or a flow name) that differs from
 * the share code's answers. Unanswered counts as "Not sure" on both sides, as the code does.
 *
 * @example
 * differsFromCode({ answers: { teams: "one" }, flow: "" }, { answers: { teams: "unsure" }, flow: "" }) // → true
 * differsFromCode({ answers: {}, flow: "" }, anyCodeAnswers) // → false (nothing to lose)
 */
export function differsFromCode(saved: SavedAnswers, code: SavedAnswers): boolean {
  const given = saved.answers as Record<string, string | undefined>;
  const fromCode = code.answers as Record<string, string | undefined>;
  const hasWork =
    saved.flow.trim() !== "" || QUESTIONS.some((q) => (given[q.id] ?? UNSURE) !== UNSURE);
  if (!hasWork) return false;
  if (saved.flow.trim() !== code.flow.trim()) return true;
  return QUESTIONS.some((q) => (given[q.id] ?? UNSURE) !== (fromCode[q.id] ?? UNSURE));
}
