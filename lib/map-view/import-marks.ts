/**
 * The "imported, check" marks of MAP.md §11: which answers of the editor's draft came from an
 * import and still wait for the person to look at them. Editor state beside the draft, never part
 * of the map or its code. Pure: the editor's store, the /map page and the no-JavaScript routes
 * share it.
 *
 * Invariants:
 * - a mark is keyed by the hand-off's row key (stable across moves), not its position, and holds
 *   the value the import gave the answer;
 * - a mark lasts while its row exists and the answer still equals that value: changing the answer
 *   ends it (with or without JavaScript, where only the submitted values are known), and so does
 *   confirming it; an ended mark never comes back.
 */
import { LIMITS } from "../map/defaults";
import { importedQuestions } from "../map/import/form";
import { HANDOFF_QUESTIONS, type HandoffQuestionId } from "../map/types";
import { fieldName, type MapDraft } from "./draft";

/** Per hand-off row key: the imported questions and the value the import gave each. */
export type ImportMarks = Readonly<Record<string, Partial<Record<HandoffQuestionId, string>>>>;

/** One marked answer, in the form's order. */
export interface ImportMark {
  key: string;
  question: HandoffQuestionId;
}

/** The no-JavaScript form's button that confirms one mark; its value is `<row key>.<question>`. */
export const CONFIRM_FIELD = "confirm";

const QUESTION_IDS = HANDOFF_QUESTIONS.map((q) => q.id);

/** The hidden field that carries a mark through the no-JavaScript form, e.g. `h.2.imported.current`. */
export const markField = (index: number, question: HandoffQuestionId) =>
  fieldName("h", index, `imported.${question}`);

/**
 * The marks of a freshly imported draft: every answer path the import set (`imported`, e.g.
 * `handoffs[2].answers.current`), with the value the draft holds for it. "Who waits" is marked
 * too on a hand-off sent by a person or a client when the import left it to the form's default
 * (issue 22 review 3 M4): a person's or a UI's own request is where "Sender" or "Nobody" most
 * often misreads who waits (the user does), and the default then drives the result unnoticed.
 *
 * @example
 * const result = importMermaid("sequenceDiagram\nA->>B: Reserve stock");
 * if (result.ok) marksOfImport(importedDraft(result), result.imported); // → { h1: { current: "call" } }
 */
export function marksOfImport(draft: MapDraft, imported: readonly string[]): ImportMarks {
  const marks: Record<string, Partial<Record<HandoffQuestionId, string>>> = {};
  const waits = new Set(defaultWaits(draft, imported));
  draft.handoffs.forEach((h, i) => {
    const questions = importedQuestions(imported, i);
    if (waits.has(i)) questions.push("wait");
    if (questions.length)
      marks[h.key] = Object.fromEntries(
        QUESTION_IDS.filter((q) => questions.includes(q)).map((q) => [q, h.answers[q]]),
      );
  });
  return marks;
}

/**
 * The rows (0-based) whose "Who waits" `marksOfImport` marks although the import did not set it:
 * hand-offs sent by a person or a client.
 *
 * @example
 * defaultWaits(importedDraft(importMermaid("sequenceDiagram\nactor U\nU->>O: Order")), []) // → [0]
 */
export function defaultWaits(draft: MapDraft, imported: readonly string[]): number[] {
  const kind = new Map(draft.participants.map((p) => [p.key, p.kind]));
  return draft.handoffs.flatMap((h, i) => {
    const sender = kind.get(h.from);
    return (sender === "person" || sender === "client") &&
      !importedQuestions(imported, i).includes("wait")
      ? [i]
      : [];
  });
}

/**
 * The sentence of an import's status on the marks (issue 22 review 3 M4): how many answers the
 * import set, and how many "Who waits" defaults are marked beside them.
 *
 * @example
 * markedSentence(3, 1) // → "3 answers came from the import, and 1 “Who waits” on a hand-off a person or client sends is the form's default: each is marked “Imported, check”; change or confirm each."
 */
