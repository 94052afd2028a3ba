import { describe, expect, it } from "vitest";
import { importMermaid } from "../map/import/mermaid";
import { importedDraft } from "../map/import/form";
import { emptyDraft } from "./draft";
import { draftHasMap, mergedLine, mergeImport, mergeSummary, replacedLine } from "./merge-import";
import { confirmMark, marksOfImport } from "./import-marks";

const DIAGRAM = `sequenceDiagram
  participant C as Checkout
  participant O as Order
  participant P as Payment
  participant M as Mail
  C->>O: Create order
  O->>P: Authorize card
  O-)M: Order approved`;

function imported(text: string) {
  const r = importMermaid(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

describe("importing again into a form with a map (issue 22 review 3, H1)", () => {
  const first = imported(DIAGRAM);
  const start = importedDraft(first);
  // The person's review work: a name, a kind and a team, an undo, a map-level answer, a
  // changed imported answer.
  const reviewed = {
    ...start,
    name: "Checkout flow",
    participants: start.participants.map((p) =>
      p.name === "Mail" ? { ...p, kind: "external" as const, team: "Comms" } : p,
    ),
    handoffs: start.handoffs.map((h) =>
      h.label === "Authorize card"
        ? {
            ...h,
            answers: { ...h.answers, undo: "compensate" as const, current: "message" as const },
            touched: [...h.touched, "undo" as const],
          }
        : h,
    ),
    answers: { ...start.answers, platform: "kubernetes" },
  };
  const marks = marksOfImport(start, first.imported);
  const again = imported(`${DIAGRAM}\n  M-)C: Receipt sent`);
  const { draft, marks: merged, counts } = mergeImport(reviewed, marks, again);

  it("keeps the map name, the map-level answers and a matching participant's kind and team", () => {
    expect(draft.name).toBe("Checkout flow");
    expect(draft.answers.platform).toBe("kubernetes");
    const mail = draft.participants.find((p) => p.name === "Mail")!;
    expect(mail).toMatchObject({ kind: "external", team: "Comms" });
    expect(draft.participants.find((p) => p.name === "Order")!.kind).toBe("service");
  });

  it("keeps a hand-off's answers the import did not set, and the ones the person changed (new user review 4, N4)", () => {
    const card = draft.handoffs.find((h) => h.label === "Authorize card")!;
    expect(card.answers.undo).toBe("compensate");
    expect(card.touched).toContain("undo");
    // The import says `call` again, but the person chose `message`: theirs stays, unmarked.
    expect(card.answers.current).toBe("message");
    expect(card.touched).toContain("current");
    expect(merged[card.key]).toBeUndefined();
  });

  it("marks an imported answer only where it differs from the kept one or was still marked", () => {
    const create = start.handoffs.find((h) => h.label === "Create order")!;
    const confirmed = confirmMark(marks, create.key, "current");
    const m = mergeImport(reviewed, confirmed, again);
    const key = m.draft.handoffs.find((h) => h.label === "Create order")!.key;
    expect(m.marks[key]).toBeUndefined();
    // Not confirmed: stays marked.
    expect(merged[key]).toEqual({ current: "call" });
  });

  it("adds the new hand-off with the import's answers marked, and says what it kept", () => {
    expect(draft.handoffs.map((h) => h.label)).toEqual([
      "Create order",
      "Authorize card",
      "Order approved",
      "Receipt sent",
    ]);
    const receipt = draft.handoffs[3]!;
    expect(Object.keys(merged[receipt.key] ?? {}).sort()).toEqual(["current", "wait"]);
    expect(counts).toEqual({
      keptHandoffs: 3,
      keptParticipants: 4,
      newHandoffs: 1,
      droppedHandoffs: 0,
      relabelledHandoffs: 0,
    });
    expect(mergeSummary(counts)).toBe(
      "Kept your map name, map context answers and your answers on 3 hand-offs and 4 participants; 1 hand-off is new.",
    );
  });

  it("drops a hand-off the diagram no longer has, and says so", () => {
    const fewer = imported(DIAGRAM.replace("\n  O->>P: Authorize card", ""));
    const m = mergeImport(reviewed, marks, fewer);
    expect(m.draft.handoffs.map((h) => h.label)).toEqual(["Create order", "Order approved"]);
    expect(m.counts.droppedHandoffs).toBe(1);
    expect(mergeSummary(m.counts)).toMatch(
      /1 hand-off of the form is no longer in the import and was removed\.$/,
    );
  });

  it("matches a relabelled hand-off by its participants when that pair is left once on each side (N4)", () => {
    // The form's label was edited (the person kept a condition in it); the diagram still says
    // "Authorize card": same sender and receiver, so the same hand-off.
    const edited = {
      ...reviewed,
      handoffs: reviewed.handoffs.map((h) =>
        h.label === "Authorize card" ? { ...h, label: "Authorize card [EU only]" } : h,
      ),
    };
    const m = mergeImport(edited, marks, again);
    const card = m.draft.handoffs.find((h) => h.label === "Authorize card")!;
    expect(card.answers).toMatchObject({ undo: "compensate", current: "message" });
    expect(m.counts).toMatchObject({ keptHandoffs: 3, relabelledHandoffs: 1, droppedHandoffs: 0 });
    expect(mergeSummary(m.counts)).toContain(
      "your answers on 3 hand-offs (1 hand-off matched by its participants, with the diagram's new label)",
    );
    // Two unmatched hand-offs between the same pair: which is which is a guess, so neither matches.
    const twice = imported(
      DIAGRAM.replace("O->>P: Authorize card", "O->>P: Capture card\n  O->>P: Void card"),
    );
    const t = mergeImport(edited, marks, twice);
    expect(t.counts.relabelledHandoffs).toBe(0);
    expect(t.draft.handoffs.find((h) => h.label === "Capture card")!.answers.undo).not.toBe(
      "compensate",
    );
  });

  it("treats an empty form as no map, and a renamed participant as a new one", () => {
    expect(draftHasMap(emptyDraft())).toBe(false);
    expect(draftHasMap(reviewed)).toBe(true);
    const renamed = imported(DIAGRAM.replaceAll("as Mail", "as Mailer"));
    const m = mergeImport(reviewed, marks, renamed);
    expect(m.draft.participants.find((p) => p.name === "Mailer")!.kind).toBe("service");
    expect(m.counts.keptParticipants).toBe(3);
    // The hand-off to the renamed receiver no longer matches.
    expect(m.counts.newHandoffs).toBe(1);
  });
});

describe("the first line of an import's status, one for the editor and the no-JavaScript import", () => {
  const two = imported("sequenceDiagram\n  A->>B: Reserve stock");
  it("says what a first import brought and marked, in the singular for one", () => {
    expect(replacedLine(two.map, 2, 1)).toBe(
      "Imported 2 participants and 1 hand-off. 1 answer came from the import, and 1 “Who waits” on a hand-off a person or client sends is the form's default: each is marked “Imported, check”; change or confirm each.",
    );
  });
  it("says what a merge brought, kept and left marked", () => {
    const counts = {
      keptHandoffs: 1,
      keptParticipants: 2,
      newHandoffs: 0,
      droppedHandoffs: 0,
      relabelledHandoffs: 0,
    };
    expect(mergedLine(two.map, counts, 1)).toBe(
      `Imported 2 participants and 1 hand-off into your map. ${mergeSummary(counts)} 1 answer from the import is marked “Imported, check”: change or confirm it.`,
    );
  });
});
