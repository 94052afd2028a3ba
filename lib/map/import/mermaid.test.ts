import { describe, expect, it } from "vitest";
import { mapResult, validateMap } from "../index";
import { importedMap } from "./form";
import { guardedLabel, importMermaid, kindsNote } from "./mermaid";

/** The notes but the one on participant kinds, which tests of other notes leave aside. */
const withoutKinds = (notes: string[]) => notes.filter((n) => !n.startsWith("Kinds not set"));

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

describe("importMermaid: alt, opt, par and loop blocks", () => {
  const text = `sequenceDiagram
    participant O as Order
    participant P as Pay
    participant K as Kitchen
    participant U as Mail
    O->>P: Authorize card
    alt authorized
      P->>O: Card authorized
      O->>K: Approve ticket
    else declined
      O->>U: Send apology
    end
    opt loyal customer
      O-)U: Send voucher
    end
    loop every hour
      K-)O: Report load
    end
    par to kitchen
      O-)K: Start prep
    and to mail
      O-)U: Confirm
    end`;

  it("keeps every branch and says, per block, which hand-offs came from which branch", () => {
    const r = importMermaid(text);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.map.handoffs.map((h) => h.label)).toEqual([
      "Authorize card",
      "Card authorized [authorized]",
      "Approve ticket [authorized]",
      "Send apology [declined]",
      "Send voucher [loyal customer]",
      "Report load",
      "Start prep",
      "Confirm",
    ]);
    expect(withoutKinds(r.notes)).toEqual([
      "Lines 7–12, alt “authorized” / else “declined”: the map has no conditional hand-offs, so the branches are merged and every one is imported as if it ran (alt “authorized”: hand-offs 2 (“Card authorized”) and 3 (“Approve ticket”); else “declined”: hand-off 4 (“Send apology”)). A hand-off's trigger is never on another branch. The condition is kept in the label, in brackets: “Card authorized [authorized]”. Remove the branches this map should not show.",
      "Lines 13–15, opt “loyal customer”: hand-off 5 (“Send voucher”): imported as unconditional steps; the map has no optional hand-offs. The condition is kept in the label, in brackets: “Send voucher [loyal customer]”.",
      "One-way arrows (`-)`, `--)`, which Mermaid calls async, and the crossed `-x`, `--x`): hand-offs 5 (“Send voucher [loyal customer]”), 6 (“Report load”), 7 (“Start prep”) and 8 (“Confirm”): imported with “How does it travel” = Queue (a message) and “Who waits” = Nobody, as the sender carries on without a reply. Change “Who waits” where the sender does wait for a later answer.",
      "Lines 16–18, loop “every hour”: hand-off 6 (“Report load”): imported once; the map has no repetition.",
      "Lines 19–23, par “to kitchen” / and “to mail”: the map has no parallel branches, so they follow each other in flow order (par “to kitchen”: hand-off 7 (“Start prep”); and “to mail”: hand-off 8 (“Confirm”)). A hand-off's trigger is never on another branch.",
    ]);
  });

  it("never makes a hand-off on one branch the trigger of a hand-off on another", () => {
    const r = importMermaid(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const byLabel = (label: string) => r.map.handoffs.find((h) => h.label.startsWith(label))!;
    // MAP.md §3's default would be "Card authorized" (the latest hand-off into Order), which is
    // on the other branch: the apology follows the authorisation request instead, which is not
    // into Order, so it starts on its own.
    expect(byLabel("Send apology").trigger).toBeNull();
    // Same branch: the default trigger stands, so the import leaves it out.
    expect("trigger" in byLabel("Approve ticket")).toBe(false);
  });
});

describe("importMermaid: actors", () => {
  it("makes an actor a person (MAP.md §2), says so, and leaves participants services", () => {
    const r = importMermaid(`sequenceDiagram
      actor B as Barista
      participant O as Order
      O->>B: Make coffee`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.map.participants.map((p) => [p.name, p.kind])).toEqual([
      ["Barista", "person"],
      ["Order", "service"],
    ]);
    expect(r.notes).toEqual([
      "Line 2: actor “Barista” is a person (kind person: someone who acts in the flow). Make it a client if it is a UI or entry point, or external if it is another company's system.",
      "Kinds not set by the diagram, so imported as Service (yours): “Order”. Check whether each is a service of yours, a client, a person or another company's system.",
    ]);
  });
});

