import { describe, expect, it } from "vitest";
import { formatMapError, mapResult, validateMap } from "../index";
import { formatHint, importAsyncApi, importMermaid } from "./index";

describe("importMermaid (MAP.md §11)", () => {
  it("reads participants, actors and every supported arrow; a dotted answer to an open request is its reply", () => {
    const r = importMermaid(`sequenceDiagram
      autonumber
      actor U as Shopper
      participant O as Order Service
      participant K as Kitchen
      Note over O: creates the order
      U->>+O: Create order
      O->K: Create ticket
      K-->>O: Ticket created
      O-)Pay: Authorize card
      O-xK: Approve ticket
      O-->>-U: Order accepted
      alt paid
        O--)Mail: Order approved
      end
      O-->Mail: Receipt
      Mail-->>U: Email
      O->>O: Self call`);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.map.participants).toEqual([
      { id: "shopper", name: "Shopper", kind: "person" },
      { id: "order-service", name: "Order Service", kind: "service" },
      { id: "kitchen", name: "Kitchen", kind: "service" },
      { id: "pay", name: "Pay", kind: "service" },
      { id: "mail", name: "Mail", kind: "service" },
    ]);
    expect(r.map.handoffs.map((h) => [h.from, h.to, h.label, h.answers?.current])).toEqual([
      ["shopper", "order-service", "Create order", "call"],
      ["order-service", "kitchen", "Create ticket", "call"],
      ["order-service", "pay", "Authorize card", "message"],
      ["order-service", "kitchen", "Approve ticket", "message"],
      ["order-service", "mail", "Order approved [paid]", "message"],
      ["order-service", "mail", "Receipt", "message"],
      ["mail", "shopper", "Email", "message"],
    ]);
    expect(r.map.handoffs.every((h) => h.answers?.undo === undefined)).toBe(true);
    // The async arrows (hand-offs 3, 4 and 5) also say that nobody waits; the dotted one (5)
    // also that its sender tells what happened.
    expect(r.imported).toEqual(
      r.map.handoffs.flatMap((_, i) => [
        `handoffs[${i}].answers.current`,
        ...([2, 3, 4].includes(i) ? [`handoffs[${i}].answers.wait`] : []),
        ...(i === 4 ? [`handoffs[${i}].answers.intent`] : []),
      ]),
    );
    const valid = validateMap(r.map);
    expect(valid.ok).toBe(true);
    if (valid.ok) expect(mapResult(valid.map).handoffs).toHaveLength(7);
  });

  it("cuts labels to 32 characters and makes unique slugs", () => {
    const r = importMermaid(`sequenceDiagram
      participant A as Order
      participant B as Order
      A->>B: ${"x".repeat(40)}`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.map.participants.map((p) => p.id)).toEqual(["order", "order-2"]);
    expect(r.map.handoffs[0]!.label).toHaveLength(32);
  });

  it("names the line of anything it doesn't read, and says when the diagram isn't one", () => {
    const bad = importMermaid("sequenceDiagram\n  A->>B: ok\n  A => B\n");
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(formatMapError(bad.errors[0]!)).toBe(
        'text: line 3: not a line this import reads: "A => B"',
      );
    const notSequence = importMermaid("hello\n A --> B");
    expect(notSequence.ok).toBe(false);
    if (!notSequence.ok)
      expect(notSequence.errors[0]!.message).toMatch(/^line 1: expected "sequenceDiagram" first/);
    expect(importMermaid("").ok).toBe(false);
  });

  it("fails like the form at the limits, naming the count it found", () => {
    const lines = ["sequenceDiagram", ...Array.from({ length: 21 }, (_, i) => `A->>B: Step ${i}`)];
    const r = importMermaid(lines.join("\n"));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(formatMapError(r.errors[0]!)).toBe("handoffs: 21 hand-offs; a map holds at most 20");
    const many = ["sequenceDiagram", ...Array.from({ length: 13 }, (_, i) => `A->>P${i}: Go`)];
    const p = importMermaid(many.join("\n"));
    if (!p.ok)
      expect(formatMapError(p.errors[0]!)).toBe(
        "participants: 14 participants; a map holds at most 12",
      );
    expect(p.ok).toBe(false);
  });
});

const ORDER = `asyncapi: 3.0.0
info:
  title: Order service
channels:
  orderPlaced:
    address: orders.placed
    messages:
      placed:
        $ref: '#/components/messages/OrderPlaced'
  reserve:
    address: stock.reserve
    messages:
      reserve:
        name: ReserveStock
operations:
  publishPlaced:
    action: send
    channel:
      $ref: '#/channels/orderPlaced'
  askStock:
    action: send
    channel:
      $ref: '#/channels/reserve'
    reply:
      channel:
        $ref: '#/channels/reserve'
components:
  messages:
    OrderPlaced:
      name: OrderPlaced
`;
const consumer = (title: string, address: string) => `asyncapi: 3.0.0
info:
  title: ${title}
channels:
  in:
    address: ${address}
operations:
  receive:
    action: receive
    channel:
      $ref: '#/channels/in'
`;

