/**
 * Importing again into a form that already holds a map (issue 22, review 3 H1): the diagram changes
 * over a system's life, the review work done in the form must not. Pure: the editor and tests share
 * it.
 *
 * Rules (what is kept, what the import decides):
 * - the map's name and its map-level answers are the form's; the import only fills what the form
 *   leaves empty or "Not sure" (no importer sets a map-level answer);
 * - the rows, their order, names, labels and triggers are the import's: the diagram is the source;
 * - a participant whose id (a slug of its name, the importers' rule) equals an imported one keeps
 *   its kind, team and domain;
 * - a hand-off with the same from, to (by participant id) and label as an imported one keeps the
 *   person's answers to every question the import did not set, and every answer the person
 *   changed or confirmed (new user review 4, N4); the other answers the import did set (its
 *   `imported` paths) win, and are marked "imported, check" where they differ from the kept
 *   answer, or where the kept answer was itself still marked;
 * - after those, a hand-off left over on each side with the same from and to, that pair left once
 *   on each side, is the same hand-off relabelled: it keeps the answers the same way and takes the
 *   diagram's label (the status says how many);
 * - rows of the form without a name (participants) or a label (hand-offs) never match.
 * Merging into a form with no map gives `importedDraft`; merging the same import twice changes
 * nothing.
 */
import { importedDraft, importedQuestions } from "../map/import/form";
import {
  HANDOFF_QUESTIONS,
  MAP_LEVEL_QUESTIONS,
  type HandoffQuestionId,
  type MapJson,
} from "../map/types";
import { draftToMap, withDefaults, type DraftHandoff, type MapDraft } from "./draft";
import { markedSentence, marksOfImport, openMarks, type ImportMarks } from "./import-marks";

/** What a merge kept, for the import's status line. */
export interface MergeCounts {
  /** Imported hand-offs that matched one of the form's and kept its answers. */
  keptHandoffs: number;
  /** Imported participants that matched one of the form's and kept its kind, team and domain. */
  keptParticipants: number;
  /** Imported hand-offs with no match in the form. */
  newHandoffs: number;
  /** The form's hand-offs (with a label) that the import no longer has: dropped. */
  droppedHandoffs: number;
  /**
   * Of `keptHandoffs`, those matched by from and to alone, their labels differing: they take the
   * diagram's label and keep the person's answers.
   */
  relabelledHandoffs: number;
}

export interface MergedImport {
  draft: MapDraft;
  marks: ImportMarks;
  counts: MergeCounts;
}

const UNSURE = "unsure";
const QUESTION_IDS = HANDOFF_QUESTIONS.map((q) => q.id);

/** Whether the form holds anything an import could overwrite: a name, a participant or a label. */
export function draftHasMap(draft: MapDraft): boolean {
  return (
    draft.name.trim() !== "" ||
    draft.participants.some((p) => p.name.trim() !== "") ||
    draft.handoffs.some((h) => h.label.trim() !== "")
  );
}

/**
 * An import merged into the form's draft (rules above). `marks` are the form's open marks; the
 * result's marks are the import's, on the merged draft.
 *
 * @example
 * const r = importMermaid("sequenceDiagram\nA->>B: Reserve stock");
 * if (r.ok) mergeImport(emptyDraft(), {}, r).draft; // deep-equals importedDraft(r)
 */