describe("importMermaid: two-way arrows (Mermaid 11)", () => {
  it("splits <<->> and <<-->> into one hand-off each way and says so, never a participant named 'A<<'", () => {
    const r = importMermaid(`sequenceDiagram
      participant A as Cart
      participant B as Stock
      A<<->>B: Sync stock
      B<<-->>+A: Hold items
      A->>()B: Check`);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.map.participants.map((p) => p.name)).toEqual(["Cart", "Stock"]);
    expect(r.map.handoffs.map((h) => [h.from, h.to, h.label, h.answers?.current])).toEqual([
      ["cart", "stock", "Sync stock", "call"],
      ["stock", "cart", "Sync stock", "call"],
      ["stock", "cart", "Hold items", "message"],
      ["cart", "stock", "Hold items", "message"],
      ["cart", "stock", "Check", "call"],
    ]);
    expect(withoutKinds(r.notes)).toEqual([
      "Line 4: “A<<->>B: Sync stock” points both ways, so it became two hand-offs, 1 (Cart → Stock) and 2 (Stock → Cart), both “Sync stock”. If it is one request and its reply, remove the second.",
      "Line 5: “B<<-->>+A: Hold items” points both ways, so it became two hand-offs, 3 (Stock → Cart) and 4 (Cart → Stock), both “Hold items”. If it is one request and its reply, remove the second.",
    ]);
  });
});

describe("importMermaid: many bad lines", () => {
  it("lists the first 20 and counts the rest, and reads a long line without an arrow's colon quickly", () => {
    const r = importMermaid(
      ["sequenceDiagram", ...Array.from({ length: 25 }, () => "A => B"), "->".repeat(30_000)].join(
        "\n",
      ),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(21);
    expect(r.errors[20]).toEqual({
      field: "text",
      message: "and 6 more lines this import doesn't read",
    });
  });
});

describe("importMermaid: another kind of diagram", () => {
  const message = (text: string) => {
    const r = importMermaid(text);
    if (r.ok) throw new Error("imported");
    return r.errors.map((e) => e.message);
  };

  it("gives one error naming a pasted flowchart, and says Baton's own Copy Mermaid can't come back", () => {
    const errors = message(
      "```mermaid\nflowchart LR\n  C[Customer] --> W[Web]\n  W --> O[Order]\n  O -.-> N[Mail]\n```",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^line 2: “flowchart LR” starts a Mermaid flowchart; this import reads Mermaid sequence diagrams \(first line `sequenceDiagram`\) and AsyncAPI 3 documents\. Draw the hand-offs in the map editor \(\/map\)/,
    );
    expect(errors[0]).toContain("Baton's own “Copy Mermaid”");
    expect(errors[0]).toContain("/map?code=");
  });

  it("names other diagram types by their first keyword, without the Copy Mermaid hint", () => {
    const [graph] = message("graph TD\n  A --> B");
    expect(graph).toMatch(/^line 1: “graph TD” starts a Mermaid flowchart;/);
    expect(graph).not.toContain("Copy Mermaid");
    expect(message("classDiagram\n  A <|-- B")).toEqual([
      expect.stringMatching(/^line 1: “classDiagram” starts a Mermaid class diagram;/),
    ]);
    expect(message("stateDiagram-v2\n  [*] --> A")[0]).toContain("a Mermaid state diagram;");
    expect(message("erDiagram\n  A ||--o{ B : has")[0]).toContain(
      "a Mermaid entity relationship diagram;",
    );
  });
});

describe("importMermaid: a message without its text", () => {
  it("says the `:` before the message text is missing, with the line and the fixed line", () => {
    const r = importMermaid("sequenceDiagram\n  O->>I: Check stock\n  O->>I Reserve items");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      {
        field: "text",
        message:
          'line 3: missing `:` before the message text: "O->>I Reserve items"; write "O->>I: Reserve items"',
      },
    ]);
  });
});

