import { describe, expect, it } from "vitest";
import { importMermaid } from "../map/import";
import { importedDraft } from "../map/import/form";
import {
  draftFromParams,
  draftToParams,
  moveHandoff,
  removeHandoff,
  type DraftHandoff,
  type MapDraft,
} from "./draft";
import {
  CONFIRM_FIELD,
  confirmMark,
  defaultWaits,
  isMarked,
  markedSentence,
  markField,
  markList,
  marksFromParams,
  marksOfImport,
  marksToParams,
  nextMark,
  openMarks,
  sanitiseMarks,
  IMPORT_NOTE_FIELD,
  importReportLines,
  withImportReport,
} from "./import-marks";

const DIAGRAM = [
  "sequenceDiagram",
  "  participant O as Order",
  "  participant S as Stock",
  "  participant M as Mail",
  "  O->>S: Reserve stock",
  "  S-->>O: Reserved",
  "  O-)M: Order placed",
  "  O->>M: Send receipt",
].join("\n");

function imported() {
  const result = importMermaid(DIAGRAM);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const draft = importedDraft(result);
  return { result, draft, marks: marksOfImport(draft, result.imported) };
}

/** The draft with one answer of hand-off `index` set, as the editor sets it. */
function answered(
  draft: MapDraft,
  index: number,
  question: "current",
  value: DraftHandoff["answers"]["current"],
): MapDraft {
  return {
    ...draft,
    handoffs: draft.handoffs.map((h, i) =>
      i === index ? { ...h, answers: { ...h.answers, [question]: value } } : h,
    ),
  };
}

