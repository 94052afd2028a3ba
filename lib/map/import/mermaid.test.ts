import { describe, expect, it } from "vitest";
import { importMermaid } from "./mermaid";

/** [from, to, label, current] of each imported hand-off; fails the test on an import error. */
function rows(text: string) {
  const r = importMermaid(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.map.handoffs.map((h) => [h.from, h.to, h.label, h.answers?.current]);
}

describe("importMermaid: async arrows", () => {
  it("reads `--)` and `--x` as one-way async messages, never as the reply to an open request", () => {
    expect(
      rows(`sequenceDiagram
        A->>B: Reserve stock
        B--)A: Stock reserved
        A->>C: Charge card
        C--xA: Charge failed
        A->>D: Get price
        D-->>A: Price`),
    ).toEqual([
      ["a", "b", "Reserve stock", "call"],
      ["b", "a", "Stock reserved", "message"],
      ["a", "c", "Charge card", "call"],
      ["c", "a", "Charge failed", "message"],
      ["a", "d", "Get price", "call"],
    ]);
  });
});