describe("importMermaid: a reply on each branch of a block", () => {
  const text = `sequenceDiagram
    participant O as Order
    participant P as Payment
    participant I as Inventory
    O->>P: Authorize payment
    alt payment declined
      P-->>O: Payment declined
      O-)I: Release stock
    else payment authorized
      P-->>O: Payment authorized
    end`;

  it("reads every branch's reply as the request's one reply, never as a hand-off or an event", () => {
    const r = importMermaid(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.map.handoffs.map((h) => [h.from, h.to, h.label])).toEqual([
      ["order", "payment", "Authorize payment"],
      ["order", "inventory", "Release stock [payment declined]"],
    ]);
    expect(r.notes).toContain(
      "Lines 7, 10: “Payment declined”, “Payment authorized” answer hand-off 1 (“Authorize payment”), each on its own branch of a block. A request has one reply in the map, so the branches' replies are merged into one reply, not hand-offs of their own.",
    );
  });

  it("reads a second dotted arrow back to the requester as a reply too, with a note", () => {
    const r = importMermaid(`sequenceDiagram
      A->>B: Start export
      B-->>A: Export started
      B-->>A: Export finished`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.map.handoffs.map((h) => h.label)).toEqual(["Start export"]);
    expect(r.notes).toContain(
      "Lines 3, 4: “Export started”, “Export finished” answer hand-off 1 (“Start export”). A request has one reply in the map, so the replies are merged into one reply, not hand-offs of their own. Add a later one as a hand-off if it is a separate message (a callback).",
    );
  });
});

