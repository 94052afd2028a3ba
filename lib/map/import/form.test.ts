import { describe, expect, it } from "vitest";
import { formDefaults, mapResult, validateMap } from "../index";
import { importedDraft, importedMap, importedQuestions } from "./form";
import { importMermaid } from "./mermaid";

const DIAGRAM = `sequenceDiagram
  participant C as Checkout
  participant O as Order
  participant K as Kitchen
  participant P as Payment
  participant M as Mail
  C->>O: Create order
  O->>K: Create ticket
  O->>P: Authorize card
  O-)M: Order approved
  O-)K: Order approved`;

describe("an import in the editor (MAP.md §4.1, §11)", () => {
  const r = importMermaid(DIAGRAM);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));

  it("keeps the imported answers and preselects the form's defaults for the rest", () => {
    // An async arrow (`-)`) sets who waits as well as how it travels.
    expect(importedQuestions(r.imported, 3)).toEqual(["wait", "current"]);
    expect(importedQuestions(r.imported, 1)).toEqual(["current"]);
    const draft = importedDraft(r);
    const approved = draft.handoffs[3]!;
    expect(approved.touched).toEqual(["wait", "current"]);
    expect(approved.answers).toEqual({
      ...formDefaults("Order approved", "service"),
      wait: "no-wait",
      current: "message",
    });
    // Untouched answers keep following the label, as for a hand-off added by hand.
    expect(draft.handoffs[1]!.answers.intent).toBe("do");
  });

  it("is scored with those defaults, not as all 'Not sure' with nothing to coordinate", () => {
    const raw = validateMap(r.map);
    const edited = validateMap(importedMap(r));
    if (!raw.ok || !edited.ok) throw new Error("invalid");
    // What the importer returns alone: every answer but `current` (and `wait` on the two async
    // arrows) is unsure.
    expect(mapResult(raw.map).counts.unsure).toBe(5 * 5 - 2);
    const result = mapResult(edited.map);
    expect(result.counts.unsure).toBe(0);
    expect(result.summary).not.toMatch(/Nothing to coordinate/);
  });
});
