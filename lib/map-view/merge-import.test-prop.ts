import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importedDraft } from "../map/import/form";
import { importMermaid } from "../map/import/mermaid";
import { emptyDraft } from "./draft";
import { marksOfImport } from "./import-marks";
import { mergeImport } from "./merge-import";

const NAMES = ["Checkout", "Order", "Payment", "Mail", "Kitchen", "Stripe"];
const ARROWS = ["->>", "-->>", "-)", "--)", "->", "-->"];
const LABELS = ["Create order", "Authorize card", "Order approved", "Refund", "Ticket ready"];

/** Small Mermaid sequence diagrams: 1–8 lines between six participants. */
const diagramArb = fc
  .array(
    fc.tuple(
      fc.constantFrom(...NAMES),
      fc.constantFrom(...ARROWS),
      fc.constantFrom(...NAMES),
      fc.constantFrom(...LABELS),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map(
    (lines) =>
      `sequenceDiagram\n${lines
        .filter(([a, , b]) => a !== b)
        .map(([a, arrow, b, label]) => `  ${a}${arrow}${b}: ${label}`)
        .join("\n")}`,
  );

const importArb = diagramArb
  .map((text) => importMermaid(text))
  .filter((r): r is Extract<typeof r, { ok: true }> => r.ok);

describe("merging an import (properties)", () => {
  it("into an empty form gives today's imported draft and marks", () => {
    fc.assert(
      fc.property(importArb, (r) => {
        const m = mergeImport(emptyDraft(), {}, r);
        const draft = importedDraft(r);
        expect(m.draft).toEqual(draft);
        expect(m.marks).toEqual(marksOfImport(draft, r.imported));
      }),
    );
  });

  it("twice with the same import changes nothing, whatever the form held before", () => {
    fc.assert(
      fc.property(importArb, importArb, (before, r) => {
        const base = importedDraft(before);
        const once = mergeImport(
          { ...base, name: "Flow", answers: { ...base.answers, messaging: "kafka" } },
          marksOfImport(base, before.imported),
          r,
        );
        const twice = mergeImport(once.draft, once.marks, r);
        expect(twice.draft).toEqual(once.draft);
        expect(twice.marks).toEqual(once.marks);
        expect(twice.counts.newHandoffs).toBe(0);
      }),
    );
  });
});