describe("importMermaid: async arrows say nobody waits", () => {
  const text = `sequenceDiagram
    actor C as Customer
    participant O as Order
    participant I as Inventory
    participant N as Notification
    O-)I: Release reservation
    N--)C: Email: payment failed
    N--)C: Email: order confirmation
    O->>I: Reserve items`;

  it("sets wait no-wait next to current message, marks both imported, and says so", () => {
    const r = importMermaid(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.map.handoffs.map((h) => h.answers)).toEqual([
      { current: "message", wait: "no-wait" },
      { intent: "tell", current: "message", wait: "no-wait" },
      { intent: "tell", current: "message", wait: "no-wait" },
      { current: "call" },
    ]);
    expect(r.imported).toContain("handoffs[0].answers.wait");
    expect(r.imported).not.toContain("handoffs[3].answers.wait");
    expect(r.notes).toContain(
      "One-way arrows (`-)`, `--)`, which Mermaid calls async, and the crossed `-x`, `--x`): hand-offs 1 (“Release reservation”), 2 (“Email: payment failed”) and 3 (“Email: order confirmation”): imported with “How does it travel” = Queue (a message) and “Who waits” = Nobody, as the sender carries on without a reply. Change “Who waits” where the sender does wait for a later answer.",
    );
  });

  it("lets the dotted arrow, not the label's tense, decide intent: the two emails come out the same", () => {
    const r = importMermaid(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.imported).toContain("handoffs[1].answers.intent");
    expect(r.imported).not.toContain("handoffs[0].answers.intent");
    expect(r.notes).toContain(
      "Dotted one-way arrows (`--)`, `--x`): hand-offs 2 (“Email: payment failed”) and 3 (“Email: order confirmation”): also imported with “What does A want” = Tell (A tells what happened; B decides whether to act), whatever the label's tense, so the same arrow gives the same answer. A solid one-way arrow (`-)`, `-x`) leaves it to the label. Change it to Do where A needs B to do the work.",
    );
    const valid = validateMap(importedMap(r));
    if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
    const [release, failed, confirmation] = mapResult(valid.map).handoffs;
    // "payment failed" reads as past tense and "order confirmation" does not: same answers anyway.
    expect(confirmation!.answers).toEqual(failed!.answers);
    expect([confirmation!.kind, confirmation!.transport]).toEqual([
      failed!.kind,
      failed!.transport,
    ]);
    expect(confirmation!.kind).toBe("event");
    // A solid one-way arrow keeps the label's reading: an imperative stays a queued command.
    expect([release!.answers.intent, release!.kind, release!.transport]).toEqual([
      "do",
      "command",
      "queue",
    ]);
  });

  it("so an async arrow is never scored as a synchronous call or a waiting scope step", () => {
    const r = importMermaid(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const valid = validateMap(importedMap(r));
    if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
    const result = mapResult(valid.map);
    for (const i of [0, 1, 2]) {
      expect(valid.map.handoffs[i]!.answers?.wait).toBe("no-wait");
      expect(result.handoffs[i]!.transport).not.toBe("sync-call");
      expect(result.handoffs[i]!.scopeId).toBeNull();
    }
  });
});

describe("importMermaid: nothing dropped without a note", () => {
  it("names replies, Note lines, self-messages and a second participant with a declared name", () => {
    const r = importMermaid(`sequenceDiagram
      participant O as Order
      participant S as Stripe
      O->>S: Create intent
      S-->>O: Intent status
      Note over O,S: Stripe may take up to 30s
      O->>O: Log
      O->>Stripe: Capture
      Note right of O: retried with an idempotency key`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.map.participants.map((p) => p.name)).toEqual(["Order", "Stripe", "Stripe"]);
    expect(withoutKinds(r.notes)).toEqual([
      "Replies ride on their requests, so they are not hand-offs: line 5 “Intent status” answers hand-off 1 (“Create intent”).",
      "Lines 6, 9: the map has no notes, so these `Note` lines are not imported (“Stripe may take up to 30s”; “retried with an idempotency key”). If one states a duration or a retry, set “How long can B take” or “If a later step fails” on its hand-off.",
      "Line 7: a message from a participant to itself is not a hand-off, so it is not imported.",
      "Line 8: “Stripe” is not a participant's key, but line 3 names “S” “Stripe”, so this became a second participant with that name. Write “S” if they are the same one.",
    ]);
  });

  it("says when two declarations share a name or one key is declared twice", () => {
    const r = importMermaid(`sequenceDiagram
      participant A as Order
      participant B as Order
      participant A as Orders
      A->>B: Go`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(withoutKinds(r.notes)).toEqual([
      "Line 3: “B” has the same name as “A” (line 2), “Order”: two participants. Rename one, or write “A” for both if they are the same one.",
      "Line 4: “A” is declared again (first on line 2 as “Order”): one participant, now named “Orders”.",
    ]);
  });
});

describe("importMermaid: a block without `end`", () => {
  it("names the unclosed block and its line", () => {
    const r = importMermaid(`sequenceDiagram
      A->>B: Authorize
      alt declined
        B-)C: Release
      else authorized
        B-)D: Ship
      A->>E: Confirm`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.notes).toContain(
      "Line 3: `alt` has no `end`, so it runs to the end of the diagram and every later line is read as inside it. Add its `end` where the block stops.",
    );
    const closed = importMermaid("sequenceDiagram\n  rect rgb(0,0,0)\n  A->>B: Go\n  end");
    expect(closed.ok && closed.notes.some((n) => n.includes("has no `end`"))).toBe(false);
    const box = importMermaid("sequenceDiagram\n  box Aqua Shop\n  A->>B: Go");
    expect(box.ok && box.notes).toContain(
      "Line 2: `box` has no `end`, so it runs to the end of the diagram and every later line is read as inside it. Add its `end` where the block stops.",
    );
  });
});

describe("importMermaid: a block without `end` in a diagram that fails for another reason", () => {
  it("lists the unclosed block with the other errors, in line order, not only once the rest is fixed", () => {
    const r = importMermaid(`sequenceDiagram
      A->>B: Authorize payment
      alt declined
        B-->>A: Declined
      else authorized
        A->>C Reserve items
        B-->>A: Authorized
      A->>D: Confirm`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.message)).toEqual([
      "line 3: `alt` has no `end`, so it runs to the end of the diagram and every later line is read as inside it. Add its `end` where the block stops.",
      'line 6: missing `:` before the message text: "A->>C Reserve items"; write "A->>C: Reserve items"',
    ]);
  });
});

describe("the review's order flow: the sync-chain flag and the table agree (new-user review 2, item 10)", () => {
  const diagram = `sequenceDiagram
    actor C as Customer
    participant W as Web Storefront
    participant O as Order Service
    participant I as Inventory Service
    participant P as Payment Service
    participant S as Stripe
    C->>W: Place order
    W->>O: POST /orders
    O->>I: Reserve items
    I-->>O: Reservation confirmed
    O->>P: Authorize payment
    P->>S: Create PaymentIntent
    S-->>P: PaymentIntent status
    P-->>O: Payment authorized
    O-->>W: 201 Created
    W-->>C: Show confirmation page`;

  const scored = (undo: boolean) => {
    const imported = importMermaid(diagram);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    const map = importedMap(imported);
    const handoffs = map.handoffs.map((h) =>
      undo && ["Reserve items", "Authorize payment"].includes(h.label)
        ? { ...h, answers: { ...h.answers, undo: "compensate" as const } }
        : h,
    );
    const valid = validateMap({ ...map, handoffs });
    if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
    return mapResult(valid.map);
  };
  const chained = (r: ReturnType<typeof scored>) =>
    r.handoffs.filter((h) => h.flags.some((f) => f.id === "sync-chain")).map((h) => h.label);

  it("flags the calls as imported, and no step once undo makes them activities of a scope", () => {
    expect(chained(scored(false))).toEqual(
      expect.arrayContaining(["POST /orders", "Authorize payment", "Create PaymentIntent"]),
    );
    const r = scored(true);
    const steps = r.handoffs.filter((h) => h.transport === "activity");
    expect(steps.map((h) => h.label)).toEqual(["Reserve items", "Authorize payment"]);
    // No flag names an activity, in its hand-offs or in its sentence.
    for (const h of r.handoffs)
      for (const f of h.flags.filter((x) => x.id === "sync-chain")) {
        expect(h.transport).not.toBe("activity");
        for (const step of steps) expect(f.why).not.toMatch(new RegExp(`\\b${step.id}\\b`));
      }
    expect(chained(r)).not.toContain("Reserve items");
    expect(chained(r)).not.toContain("Authorize payment");
  });
});

describe("importMermaid: a branch keeps its condition in the label (issue 22 review 3 M3)", () => {
  const trip = `sequenceDiagram
    participant App as Rider App
    participant Trip as Trip Service
    participant Pay as Payments
    App->>Trip: POST /trips
    Trip->>Pay: Authorize card
    alt card authorized
      Trip--)App: TripConfirmed
    else card declined
      Trip--)App: TripRejected
    end`;

  it("appends each branch's condition to its hand-off's label, on both branches of an alt", () => {
    const r = importMermaid(trip);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.map.handoffs.map((h) => h.label)).toEqual([
      "POST /trips",
      "Authorize card",
      "TripConfirmed [card authorized]",
      "TripRejected [card declined]",
    ]);
    // The import note stays, and says where the condition went.
    expect(r.notes.find((n) => n.startsWith("Lines 7–11"))).toContain(
      "The condition is kept in the label, in brackets: “TripConfirmed [card authorized]”.",
    );
  });

  it("keeps the label within 32 characters: the condition ends with … and the name is never cut", () => {
    const r = importMermaid(`sequenceDiagram
      A->>B: Reserve seats
      opt the customer asked for a window seat
        A->>C: Reserve the window seat now
      end
      alt the customer has loyalty points
        A-)D: Award loyalty points
      end`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [, seat, points] = r.map.handoffs.map((h) => h.label);
    // 27 characters of name leave no room for three characters of condition: left out, and said.
    expect(seat).toBe("Reserve the window seat now");
    expect(points).toBe("Award loyalty points [the cust…]");
    expect([...points!].length).toBe(32);
    expect(r.notes).toContain(
      "Lines 3–5, opt “the customer asked for a window seat”: hand-off 2 (“Reserve the window seat now”): imported as unconditional steps; the map has no optional hand-offs. hand-off 2 (“Reserve the window seat now”): no room for the condition within 32 characters; shorten the label to keep it.",
    );
  });

  it("joins nested conditions, names a branch without text by its keyword, and leaves loop and par alone", () => {
    const r = importMermaid(`sequenceDiagram
      A->>B: Start
      alt
        B->>C: Go
      else
        opt vip
          B->>D: Upgrade
        end
      end
      loop every hour
        B-)C: Poll
      end
      break
        B-)A: Abort
      end`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.map.handoffs.map((h) => h.label)).toEqual([
      "Start",
      "Go [if]",
      "Upgrade [else, vip]",
      "Poll",
      "Abort [break]",
    ]);
  });

  it("keeps the form's intent of the message, not of the condition", () => {
    const r = importMermaid(`sequenceDiagram
      A->>B: Reserve stock
      alt stock reserved
        A->>C: Charge card
      end`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.map.handoffs[1]!.label).toBe("Charge card [stock reserved]");
    expect(importedMap(r).handoffs[1]!.answers?.intent).toBe("do");
  });
});

describe("guardedLabel", () => {
  it("never cuts the name, and never passes the limit", () => {
    for (const name of ["A", "Charge card", "x".repeat(28), "y".repeat(32)])
      for (const guard of ["", "ok", "card declined", "z".repeat(60)]) {
        const { text, kept } = guardedLabel(name, guard, 32);
        expect(text.startsWith(name)).toBe(true);
        expect([...text].length).toBeLessThanOrEqual(Math.max(32, name.length));
        expect(kept).toBe(guard === "" || text !== name);
      }
  });
});

describe("importMermaid: participant kinds the diagram did not set (issue 22 review 3 M4)", () => {
  it("lists every participant imported as a service by default, hints client by the name, sets nothing", () => {
    const r = importMermaid(`sequenceDiagram
      participant Rider as Rider App
      actor D as Driver
      participant Trip as Trip Service
      participant S as Stripe (PSP)
      participant W as Web
      Rider->>Trip: Request trip
      Trip->>S: Charge card
      Trip-)D: Offer trip
      W->>Trip: Show trips`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.notes).toContain(
      "Kinds not set by the diagram, so imported as Service (yours): “Rider App” (client?), “Trip Service”, “Stripe (PSP)”, “Web” (client?). Check whether each is a service of yours, a client, a person or another company's system.",
    );
    expect(r.map.participants.map((p) => p.kind)).toEqual([
      "service",
      "person",
      "service",
      "service",
      "service",
    ]);
  });

  it("says nothing when every participant is an actor", () => {
    const r = importMermaid("sequenceDiagram\n  actor A\n  actor B\n  A->>B: Hand over");
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.notes.filter((n) => n.startsWith("Kinds"))).toEqual([]);
  });
});

