import { describe, expect, it } from "vitest";
import { importAsyncApi } from "./asyncapi";
import { distinctNames } from "./draft";
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
      "Line 2: the name “Order fulfilment orchestration service” is shortened to fit 32 characters: “Order fulfilment orchestration…”.",
      "Line 2: the id of “Order fulfilment orchestration service” is shortened to 20 characters: “order-fulfilment-orc”.",
      "Line 4: hand-off 1's label “Create the kitchen ticket for the order now” is shortened to fit 32 characters: “Create the kitchen ticket for…”.",
    ]);
  });

  it("is named in the notes for AsyncAPI titles and message names, by document", () => {
    const doc = (title: string, action: string) =>
      `asyncapi: 3.0.0\ninfo:\n  title: ${title}\nchannels:\n  c:\n    address: orders\n    messages:\n      m:\n        name: OrderPlacedWithAllLineItemsAndTotals\noperations:\n  o:\n    action: ${action}\n    channel:\n      $ref: '#/channels/c'\n`;
    const r = importAsyncApi(`${doc("Order", "send")}---\n${doc("Mail", "receive")}`);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.notes).toEqual([
      "Document 1: hand-off 1's label “OrderPlacedWithAllLineItemsAndTotals” is shortened to fit 32 characters: “OrderPlacedWithAllLineItemsAndT…”.",
      "Kinds not set by the documents, so imported as Service (yours): “Order”, “Mail”. Check whether each is a service of yours, a client, a person or another company's system.",
    ]);
  });

  it("says nothing when nothing was shortened", () => {
    const r = importMermaid("sequenceDiagram\n  A->>B: Go");
    expect(r.ok && r.notes.filter((n) => !n.startsWith("Kinds not set"))).toEqual([]);
  });
});

describe("shortened text stays tellable apart (new-user review 5)", () => {
  it("keeps each name's last word when two would shorten alike, and numbers what still clashes", () => {
    expect(
      distinctNames(
        [
          "Appointment Orchestration Service For Dogs",
          "Appointment Orchestration Service For Cats",
          "Vet",
        ],
        32,
      ),
    ).toEqual({
      names: ["Appointment Orchestration… Dogs", "Appointment Orchestration… Cats", "Vet"],
      clashes: [[0, 1]],
    });
    const same = distinctNames(
      ["Settlement reconciliation job A1", "Settlement reconciliation job A1x"],
      30,
    );
    expect(new Set(same.names).size).toBe(2);
    // A name the input repeats is the person's own: left alike, and no clash to note.
    expect(distinctNames(["Kitchen", "Kitchen"], 32)).toEqual({
      names: ["Kitchen", "Kitchen"],
      clashes: [],
    });
  });

  it("shortens a long Mermaid title as labels are, with a note, as the map's name", () => {
    const r = importMermaid(
      "sequenceDiagram\n  title Veterinary appointment booking with insurance pre-authorisation and deposit\n  A->>B: Go",
    );
    expect(r.ok && r.map.name).toBe("Veterinary appointment booking with insurance…");
    expect(r.ok && r.notes[0]).toBe(
      "Line 2: the title “Veterinary appointment booking with insurance pre-authorisation and deposit” is shortened to fit 60 characters: “Veterinary appointment booking with insurance…”; it names the map.",
    );
  });
});

describe("both importers keep shortened texts apart, with a note", () => {
  it("Mermaid labels and AsyncAPI titles that differ past the limit keep their last word", () => {
    const m = importMermaid(
      "sequenceDiagram\n  A->>B: Reserve the veterinarian slot for the dog\n  A->>B: Reserve the veterinarian slot for the cat",
    );
    expect(m.ok && m.map.handoffs.map((h) => h.label)).toEqual([
      "Reserve the veterinarian… dog",
      "Reserve the veterinarian… cat",
    ]);
    expect(m.ok && m.notes).toContain(
      "“Reserve the veterinarian slot for the dog” and “Reserve the veterinarian slot for the cat” would read alike once shortened, so each keeps its last word.",
    );
    const doc = (title: string, action: string) =>
      `asyncapi: 3.0.0\ninfo:\n  title: ${title}\nchannels:\n  c:\n    address: x\noperations:\n  o:\n    action: ${action}\n    channel:\n      $ref: '#/channels/c'\n`;
    const a = importAsyncApi(
      [
        doc("Enterprise subscription renewal service EU", "send"),
        doc("Enterprise subscription renewal service US", "receive"),
      ].join("---\n"),
    );
    expect(a.ok && a.map.participants.map((p) => p.name)).toEqual([
      "Enterprise subscription… EU",
      "Enterprise subscription… US",
    ]);
  });
});
