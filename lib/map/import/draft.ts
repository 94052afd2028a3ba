/** What the importers share: slugs for ids, the result shape, and the final check. */
import { LIMITS } from "../defaults";
import { validateMap } from "../validate";
import type { MapError, MapJson } from "../types";

/**
 * A draft Map JSON from an importer. `imported` lists the answer paths the import set
 * (`handoffs[2].answers.current`): the form marks them "imported, check". Importers never set `undo`.
 * `notes` are sentences for the person importing: what the import changed, merged or could not
 * carry over from the source (branches, shortened text, participant kinds), in source order.
 */
export type MapImportResult =
  | { ok: true; map: MapJson; imported: string[]; notes: string[] }
  | { ok: false; errors: MapError[] };

const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*([^\s`]*)/;

/**
 * Pasted text without its Markdown code fences (CommonMark: a line of three or more backticks or
 * tildes, an optional info string, closed by a line of the same character at least as long).
 * Without a fence the text is returned unchanged. With fences, only the lines inside them are
 * kept: for `prefer: "mermaid"` the first block whose info string is `mermaid` (else the first
 * block); for `prefer: "all"` every block, a block's closing fence becoming `---` when another
 * block follows (AsyncAPI documents in separate fences). Every other line becomes empty, so line
 * numbers in error messages still match the pasted text.
 *
 * @example
 * unfence("```mermaid\nsequenceDiagram\n```", "mermaid") // → "\nsequenceDiagram\n"
 */
export function unfence(text: string, prefer: "mermaid" | "all"): string {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: { open: number; close: number; info: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opened = FENCE.exec(lines[i]!);
    if (!opened) continue;
    const marker = opened[1]!;
    let close = i + 1;
    while (close < lines.length) {
      const closing = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(lines[close]!);
      if (closing && closing[1]![0] === marker[0] && closing[1]!.length >= marker.length) break;
      close++;
    }
    blocks.push({ open: i, close, info: opened[2]!.toLowerCase() });
    i = close;
  }
  if (!blocks.length) return text;
  const kept = prefer === "all" ? blocks : [blocks.find((b) => b.info === "mermaid") ?? blocks[0]!];
  const out = lines.map(() => "");
  kept.forEach((b, k) => {
    for (let i = b.open + 1; i < b.close && i < lines.length; i++) out[i] = lines[i]!;
    if (k < kept.length - 1 && b.close < lines.length) out[b.close] = "---";
  });
  return out.join("\n");
}

/** Text cut to `max` code points, without a space left at the end of the cut. */
export const cut = (text: string, max: number) => [...text.trim()].slice(0, max).join("").trimEnd();

/** The longest slug before a `-2`, `-3`… suffix, so a suffixed id stays within 24 characters. */
const SLUG_BASE = 20;

/**
 * A participant id from a name: lowercase letters and digits joined by hyphens, at most 24
 * characters, made unique with `-2`, `-3`… ("Order Service" → "order-service").
 */
export function slugFor(name: string, taken: Set<string>): string {
  return slugNoted(name, taken).id;
}

/**
 * `slugFor`'s id, and the sentence an import note gives when the slug was shortened to 20
 * characters (MAP.md §3 allows 24; 4 are kept for the suffix), else null.
 */
export function slugNoted(name: string, taken: Set<string>): { id: string; note: string | null } {
  const full = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const base = full.slice(0, SLUG_BASE).replace(/-+$/, "") || "p";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return {
    id,
    note:
      full.length > SLUG_BASE
        ? `the id of ${quote(name)} is shortened to ${SLUG_BASE} characters: “${id}”`
        : null,
  };
}

/** Source text quoted for a note: at most 80 code points, then "…". */
export function quote(text: string): string {
  const points = [...text.trim()];
  return `“${points.slice(0, 80).join("")}${points.length > 80 ? "…" : ""}”`;
}

/**
 * `text` trimmed, or, when longer than `max` code points, shortened to fit with "…" at its end:
 * cut after its last whole word when that keeps at least half of `max`, else mid-word (new-user
 * review 4, N13: a label cut mid-word without a mark read as a typo).
 *
 * @example
 * shortened("Email decision and agreement link", 32) // → "Email decision and agreement…"
 * shortened("OrderPlacedWithAllLineItemsAndTotals", 32) // → "OrderPlacedWithAllLineItemsAndT…"
 */
export function shortened(text: string, max: number): string {
  const points = [...text.trim()];
  if (points.length <= max) return points.join("");
  const head = points.slice(0, max - 1).join("");
  const space = head.lastIndexOf(" ");
  const kept = points[max - 1] === " " ? head : space >= max / 2 ? head.slice(0, space) : head;
  return `${kept.trimEnd()}…`;
}

/**
 * Participant names shortened to `max` code points (`shortened`), kept distinct: names that
 * differ but would shorten to the same text (new-user review 5: "… For Dogs" and "… For Cats"
 * both "Appointment Orchestration…") each keep their last word after the "…", and any still alike
 * get " 2", " 3"… in order. Names the input itself repeats are left alike. `clashes` lists each
 * such group's indexes, for a note.
 *
 * @example
 * distinctNames(["Appointment Orchestration Service For Dogs", "Appointment Orchestration Service For Cats"], 32).names
 * // → ["Appointment Orchestration… Dogs", "Appointment Orchestration… Cats"]
 */
export function distinctNames(
  originals: readonly string[],
  max: number,
): { names: string[]; clashes: number[][] } {
  const names = originals.map((o) => shortened(o, max));
  const groups = new Map<string, number[]>();
  names.forEach((name, i) => groups.set(name, [...(groups.get(name) ?? []), i]));
  const clashes = [...groups.values()].filter(
    (group) => new Set(group.map((i) => originals[i]!.trim())).size > 1,
  );
  for (const group of clashes)
    for (const i of group) {
      const words = originals[i]!.trim().split(/\s+/);
      const last = [...words.at(-1)!];
      if (words.length < 2 || last.length > max / 2) continue;
      names[i] =
        `${shortened(words.slice(0, -1).join(" "), max - last.length - 1)} ${last.join("")}`;
    }
  // Names the diagram itself repeats are left as they are: only a shortening's clash is ours.
  const clashing = new Set(clashes.flat());
  const seen = new Set(names.filter((_, i) => !clashing.has(i)));
  names.forEach((name, i) => {
    if (!clashing.has(i)) return;
    for (let n = 2; seen.has(names[i]!); n++)
      names[i] = `${shortened(name, max - String(n).length - 1)} ${n}`;
    seen.add(names[i]!);
  });
  return { names, clashes };
}

/** The note on a text an import shortened: "<what> “original” is shortened to fit N characters: “short”". */
const shortenedNote = (what: string, original: string, short: string, max: number) =>
  `${what} ${quote(original)} is shortened to fit ${max} characters: “${short}”`;

/**
 * `text` shortened to `max` code points (MAP.md §3 limits; `shortened`), and the sentence an
 * import note gives when it was cut, naming the original (`what` says which text: "the label"),
 * else null.
 *
 * @example
 * cutNoted("Authorize the customer's credit card", 32, "the label").note
 * // → "the label “Authorize the customer's credit card” is shortened to fit 32 characters: “Authorize the customer's…”"
 */
export function cutNoted(
  text: string,
  max: number,
  what: string,
): { text: string; note: string | null } {
  const short = shortened(text, max);
  return {
    text: short,
    note: short === text.trim() ? null : shortenedNote(what, text, short, max),
  };
}

/**
 * The note on texts that would have read alike once shortened (`clashes` of distinctNames), each
 * quoted: "“A” and “B” would read alike once shortened, so each keeps its last word".
 */
export function clashNote(originals: readonly string[]): string {
  return `${originals.map(quote).join(" and ")} would read alike once shortened, so each keeps its last word`;
}

/**
 * Several texts of one kind (participant names, or labels) shortened together and kept distinct
 * (`distinctNames`), each with its note when shortened (as cutNoted's; `what(i)` names the i-th
 * text), and `clashes` as distinctNames gives them. Both importers use it.
 */
export function cutAllNoted(
  texts: readonly string[],
  max: number,
  what: (i: number) => string,
): { texts: string[]; notes: (string | null)[]; clashes: number[][] } {
  const { names, clashes } = distinctNames(texts, max);
  return {
    texts: names,
    notes: names.map((short, i) =>
      short === texts[i]!.trim() ? null : shortenedNote(what(i), texts[i]!, short, max),
    ),
    clashes,
  };
}

/** The limits of MAP.md §9 on what an import found, with the count it found. */
export function importLimits(participants: number, handoffs: number): MapError[] {
  const errors: MapError[] = [];
  if (participants > LIMITS.participants.max) {
    errors.push({
      field: "participants",
      message: `${participants} participants; a map holds at most ${LIMITS.participants.max}`,
    });
  }
  if (handoffs > LIMITS.handoffs.max) {
    errors.push({
      field: "handoffs",
      message: `${handoffs} hand-offs; a map holds at most ${LIMITS.handoffs.max}`,
    });
  }
  return errors;
}

/**
 * "hand-off 3 (“Approve ticket”)" or "hand-offs 3 (“Approve”) and 5 (“Reject”)": rows of the form,
 * numbered from 1, with their labels.
 */
export function handoffList(rows: { index: number; label: string }[]): string {
  const each = rows.map((r) => `${r.index + 1} (“${r.label}”)`);
  const joined =
    each.length <= 1 ? each.join("") : `${each.slice(0, -1).join(", ")} and ${each.at(-1)}`;
  return `${rows.length === 1 ? "hand-off" : "hand-offs"} ${joined}`;
}

/** The draft checked as Map JSON, so an import never fills the form with a map the API refuses. */
export function finish(map: MapJson, imported: string[], notes: string[] = []): MapImportResult {
  const valid = validateMap(map);
  return valid.ok
    ? { ok: true, map: valid.map, imported, notes }
    : { ok: false, errors: valid.errors };
}