describe("kindsNote", () => {
  it("hints client only for a last word that names a UI", () => {
    const hinted = (name: string) => kindsNote([name]).includes("(client?)");
    for (const name of ["Rider App", "Admin UI", "web", "Store Frontend", "Mobile", "iOS client"])
      expect(hinted(name), name).toBe(true);
    for (const name of ["Apply Service", "Webhooks", "Application", "UI Service", "Stripe"])
      expect(hinted(name), name).toBe(false);
  });
});

describe("importMermaid: the diagram's title (new user review 4, N8)", () => {
  it("names the map after `title`, inline or in the front matter, cut to the name limit", () => {
    const named = (text: string) => {
      const r = importMermaid(text);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.map.name;
    };
    expect(named("sequenceDiagram\n  title Loan application\n  A->>B: Apply")).toBe(
      "Loan application",
    );
    expect(named('---\ntitle: "Hotel booking"\n---\nsequenceDiagram\n  A->>B: Book')).toBe(
      "Hotel booking",
    );
    expect(named("sequenceDiagram\n  A->>B: Apply")).toBeUndefined();
    // A direction or control character in the title is dropped, never an error on "name".
    expect(named("sequenceDiagram\n  title Loan \u202Eevil\u0007\n  A->>B: Apply")).toBe(
      "Loan evil",
    );
    expect([...named(`sequenceDiagram\n  title ${"x".repeat(80)}\n  A->>B: Apply`)!]).toHaveLength(
      60,
    );
  });
});

describe("importMermaid: a branch that holds only a reply (new user review 4, N1)", () => {
  it("says that no label carries that branch's condition", () => {
    const r = importMermaid(`sequenceDiagram
  A->>B: Score
  alt score above auto-approve threshold
    B-->>A: Approved
  else manual band
    A->>C: Review application
  end`);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.map.handoffs.map((h) => h.label)).toEqual([
      "Score",
      "Review application [manual band]",
    ]);
    const note = r.notes.find((n) => n.startsWith("Lines 3–7"))!;
    expect(note).toContain(
      "The branch alt “score above auto-approve threshold” has no hand-off of the map (only replies, or nothing), so no label carries its condition.",
    );
  });
});