export function mergeImport(
  current: MapDraft,
  marks: ImportMarks,
  result: { map: MapJson; imported: readonly string[] },
): MergedImport {
  const fresh = importedDraft(result);
  const freshMarks = marksOfImport(fresh, result.imported);
  // The form's ids as the map it would submit: the id a row came with, else a slug of its name.
  const currentMap = draftToMap(current);
  const participantById = new Map<string, (typeof current.participants)[number]>();
  current.participants.forEach((p, i) => {
    const id = currentMap.participants[i]!.id;
    if (p.name.trim() && !participantById.has(id)) participantById.set(id, p);
  });
  let keptParticipants = 0;
  const participants = fresh.participants.map((p) => {
    const old = participantById.get(p.id);
    if (!old) return p;
    keptParticipants++;
    return { ...p, kind: old.kind, team: old.team, domain: old.domain };
  });

  // Each of the form's hand-offs matches at most one imported hand-off: first by from, to and
  // label, in flow order; then, among those left, by from and to alone where that pair is left
  // once on each side (a hand-off relabelled in the diagram or in the form: new user review 4, N4).
  const unmatched = current.handoffs
    .map((h, i) => ({ h, m: currentMap.handoffs[i]! }))
    .filter(({ h }) => h.label.trim() !== "");
  const droppedBefore = unmatched.length;
  const matchOf: (DraftHandoff | undefined)[] = result.map.handoffs.map((source) => {
    const at = unmatched.findIndex(
      ({ m }) => m.from === source.from && m.to === source.to && m.label === source.label.trim(),
    );
    return at < 0 ? undefined : unmatched.splice(at, 1)[0]!.h;
  });
  const pair = (from: string, to: string) => `${from}\u0000${to}`;
  const leftInForm = new Map<string, number[]>();
  unmatched.forEach(({ m }, at) => {
    const key = pair(m.from, m.to);
    leftInForm.set(key, [...(leftInForm.get(key) ?? []), at]);
  });
  const leftInImport = new Map<string, number>();
  result.map.handoffs.forEach((source, i) => {
    if (matchOf[i]) return;
    const key = pair(source.from, source.to);
    leftInImport.set(key, (leftInImport.get(key) ?? 0) + 1);
  });
  let relabelledHandoffs = 0;
  result.map.handoffs.forEach((source, i) => {
    if (matchOf[i]) return;
    const key = pair(source.from, source.to);
    const candidates = leftInForm.get(key);
    if (candidates?.length !== 1 || leftInImport.get(key) !== 1) return;
    matchOf[i] = unmatched[candidates[0]!]!.h;
    relabelledHandoffs++;
  });
  const mergedMarks: Record<string, Partial<Record<HandoffQuestionId, string>>> = {};
  let keptHandoffs = 0;
  const handoffs = fresh.handoffs.map((h, i): DraftHandoff => {
    const old = matchOf[i];
    const freshRow = freshMarks[h.key] ?? {};
    if (!old) {
      if (Object.keys(freshRow).length) mergedMarks[h.key] = freshRow;
      return h;
    }
    keptHandoffs++;
    const set = importedQuestions(result.imported, i);
    const answers = { ...h.answers };
    const touched = new Set<HandoffQuestionId>(set);
    const row: Partial<Record<HandoffQuestionId, string>> = {};
    for (const q of QUESTION_IDS) {
      // An answer the person changed or confirmed wins over what the arrow implies (new user
      // review 4, N4); an untouched one follows the import, marked where it differs.
      if (set.includes(q) && !old.touched.includes(q)) {
        if (answers[q] !== old.answers[q] || marks[old.key]?.[q] !== undefined) row[q] = answers[q];
        continue;
      }
      (answers as Record<string, string>)[q] = old.answers[q];
      if (old.touched.includes(q)) touched.add(q);
      const oldMark = marks[old.key]?.[q];
      if (oldMark !== undefined && oldMark === old.answers[q]) row[q] = oldMark;
    }
    if (Object.keys(row).length) mergedMarks[h.key] = row;
    return { ...h, answers, touched: QUESTION_IDS.filter((q) => touched.has(q)) };
  });

  const answers = { ...fresh.answers };
  for (const q of MAP_LEVEL_QUESTIONS)
    if (current.answers[q.id] !== UNSURE) answers[q.id] = current.answers[q.id];
  const merged: MapDraft = {
    name: current.name.trim() ? current.name : fresh.name,
    participants,
    handoffs,
    answers,
  };
  // Untouched answers follow the (possibly kept) receiver's kind again.
  const draft = { ...merged, handoffs: merged.handoffs.map((h) => withDefaults(merged, h)) };
  return {
    draft,
    marks: openMarks(mergedMarks, draft),
    counts: {
      keptHandoffs,
      keptParticipants,
      newHandoffs: fresh.handoffs.length - keptHandoffs,
      droppedHandoffs: droppedBefore - keptHandoffs,
      relabelledHandoffs,
    },
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The import status's sentence on what a merge kept, e.g. "Kept your answers on 9 hand-offs and
 * 6 participants; 2 hand-offs are new."
 */
export function mergeSummary(counts: MergeCounts): string {
  const relabelled = counts.relabelledHandoffs
    ? ` (${plural(counts.relabelledHandoffs, "hand-off", "hand-offs")} matched by ${counts.relabelledHandoffs === 1 ? "its" : "their"} participants, with the diagram's new label)`
    : "";
  const kept = `Kept your map name, map context answers and your answers on ${plural(counts.keptHandoffs, "hand-off", "hand-offs")}${relabelled} and ${plural(counts.keptParticipants, "participant", "participants")}`;
  const news = `${plural(counts.newHandoffs, "hand-off is", "hand-offs are")} new`;
  const dropped = counts.droppedHandoffs
    ? `; ${plural(counts.droppedHandoffs, "hand-off", "hand-offs")} of the form ${counts.droppedHandoffs === 1 ? "is" : "are"} no longer in the import and ${counts.droppedHandoffs === 1 ? "was" : "were"} removed`
    : "";
  return `${kept}; ${news}${dropped}.`;
}

/** How many participants and hand-offs an import brought, as the status begins. */
const broughtOf = (map: Pick<MapJson, "participants" | "handoffs">) =>
  `Imported ${plural(map.participants.length, "participant", "participants")} and ${plural(map.handoffs.length, "hand-off", "hand-offs")}`;

/**
 * The first line of an import's status when it filled an empty form: what it brought and what it
 * marked (`marked` answers, `waits` of them "Who waits" defaults). The editor and the no-JavaScript
 * import (/map/import) both say it.
 *
 * @example
 * replacedLine({ participants: [a, b], handoffs: [h] }, 2, 0)
 * // → "Imported 2 participants and 1 hand-off. 2 answers came from the import: each is marked …"
 */
export function replacedLine(
  map: Pick<MapJson, "participants" | "handoffs">,
  marked: number,
  waits: number,
): string {
  return `${broughtOf(map)}. ${markedSentence(marked - waits, waits)}`;
}

/**
 * The first line of an import's status when it merged into the form's map: what it brought, what
 * the merge kept (`mergeSummary`) and how many answers stay marked. Shared as `replacedLine` is.
 */
export function mergedLine(
  map: Pick<MapJson, "participants" | "handoffs">,
  counts: MergeCounts,
  marked: number,
): string {
  return `${broughtOf(map)} into your map. ${mergeSummary(counts)} ${plural(marked, "answer", "answers")} from the import ${marked === 1 ? "is" : "are"} marked “Imported, check”: change or confirm ${marked === 1 ? "it" : "each"}.`;
}