describe("importAsyncApi (MAP.md §11)", () => {
  it("makes a hand-off per send and receive on one address; two receivers make an event; reply sets wait", () => {
    const text = [
      ORDER,
      consumer("Search", "orders.placed"),
      consumer("Mail", "orders.placed"),
      consumer("Stock", "stock.reserve"),
    ].join("\n---\n");
    const r = importAsyncApi(text);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.map.participants.map((p) => p.id)).toEqual([
      "order-service",
      "search",
      "mail",
      "stock",
    ]);
    expect(r.map.handoffs.map((h) => [h.from, h.to, h.label, h.answers])).toEqual([
      ["order-service", "search", "OrderPlaced", { current: "event" }],
      ["order-service", "mail", "OrderPlaced", { current: "event" }],
      ["order-service", "stock", "ReserveStock", { wait: "sender-waits", current: "message" }],
    ]);
    expect(r.imported).toContain("handoffs[2].answers.wait");
  });

  it("reads JSON documents too", () => {
    const json = JSON.stringify({
      asyncapi: "3.0.0",
      info: { title: "A" },
      channels: { c: { address: "x" } },
      operations: { s: { action: "send", channel: { $ref: "#/channels/c" } } },
    });
    const r = importAsyncApi(`${json}\n---\n${consumer("B", "x")}`);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.map.handoffs[0]).toMatchObject({
        from: "a",
        to: "b",
        label: "x",
        answers: { current: "message" },
      });
  });

  it("labels a hand-off by its message's key when the message has no name or title", () => {
    const json = JSON.stringify({
      asyncapi: "3.0.0",
      info: { title: "Labels" },
      channels: {
        c: { address: "parcels.label.printed", messages: { LabelPrinted: { payload: {} } } },
      },
      operations: { s: { action: "send", channel: { $ref: "#/channels/c" } } },
    });
    const r = importAsyncApi(`${json}\n---\n${consumer("Courier", "parcels.label.printed")}`);
    expect(r.ok && r.map.handoffs[0]!.label).toBe("LabelPrinted");
  });

  it("refuses AsyncAPI 2.x with a message, and names the document of other problems", () => {
    const v2 = importAsyncApi("asyncapi: 2.6.0\ninfo:\n  title: Old\n");
    expect(v2.ok).toBe(false);
    if (!v2.ok)
      expect(v2.errors[0]!.message).toMatch(
        /^document 1: AsyncAPI 2\.6\.0 is not supported; convert it to AsyncAPI 3/,
      );
    const noTitle = importAsyncApi(`${ORDER}\n---\nasyncapi: 3.0.0\ninfo: {}\n`);
    if (!noTitle.ok) expect(noTitle.errors[0]!.message).toBe("document 2: info.title is missing");
    expect(noTitle.ok).toBe(false);
    const external = importAsyncApi(
      "asyncapi: 3.0.0\ninfo:\n  title: A\noperations:\n  s:\n    action: send\n    channel:\n      $ref: 'other.yaml#/channels/x'\n",
    );
    if (!external.ok)
      expect(external.errors[0]!.message).toBe(
        "document 1: operations.s.channel is not a local channel",
      );
    expect(external.ok).toBe(false);
    const broken = importAsyncApi("asyncapi: 3.0.0\ninfo: [\n");
    expect(broken.ok).toBe(false);
    expect(importAsyncApi(ORDER).ok).toBe(false);
  });
});

describe("formatHint (new-user review 5)", () => {
  it("suggests the other format only when the text looks like it", () => {
    expect(formatHint("asyncapi: 3.0.0\ninfo:\n  title: A\n", "mermaid")).toBe(
      "This text looks like AsyncAPI 3: pick “AsyncAPI 3 (YAML or JSON)” and import again.",
    );
    expect(formatHint("sequenceDiagram\n  A->>B: Go", "asyncapi")).toBe(
      "This text looks like a Mermaid sequence diagram: pick “Mermaid sequence diagram” and import again.",
    );
    expect(formatHint("asyncapi: 3.0.0", "asyncapi")).toBeNull();
    expect(formatHint("flowchart LR\n  a --> b", "asyncapi")).toBeNull();
    expect(formatHint("sequenceDiagram\n  A-->>B", "mermaid")).toBeNull();
  });
});
