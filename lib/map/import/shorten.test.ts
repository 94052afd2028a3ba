import { describe, expect, it } from "vitest";
import { importAsyncApi } from "./asyncapi";
import { importMermaid } from "./mermaid";

describe("text an import shortens to the contract's limits (MAP.md §3)", () => {
  it("is named in the notes, original and shortened, for Mermaid names, ids and labels", () => {
    const r = importMermaid(`sequenceDiagram
      participant O as Order fulfilment orchestration service
      participant K as Kitchen
      O->>K: Create the kitchen ticket for the order now`);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.map.participants[0]).toMatchObject({
      id: "order-fulfilment-orc",
      name: "Order fulfilment orchestration…",
    });
    expect(r.map.handoffs[0]!.label).toBe("Create the kitchen ticket for…");
    expect(r.notes.filter((n) => !n.startsWith("Kinds not set"))).toEqual([
      "Line 2: the name “Order fulfilment orchestration service” is cut to 32 characters: “Order fulfilment orchestration…”.",
      "Line 2: the id of “Order fulfilment orchestration service” is shortened to 20 characters: “order-fulfilment-orc”.",
      "Line 4: hand-off 1's label “Create the kitchen ticket for the order now” is cut to 32 characters: “Create the kitchen ticket for…”.",
    ]);
  });

  it("is named in the notes for AsyncAPI titles and message names, by document", () => {
    const doc = (title: string, action: string) =>
      `asyncapi: 3.0.0\ninfo:\n  title: ${title}\nchannels:\n  c:\n    address: orders\n    messages:\n      m:\n        name: OrderPlacedWithAllLineItemsAndTotals\noperations:\n  o:\n    action: ${action}\n    channel:\n      $ref: '#/channels/c'\n`;
    const r = importAsyncApi(`${doc("Order", "send")}---\n${doc("Mail", "receive")}`);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.notes).toEqual([
      "Document 1: hand-off 1's label “OrderPlacedWithAllLineItemsAndTotals” is cut to 32 characters: “OrderPlacedWithAllLineItemsAndT…”.",
      "Kinds not set by the documents, so imported as Service (yours): “Order”, “Mail”. Check whether each is a service of yours, a client, a person or another company's system.",
    ]);
  });

  it("says nothing when nothing was shortened", () => {
    const r = importMermaid("sequenceDiagram\n  A->>B: Go");
    expect(r.ok && r.notes.filter((n) => !n.startsWith("Kinds not set"))).toEqual([]);
  });
});