export function markedSentence(fromImport: number, defaults: number): string {
  const set = `${fromImport} ${fromImport === 1 ? "answer" : "answers"} came from the import`;
  const more = defaults
    ? `, and ${defaults} “Who waits” on ${defaults === 1 ? "a hand-off" : "hand-offs"} a person or client sends ${defaults === 1 ? "is" : "are"} the form's default`
    : "";
  const each = fromImport + defaults === 1 ? "it is" : "each is";
  const it = fromImport + defaults === 1 ? "it" : "each";
  return `${set}${more}: ${each} marked “Imported, check”; change or confirm ${it}.`;
}

/**
 * The marks that still hold for `draft`: rows that exist, answers unchanged since the import.
 * Every change to the draft passes through here, which is how changing an answer clears its mark.
 */
export function openMarks(marks: ImportMarks, draft: MapDraft): ImportMarks {
  const open: Record<string, Partial<Record<HandoffQuestionId, string>>> = {};
  for (const h of draft.handoffs) {
    const row = marks[h.key];
    if (!row) continue;
    const kept = QUESTION_IDS.filter((q) => row[q] !== undefined && row[q] === h.answers[q]);
    if (kept.length) open[h.key] = Object.fromEntries(kept.map((q) => [q, row[q]]));
  }
  return open;
}

/** Whether the answer to `question` of row `key` is still marked "imported, check". */
export function isMarked(marks: ImportMarks, key: string, question: HandoffQuestionId): boolean {
  return marks[key]?.[question] !== undefined;
}

/** The marked answers in the form's order (hand-offs, then questions); `[0]` is the first to check. */
export function markList(marks: ImportMarks, draft: MapDraft): ImportMark[] {
  return draft.handoffs.flatMap((h) =>
    QUESTION_IDS.filter((q) => isMarked(marks, h.key, q)).map((question) => ({
      key: h.key,
      question,
    })),
  );
}

/**
 * The marked answer to check after the one at (`key`, `question`), in the form's order, wrapping
 * round to the first; undefined when none is left (issue 22 review 3 M5: after "Confirm", focus
 * moves on to the next tag). The answer at (`key`, `question`) itself is never the next.
 *
 * @example
 * nextMark({ h1: { current: "call" }, h2: { wait: "no-wait" } }, draft, "h1", "current")
 * // → { key: "h2", question: "wait" }
 */
export function nextMark(
  marks: ImportMarks,
  draft: MapDraft,
  key: string,
  question: HandoffQuestionId,
): ImportMark | undefined {
  const list = markList(marks, draft).filter((m) => m.key !== key || m.question !== question);
  const row = draft.handoffs.findIndex((h) => h.key === key);
  const place = (m: ImportMark) =>
    draft.handoffs.findIndex((h) => h.key === m.key) * QUESTION_IDS.length +
    QUESTION_IDS.indexOf(m.question);
  const here = row * QUESTION_IDS.length + QUESTION_IDS.indexOf(question);
  return list.find((m) => place(m) > here) ?? list[0];
}

/** The marks without one: the person confirmed that answer as it is. */
export function confirmMark(
  marks: ImportMarks,
  key: string,
  question: HandoffQuestionId,
): ImportMarks {
  const row = marks[key];
  if (row?.[question] === undefined) return marks;
  const rest = Object.fromEntries(Object.entries(row).filter(([q]) => q !== question));
  const next = Object.fromEntries(Object.entries(marks).filter(([k]) => k !== key));
  return Object.keys(rest).length ? { ...next, [key]: rest } : next;
}

/**
 * Whatever is in storage as marks: unknown questions, non-string values and extra rows dropped.
 * Check the result against the draft with `openMarks`.
 */