describe("'Who waits' on a person's or a client's hand-off (issue 22 review 3 M4)", () => {
  const marksOf = (text: string, kinds: Record<string, "client" | "person" | "external"> = {}) => {
    const result = importMermaid(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const draft = importedDraft(result);
    const changed = {
      ...draft,
      participants: draft.participants.map((p) => ({ ...p, kind: kinds[p.name] ?? p.kind })),
    };
    return { draft: changed, marks: marksOfImport(changed, result.imported) };
  };

  it("marks the default 'Who waits' of a hand-off an actor sends, and of no service's", () => {
    const { draft, marks } = marksOf(`sequenceDiagram
      actor R as Rider
      participant T as Trip
      participant P as Pay
      R->>T: Request trip
      T->>P: Charge card`);
    const [request, charge] = draft.handoffs;
    expect(marks[request!.key]).toEqual({ wait: request!.answers.wait, current: "call" });
    expect(marks[charge!.key]).toEqual({ current: "call" });
  });

  it("counts the defaulted ones apart in the status sentence", () => {
    const { draft } = marksOf(`sequenceDiagram
      actor R as Rider
      R->>T: Request trip
      R-)T: Trip viewed
      T->>P: Charge card`);
    const result = importMermaid(`sequenceDiagram
      actor R as Rider
      R->>T: Request trip
      R-)T: Trip viewed
      T->>P: Charge card`);
    if (!result.ok) throw new Error("import");
    // Row 1's "Who waits" came from its async arrow: only row 0's is a default.
    expect(defaultWaits(draft, result.imported)).toEqual([0]);
    expect(markedSentence(4, 1)).toBe(
      "4 answers came from the import, and 1 “Who waits” on a hand-off a person or client sends is the form's default: each is marked “Imported, check”; change or confirm each.",
    );
    expect(markedSentence(1, 0)).toBe(
      "1 answer came from the import: it is marked “Imported, check”; change or confirm it.",
    );
  });

  it("marks it for a client's hand-off too, and keeps the value an async arrow set", () => {
    const { draft, marks } = marksOf(
      `sequenceDiagram
      App->>Trip: Request trip
      App-)Trip: Trip viewed`,
      { App: "client" },
    );
    expect(draft.handoffs.map((h) => marks[h.key])).toEqual([
      { wait: draft.handoffs[0]!.answers.wait, current: "call" },
      { wait: "no-wait", current: "message" },
    ]);
    // An external system's hand-off is not marked.
    const external = marksOf("sequenceDiagram\nApp->>Trip: Request trip", { App: "external" });
    expect(external.marks[external.draft.handoffs[0]!.key]).toEqual({ current: "call" });
  });
});

describe("the 'imported, check' marks (MAP.md §11)", () => {
  it("marks exactly the answers the import set, with their imported values, by row key", () => {
    const { result, draft, marks } = imported();
    expect(markList(marks, draft)).toHaveLength(result.imported.length);
    expect(result.imported.length).toBeGreaterThan(0);
    for (const path of result.imported) {
      const [, index, question] = /^handoffs\[(\d+)\]\.answers\.(\w+)$/.exec(path)!;
      const h = draft.handoffs[Number(index)]!;
      expect(marks[h.key]?.[question as "current"]).toBe(h.answers[question as "current"]);
    }
    // Questions no import can know are never marked.
    for (const h of draft.handoffs) expect(isMarked(marks, h.key, "undo")).toBe(false);
  });

  it("finds the next marked answer after a confirmed one, wrapping round, none when none is left", () => {
    const { draft, marks } = imported();
    const list = markList(marks, draft);
    expect(list.length).toBeGreaterThan(2);
    const [first, second] = list;
    // Confirm the first: the next is the second, in the form's order.
    const rest = confirmMark(marks, first!.key, first!.question);
    expect(nextMark(rest, draft, first!.key, first!.question)).toEqual(second);
    // From the last, it wraps round to the first still open.
    const last = list[list.length - 1]!;
    expect(nextMark(marks, draft, last.key, last.question)).toEqual(first);
    // Only the confirmed one left: none.
    let one = marks;
    for (const m of list.slice(1)) one = confirmMark(one, m.key, m.question);
    expect(nextMark(one, draft, first!.key, first!.question)).toBeUndefined();
  });

  it("ends a mark when its answer changes, and it stays ended when the answer changes back", () => {
    const { draft, marks } = imported();
    const key = draft.handoffs[0]!.key;
    const was = draft.handoffs[0]!.answers.current;
    const changed = answered(draft, 0, "current", was === "call" ? "message" : "call");
    const after = openMarks(marks, changed);
    expect(isMarked(after, key, "current")).toBe(false);
    expect(markList(after, changed)).toHaveLength(markList(marks, draft).length - 1);
    expect(isMarked(openMarks(after, answered(changed, 0, "current", was)), key, "current")).toBe(
      false,
    );
  });

  it("ends a confirmed mark only, and follows rows through moves and removals", () => {
    const { draft, marks } = imported();
    const [first, second] = draft.handoffs;
    const confirmed = confirmMark(marks, first!.key, "current");
    expect(isMarked(confirmed, first!.key, "current")).toBe(false);
    expect(isMarked(confirmed, second!.key, "current")).toBe(true);
    const moved = moveHandoff(draft, second!.key, -1);
    expect(markList(openMarks(marks, moved), moved)[0]?.key).toBe(second!.key);
    const removed = removeHandoff(draft, first!.key);
    expect(isMarked(openMarks(marks, removed), first!.key, "current")).toBe(false);
  });

  it("reads stored junk as no marks, and keeps only marks that hold for the draft", () => {
    expect(sanitiseMarks(null)).toEqual({});
    expect(sanitiseMarks(["h1"])).toEqual({});
    expect(sanitiseMarks({ h1: { current: 3, nonsense: "x" }, h2: "call" })).toEqual({});
    const { draft } = imported();
    const key = draft.handoffs[0]!.key;
    const wrong = sanitiseMarks({ [key]: { current: "workflow" }, nope: { current: "call" } });
    expect(openMarks(wrong, draft)).toEqual({});
  });

  it("travels through the no-JavaScript form: kept as submitted, ended by a changed answer or Confirm", () => {
    const { draft, marks } = imported();
    const params = marksToParams(marks, draft, draftToParams(draft));
    expect(params.get(markField(0, "current"))).toBe(draft.handoffs[0]!.answers.current);
    const again = draftFromParams(params)!;
    expect(marksFromParams(params, again)).toEqual(marks);

    const changed = new URLSearchParams(params);
    changed.set("h.0.current", draft.handoffs[0]!.answers.current === "call" ? "event" : "call");
    const changedDraft = draftFromParams(changed)!;
    expect(
      isMarked(marksFromParams(changed, changedDraft), draft.handoffs[0]!.key, "current"),
    ).toBe(false);

    const confirmed = new URLSearchParams(params);
    confirmed.set(CONFIRM_FIELD, `${draft.handoffs[1]!.key}.current`);
    const left = marksFromParams(confirmed, draftFromParams(confirmed)!);
    expect(isMarked(left, draft.handoffs[1]!.key, "current")).toBe(false);
    expect(isMarked(left, draft.handoffs[0]!.key, "current")).toBe(true);

    // A removed row takes its marks with it, even though its hidden fields were submitted.
    const removed = new URLSearchParams(params);
    removed.set("remove", `h.${draft.handoffs[0]!.key}`);
    const removedDraft = draftFromParams(removed)!;
    expect(markList(marksFromParams(removed, removedDraft), removedDraft)).toHaveLength(
      markList(marks, draft).length - 1,
    );
  });
});

describe("the no-JavaScript import's report in the editor's query (new-user review 4, N11)", () => {
  it("round-trips its lines through the URL, in order", () => {
    const lines = ["Imported 3 participants and 3 hand-offs.", "Merged branch: a & b = c?"];
    const params = withImportReport(new URLSearchParams({ name: "Orders" }), lines);
    expect(
      importReportLines(new URLSearchParams(params.toString()).getAll(IMPORT_NOTE_FIELD)),
    ).toEqual(lines);
    expect(importReportLines("one line")).toEqual(["one line"]);
    expect(importReportLines(undefined)).toEqual([]);
    expect(params.get("name")).toBe("Orders");
  });

  it("keeps at most 12 lines of 400 characters, and says how many it left out", () => {
    const lines = Array.from({ length: 20 }, (_, i) => `note ${i} ${"x".repeat(500)}`);
    const read = importReportLines(
      withImportReport(new URLSearchParams(), lines).getAll(IMPORT_NOTE_FIELD),
    );
    expect(read).toHaveLength(12);
    expect(read.slice(0, 11).every((l) => l.length === 400 && l.endsWith("…"))).toBe(true);
    expect(read[11]).toBe("… and 9 more notes.");
    // A hand-made query can't grow the status past the cap either.
    expect(importReportLines(lines)).toHaveLength(12);
    expect(importReportLines(lines).every((l) => [...l].length <= 400)).toBe(true);
  });

  it("never cuts a character in half (an emoji is two UTF-16 units)", () => {
    const emoji = "🚚".repeat(450);
    const [line] = importReportLines(
      withImportReport(new URLSearchParams(), [emoji]).getAll(IMPORT_NOTE_FIELD),
    );
    expect([...line!]).toHaveLength(400);
    expect(line).toBe(`${"🚚".repeat(399)}…`);
    expect(line!.isWellFormed()).toBe(true);
  });
});