export function sanitiseMarks(raw: unknown): ImportMarks {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return {};
  const marks: Record<string, Partial<Record<HandoffQuestionId, string>>> = {};
  for (const [key, row] of Object.entries(raw).slice(0, LIMITS.handoffs.max)) {
    if (row === null || typeof row !== "object") continue;
    const kept = QUESTION_IDS.filter(
      (q) => typeof (row as Record<string, unknown>)[q] === "string",
    ).map((q) => [q, ((row as Record<string, string>)[q] ?? "").slice(0, 24)]);
    if (kept.length) marks[key.slice(0, 8)] = Object.fromEntries(kept);
  }
  return marks;
}

/** `params` (a draft's form fields, see draftToParams) with the marks added as hidden fields. */
export function marksToParams(
  marks: ImportMarks,
  draft: MapDraft,
  params: URLSearchParams,
): URLSearchParams {
  draft.handoffs.forEach((h, i) => {
    for (const q of QUESTION_IDS) {
      const value = marks[h.key]?.[q];
      if (value !== undefined) params.set(markField(i, q), value);
    }
  });
  return params;
}

/**
 * The marks a submitted no-JavaScript form carries, for the draft it became (draftFromParams): read
 * by each row's submitted key, so added, removed and moved rows keep theirs; a `confirm` button
 * ends one; answers submitted with another value end theirs.
 */
export function marksFromParams(params: URLSearchParams, draft: MapDraft): ImportMarks {
  let marks: ImportMarks = {};
  for (let i = 0; i < LIMITS.handoffs.max && params.has(fieldName("h", i, "key")); i++) {
    const key = params.get(fieldName("h", i, "key")) ?? "";
    const row = Object.fromEntries(
      QUESTION_IDS.flatMap((q) => {
        const value = params.get(markField(i, q));
        return value === null ? [] : [[q, value]];
      }),
    );
    if (key && Object.keys(row).length) marks = { ...marks, [key]: row };
  }
  const [key, question] = (params.get(CONFIRM_FIELD) ?? "").split(".");
  if (key && QUESTION_IDS.includes(question as HandoffQuestionId))
    marks = confirmMark(marks, key, question as HandoffQuestionId);
  return openMarks(sanitiseMarks(marks), draft);
}

/** The query field that carries one line of the no-JavaScript import's report to the editor. */
export const IMPORT_NOTE_FIELD = "import-note";
/** At most this many report lines travel, each cut to `NOTE_LENGTH` characters: the URL stays short. */
const MAX_NOTES = 12;
const NOTE_LENGTH = 400;

/**
 * Adds an import's report (what it imported or kept, then its notes) to the editor's query, as
 * repeated `import-note` fields: the no-JavaScript import (/map/import) redirects there, and the
 * editor shows them as the JavaScript import does (new-user review 4, N11). At most 12 lines of
 * 400 characters; a longer report ends with a line that says how many were left out.
 *
 * @example
 * withImportReport(new URLSearchParams(), ["Imported 3 participants."]).toString()
 * // → "import-note=Imported+3+participants."
 */
export function withImportReport(
  params: URLSearchParams,
  lines: readonly string[],
): URLSearchParams {
  const kept = lines.length > MAX_NOTES ? lines.slice(0, MAX_NOTES - 1) : lines;
  for (const line of kept) params.append(IMPORT_NOTE_FIELD, capped(line));
  if (kept.length < lines.length)
    params.append(IMPORT_NOTE_FIELD, `… and ${lines.length - kept.length} more notes.`);
  return params;
}

/** A line cut to `NOTE_LENGTH` code points (never half an emoji), ending in "…" when cut. */
function capped(line: string): string {
  const points = [...line];
  return points.length > NOTE_LENGTH ? `${points.slice(0, NOTE_LENGTH - 1).join("")}…` : line;
}

/**
 * The import report lines of the editor's `import-note` query value (withImportReport's, as the
 * page's search params give it: one string, several, or none): at most 12, each capped as above,
 * whatever a hand-made query holds.
 */
export function importReportLines(value: string | readonly string[] | undefined): string[] {
  const lines = value === undefined ? [] : typeof value === "string" ? [value] : value;
  return lines.slice(0, MAX_NOTES).map(capped);
}
