/**
 * The rule faults of the architect's re-map (docs/reviews/issue-22-architect-remap.md, §4), each
 * checked on the review's minimal map. The rules and their sources: lib/map/CONTRACT-NOTES.md.
 */
import { describe, expect, it } from "vitest";
import { formName } from "../map-view/one-flow-words";
import {
  IN_PROCESS_SCOPE_FORM,
  mapAdrMarkdown,
  mapResult,
  scopeFormName,
  validateMap,
  type MapJson,
  type MapResult,
} from "./index";
import { TWO_TRANSACTIONS_MAP } from "./fixtures/two-scopes-one-owner";

function evaluate(json: unknown): MapResult {
  const v = validateMap(json);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return mapResult(v.map, { mermaid: false });
}
const handoff = (r: MapResult, id: string) => r.handoffs.find((h) => h.id === id)!;

/** Review §4 F1, map m3: Billing → Notifier → Customer → Billing, then the retried charge. */
const m3: MapJson = {
  map: 1,
  participants: [
    { id: "a", name: "Billing", team: "T", domain: "D" },
    { id: "n", name: "Notifier", team: "U", domain: "E" },
    { id: "p", name: "Customer", kind: "person" },
    { id: "x", name: "PSP", kind: "external" },
  ],
  handoffs: [
    {
      id: "h1",
      from: "a",
      to: "x",
      label: "Charge card",
      trigger: null,
      answers: {
        intent: "do",
        wait: "sender-waits",
        undo: "compensate",
        duration: "seconds",
        together: "no",
        current: "call",
      },
    },
    {
      id: "h2",
      from: "a",
      to: "n",
      label: "Send notice",
      trigger: "h1",
      answers: {
        intent: "do",
        wait: "no-wait",
        undo: "retry",
        duration: "seconds",
        together: "no",
        current: "message",
      },
    },
    {
      id: "h3",
      from: "n",
      to: "p",
      label: "Update your card",
      answers: {
        intent: "do",
        wait: "no-wait",
        undo: "none",
        duration: "days-or-person",
        together: "no",
        current: "message",
      },
    },
    {
      id: "h4",
      from: "p",
      to: "a",
      label: "Update card",
      answers: {
        intent: "do",
        wait: "user-waits",
        undo: "none",
        duration: "seconds",
        together: "no",
        current: "call",
      },
    },
    {
      id: "h5",
      from: "a",
      to: "x",
      label: "Retry charge",
      answers: {
        intent: "do",
        wait: "sender-waits",
        undo: "pivot",
        duration: "seconds",
        together: "no",
        current: "call",
      },
    },
  ],
};

describe("F1: a wait that returns to the owner through other participants stays in its scope", () => {
  it("keeps the retried charge in the charge's scope, and the wait on the way back counts (m3)", () => {
    const r = evaluate(m3);
    expect(r.scopes).toHaveLength(1);
    const [s] = r.scopes;
    expect(s!.owner).toBe("a");
    expect(s!.members).toEqual(["h1", "h2", "h5"]);
    expect(handoff(r, "h5").transport).toBe("activity");
    // The customer's days on the return path are the scope's wait (§7.1 duration), so S2 holds.
    expect(s!.derived.answers.duration).toBe("days-or-human");
    expect(s!.why).toContain("S2");
    expect(s!.reason).toContain("on the way back to Billing (h2, h3, h4)");
    // The notice and the customer's answer are not steps of the saga.
    expect(handoff(r, "h3").scopeId).toBeNull();
    expect(handoff(r, "h4").scopeId).toBeNull();
  });

  it("gives the same scope as when the owner asks the customer directly (review v3)", () => {
    const direct = structuredClone(m3);
    direct.handoffs[2]!.from = "a";
    direct.handoffs[2]!.trigger = "h2";
    const r = evaluate(direct);
    expect(r.scopes).toHaveLength(1);
    expect(r.scopes[0]!.members).toContain("h5");
    expect(r.scopes[0]!.derived.answers.duration).toBe("days-or-human");
  });

  it("opens a new transaction when the chain into the owner never reaches an owner's step", () => {
    // The customer acts on their own (trigger: null): the retry is another business transaction.
    const unprompted = structuredClone(m3);
    unprompted.handoffs[3]!.trigger = null;
    const r = evaluate(unprompted);
    expect(handoff(r, "h5").scopeId).not.toBe(handoff(r, "h1").scopeId);
  });
});

/** Review §4 F3, map m2: a 2-step in-process scope whose commands go with A's change. */
const m2: MapJson = {
  map: 1,
  participants: [
    { id: "a", name: "A", team: "T", domain: "D" },
    { id: "b", name: "B", team: "U", domain: "E" },
    { id: "c", name: "C", team: "V", domain: "F" },
  ],
  handoffs: [
    {
      id: "h1",
      from: "a",
      to: "b",
      label: "Reserve",
      answers: {
        intent: "do",
        wait: "no-wait",
        undo: "compensate",
        duration: "seconds",
        together: "yes",
        current: "message",
      },
    },
    {
      id: "h2",
      from: "a",
      to: "c",
      label: "Charge",
      answers: {
        intent: "do",
        wait: "sender-waits",
        undo: "pivot",
        duration: "seconds",
        together: "yes",
        current: "message",
      },
    },
  ],
  answers: { "workflow-engine": "cannot-run", volume: "over-10k" },
};

describe("F3: an in-process orchestrator's step that goes with its change needs an outbox", () => {
  it("flags both members of the in-process scope (m2), naming the owner's state machine", () => {
    const r = evaluate(m2);
    expect(r.scopes[0]!.form).toBe("in-process");
    for (const id of ["h1", "h2"]) {
      const outbox = handoff(r, id).flags.find((f) => f.id === "outbox");
      expect(outbox, id).toBeDefined();
      expect(outbox!.why).toContain("A's state machine records this step");
    }
    expect(r.flags.find((f) => f.id === "outbox")!.handoffs).toEqual(["h1", "h2"]);
  });

  it("raises none when the step need not go with the owner's change (together: no)", () => {
    const apart = structuredClone(m2);
    for (const h of apart.handoffs) h.answers!.together = "no";
    const r = evaluate(apart);
    expect(r.scopes[0]!.form).toBe("in-process");
    expect(r.flags.some((f) => f.id === "outbox")).toBe(false);
  });

  it("raises none on a durable-execution member: the engine's history records the step", () => {
    const durable = structuredClone(m2);
    durable.answers = { "workflow-engine": "can-self-host" };
    durable.handoffs[1]!.answers!.duration = "days-or-person";
    const r = evaluate(durable);
    expect(r.scopes[0]!.form).toBe("durable-execution");
    expect(r.flags.some((f) => f.id === "outbox")).toBe(false);
  });
});

describe("F4: a map scope's in-process form is the owner's state machine, not one database transaction", () => {
  it("names it so in the ADR of a scope that spans services (m2)", () => {
    const r = evaluate(m2);
    expect(r.scopes[0]!.form).toBe("in-process");
    expect(new Set(r.scopes[0]!.participants).size).toBeGreaterThanOrEqual(3);
    const adr = mapAdrMarkdown(r, { origin: "https://baton.example", date: "2026-12-07" });
    expect(adr).toContain(`Form: ${IN_PROCESS_SCOPE_FORM}.`);
    expect(adr).not.toMatch(/one database transaction/);
  });

  it("keeps one-flow model 2's names for the other forms, on the map pages too", () => {
    expect(formName("in-process")).toBe(IN_PROCESS_SCOPE_FORM);
    expect(formName("durable-execution")).toBe("Durable execution");
    expect(scopeFormName("process-engine", () => "Process engine")).toBe("Process engine");
  });
});

describe("F9: a member's call or message is not 'different from today' inside its step", () => {
  it("keeps differs false for the owner's calls and messages, true where who holds the state changes", () => {
    const r = evaluate(m3);
    // h1, h5: calls from Billing; h2: a message from Billing. All stay so inside the step.
    for (const id of ["h1", "h2", "h5"]) {
      expect(handoff(r, id).transport, id).toBe("activity");
      expect(handoff(r, id).differs, id).toBe(false);
    }
    // An event today, a command from the owner's workflow tomorrow: that differs.
    const wasEvent = structuredClone(m3);
    wasEvent.handoffs[1]!.answers!.current = "event";
    wasEvent.handoffs[1]!.answers!.intent = "do";
    expect(handoff(evaluate(wasEvent), "h2").differs).toBe(true);
    // Not decided today: nothing to differ from.
    const open = structuredClone(m3);
    open.handoffs[0]!.answers!.current = "not-decided";
    expect(handoff(evaluate(open), "h1").differs).toBeNull();
  });
});

const answers = (
  intent: string,
  wait: string,
  undo: string,
  duration: string,
  together = "no",
  current = "not-decided",
) => ({ intent, wait, undo, duration, together, current });

/** Review §4 F2, map m1: a notice and a request to a person, an event to another company. */
const m1 = {
  map: 1,
  participants: [
    { id: "a", name: "A", team: "T", domain: "D" },
    { id: "p", name: "Customer", kind: "person" },
    { id: "x", name: "Partner", kind: "external" },
  ],
  handoffs: [
    {
      id: "h1",
      from: "a",
      to: "p",
      label: "Receipt sent",
      answers: answers("tell", "no-wait", "none", "days-or-person"),
    },
    {
      id: "h2",
      from: "a",
      to: "p",
      label: "Please review",
      answers: answers("do", "no-wait", "none", "days-or-person"),
    },
    {
      id: "h3",
      from: "a",
      to: "x",
      label: "Order shipped",
      answers: answers("tell", "no-wait", "none", "seconds"),
    },
    {
      id: "h4",
      from: "a",
      to: "x",
      label: "Book pickup",
      answers: answers("do", "no-wait", "none", "seconds", "yes"),
    },
  ],
};

describe("F2: a person or another company's system reads no broker or queue", () => {
  it("says how each hand-off reaches them (T8), keeping the transport on the sender's side (m1)", () => {
    const r = evaluate(m1);
    expect(r.handoffs.map((h) => [h.id, h.transport, h.delivery])).toEqual([
      ["h1", "broker", "notification"],
      ["h2", "queue", "user-task"],
      ["h3", "broker", "webhook"],
      ["h4", "queue", "partner-api"],
    ]);
    for (const h of r.handoffs) {
      const t8 = h.explanations.find((e) => e.rule === "T8")!;
      expect(h.rules.at(-1), h.id).toBe("T8");
      // T8 sets no kind, transport or scope: the reason stays the rule that did.
      expect(h.reason, h.id).not.toBe(t8.sentence);
    }
    expect(handoff(r, "h3").explanations.at(-1)!.sentence).toContain("webhook");
    expect(handoff(r, "h4").explanations.at(-1)!.sentence).toContain("idempotency key");
    // Fed by an outbox when it must agree with A's change.
    expect(handoff(r, "h4").flags.map((f) => f.id)).toEqual(["outbox"]);
  });

  it("puts each delivery and its sentence in the ADR's hand-off table, as on the page", () => {
    const r = evaluate(m1);
    const adr = mapAdrMarkdown(r, { origin: "https://baton.example", date: "2026-12-07" });
    const row = (id: string) =>
      adr.split("\n").find((l) => l.startsWith("|") && l.includes(handoff(r, id).label))!;
    expect(row("h3")).toContain("broker (publish/subscribe), then a webhook to their endpoint");
    expect(row("h3")).toContain(handoff(r, "h3").explanations.at(-1)!.sentence);
    expect(row("h4")).toContain("to their API, with an idempotency key");
    expect(row("h2")).toContain("as a request the person acts on");
  });

  it("lists them by receiver in the summary, not as published events, and calls the map direct", () => {
    const r = evaluate(m1);
    expect(r.summary).not.toContain("Publish");
    expect(r.summary).toContain("Notify Customer: Receipt sent.");
    expect(r.summary).toContain("Ask Customer to act on: Please review.");
    expect(r.summary).toContain("Send Partner a webhook: Order shipped.");
    // No event goes between your services: nothing is choreographed.
    expect(r.style).toBe("direct");
  });

  it("gives a member to a person a user task its owner's workflow waits on (purchase approval)", () => {
    const r = evaluate({
      map: 1,
      participants: [
        { id: "a", name: "Procurement", team: "T", domain: "D" },
        { id: "p", name: "Approver", kind: "person" },
        { id: "b", name: "Ledger", team: "U", domain: "E" },
      ],
      handoffs: [
        {
          id: "h1",
          from: "a",
          to: "p",
          label: "Approve",
          answers: answers("do", "sender-waits", "none", "days-or-person"),
        },
        {
          id: "h2",
          from: "a",
          to: "b",
          label: "Commit budget",
          answers: answers("do", "sender-waits", "compensate", "seconds"),
        },
      ],
    });
    const h1 = handoff(r, "h1");
    expect([h1.transport, h1.delivery, h1.scopeId]).toEqual(["activity", "user-task", "s1"]);
    expect(h1.explanations.at(-1)!.sentence).toContain(
      "Procurement's workflow waits for their answer",
    );
    expect(h1.reason).toContain("A step of Procurement's orchestrated scope s1");
    expect(handoff(r, "h2").delivery).toBeNull();
  });
});

describe("Architect try 3 (docs/reviews/issue-22-architect-try-3.md): notifications, tasks and partner calls", () => {
  const notify = {
    map: 1,
    participants: [
      { id: "claims", name: "Claims service", team: "Claims", domain: "Claims" },
      { id: "notify", name: "Notification service", team: "Comms", domain: "Customer comms" },
      { id: "claimant", name: "Claimant", kind: "person" },
      { id: "garage", name: "Partner garage", kind: "external" },
    ],
    handoffs: [
      {
        id: "settled",
        from: "claims",
        to: "notify",
        label: "Claim settled",
        answers: answers("tell", "no-wait", "none", "seconds", "yes", "event"),
      },
      {
        id: "email",
        from: "notify",
        to: "claimant",
        label: "Email settlement",
        answers: answers("tell", "no-wait", "none", "seconds", "no", "message"),
      },
      {
        id: "repair",
        from: "claims",
        to: "garage",
        label: "Authorize repair",
        answers: answers("do", "no-wait", "none", "minutes", "no", "message"),
      },
    ],
  };

  it("A3: the notification service's own email to a person does not differ from its message", () => {
    const r = evaluate(notify);
    const email = handoff(r, "email");
    expect([email.delivery, email.differs]).toEqual(["notification", false]);
    expect(email.explanations.at(-1)!.sentence).toContain(
      "Notification service sends it to them by email, SMS or push, directly or through a notification service",
    );
  });

  it("A5: a partner's API call is named as such, not as a direct command, on a choreography map", () => {
    const r = evaluate(notify);
    expect(r.style).toBe("choreography");
    expect(r.summary).toContain("Call Partner garage's API: Authorize repair.");
    expect(r.summary).not.toContain("directly");
  });

  it("A1: a request to a person reads for a customer as well as for staff", () => {
    const r = evaluate(m1);
    const task = handoff(r, "h2").explanations.at(-1)!.sentence;
    expect(task).toContain("a task in their task list if they work for you");
    expect(task).toContain("a message with a link if not");
    expect(task).not.toContain("escalate");
  });
});

/** Review §4 F5, map m6: the customer updates the card, then one retried charge that waits. */
const m6 = {
  map: 1,
  participants: [
    { id: "u", name: "Customer", kind: "person" },
    { id: "a", name: "Billing", team: "T", domain: "D" },
    { id: "x", name: "PSP", kind: "external" },
  ],
  handoffs: [
    {
      id: "h1",
      from: "u",
      to: "a",
      label: "Update card",
      answers: answers("do", "user-waits", "none", "seconds", "no", "call"),
    },
    {
      id: "h2",
      from: "a",
      to: "x",
      label: "Retry charge",
      answers: answers("do", "sender-waits", "pivot", "minutes", "no", "call"),
    },
  ],
  answers: { visibility: "ops-per-instance" },
};

describe("F5: one step is a long-running step, not a saga", () => {
  it("has no saga name on a one-step scope, in the JSON, the summary, the ADR and the Mermaid (m6)", () => {
    const v = validateMap(m6);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const r = mapResult(v.map);
    expect(r.scopes).toHaveLength(1);
    expect(r.scopes[0]!.saga).toBeNull();
    expect(r.summary).toContain("Run Retry charge as a long-running step owned by Billing");
    expect(r.summary).not.toContain("saga");
    expect(r.mermaid).toContain("Long-running step · ");
    expect(r.mermaid).not.toContain("Saga ·");
    const adr = mapAdrMarkdown(r, { origin: "https://baton.example", date: "2026-12-07" });
    expect(adr).toContain("A long-running step, not a saga");
  });

  it("keeps the saga name once the scope has two steps", () => {
    const two = structuredClone(m6);
    two.handoffs.push({
      id: "h3",
      from: "a",
      to: "x",
      label: "Refund",
      answers: answers("do", "sender-waits", "compensate", "seconds", "no", "call"),
    });
    const r = evaluate(two);
    expect(r.scopes[0]!.members).toEqual(["h2", "h3"]);
    expect(r.scopes[0]!.saga?.name).toBe("Parallel");
  });
});

/** Review §4 F8, map m5: A queues a command to B, calls C and publishes "A done" to D. */
const m5 = {
  map: 1,
  participants: [
    { id: "a", name: "A", team: "T", domain: "D" },
    { id: "b", name: "B", team: "U", domain: "E" },
    { id: "c", name: "C", team: "V", domain: "F" },
    { id: "d", name: "D", team: "W", domain: "G" },
  ],
  handoffs: [
    {
      id: "h1",
      from: "a",
      to: "b",
      label: "Do one",
      answers: answers("do", "no-wait", "none", "seconds", "no", "message"),
    },
    {
      id: "h2",
      from: "a",
      to: "c",
      label: "Do two",
      answers: answers("do", "sender-waits", "none", "seconds", "no", "call"),
    },
    {
      id: "h3",
      from: "a",
      to: "d",
      label: "A done",
      answers: answers("tell", "no-wait", "none", "seconds", "yes", "event"),
    },
  ],
};

describe("F8: services that command each other directly are not choreography", () => {
  it("calls m5 direct and names its commands in the summary", () => {
    const r = evaluate(m5);
    expect(r.style).toBe("direct");
    expect(r.summary).toBe(
      "Publish A done as an event. Call directly: Do two. Queue directly: Do one. 1 flag.",
    );
  });

  it("stays choreography when the only commands come from outside (a client's request)", () => {
    const json = structuredClone(m5);
    json.participants.push({ id: "u", name: "App", kind: "client" } as never);
    json.handoffs = [
      {
        id: "h0",
        from: "u",
        to: "a",
        label: "Place",
        answers: answers("do", "user-waits", "none", "instant", "no", "call"),
      },
      json.handoffs[2]!,
    ];
    expect(evaluate(json).style).toBe("choreography");
  });
});

describe("F10: two scopes of one owner have their own one-flow names; the scope names its longest wait", () => {
  it("adds each scope's first step to the derived flow name when the owner has two scopes", () => {
    const r = evaluate(TWO_TRANSACTIONS_MAP);
    const owner = r.participants.find((p) => p.id === r.scopes[0]!.owner)!.name;
    const flows = r.scopes.map((s) => s.derived.flow);
    expect(r.scopes.length).toBe(2);
    expect(new Set(flows).size).toBe(2);
    r.scopes.forEach((s, i) => {
      const first = handoff(r, s.members[0]!).label;
      expect(flows[i]).toBe([r.name, owner, first].filter(Boolean).join(" · "));
    });
    // A map whose owners each have one scope keeps "<map> · <owner>" (checked on m3).
    const single = evaluate(m3);
    expect(single.scopes.map((s) => s.derived.flow)).toEqual(["Billing"]);
  });

  it("names the longest wait that made the scope wait, not the first", () => {
    const r = evaluate({
      map: 1,
      participants: [
        { id: "a", name: "Billing", team: "T", domain: "D" },
        { id: "x", name: "PSP", kind: "external" },
        { id: "p", name: "Customer", kind: "person" },
      ],
      handoffs: [
        {
          id: "h1",
          from: "a",
          to: "x",
          label: "Charge",
          answers: answers("do", "sender-waits", "compensate", "minutes"),
        },
        {
          id: "h2",
          from: "a",
          to: "p",
          label: "Confirm",
          answers: answers("do", "sender-waits", "none", "days-or-person"),
        },
      ],
    });
    expect(r.scopes[0]!.reason).toContain("it waits for Customer: days, or until a person acts.");
  });
});

describe("New user review 4 (a loan application imported from Mermaid)", () => {
  const loan = (current: string, fromKind = "person") => ({
    map: 1,
    participants: [
      { id: "app", name: "Application service", team: "Loans", domain: "Lending" },
      { id: "uw", name: "Underwriter", kind: "person" },
      { id: "portal", name: "Loan portal", kind: fromKind },
    ],
    handoffs: [
      {
        id: "review",
        from: "app",
        to: "uw",
        label: "Review application",
        answers: answers("do", "sender-waits", "compensate", "days-or-person"),
      },
      {
        id: "decided",
        from: "uw",
        to: "app",
        label: "Decision recorded",
        answers: answers("tell", "no-wait", "none", "seconds", "no", current),
      },
      {
        id: "signed",
        from: "portal",
        to: "app",
        label: "Agreement signed",
        trigger: null,
        answers: answers("tell", "no-wait", "none", "seconds", "yes", "event"),
      },
    ],
  });

  it("N2: an answer to a step its sender waits for is the reply, whether it travels as a call, a message or an event", () => {
    for (const current of ["call", "message", "event", "not-decided"]) {
      const r = evaluate(loan(current));
      const decided = handoff(r, "decided");
      expect([decided.kind, decided.scopeId], current).toEqual([
        "reply",
        handoff(r, "review").scopeId,
      ]);
      expect(decided.rules[0], current).toBe("K2");
    }
    // A workflow step described as such is not taken for a reply.
    expect(handoff(evaluate(loan("workflow")), "decided").kind).not.toBe("reply");
  });

  it("N5: raises no outbox on a message from a client or a person, which have no transaction of yours", () => {
    for (const kind of ["client", "person", "external"]) {
      const signed = handoff(evaluate(loan("event", kind)), "signed");
      expect(signed.answers.together, kind).toBe("yes");
      expect(
        signed.flags.map((f) => f.id),
        kind,
      ).not.toContain("outbox");
    }
  });

  it("N7: the scope's last step is undone when the flow times out or is cancelled, not when a later step fails", () => {
    const r = evaluate(loan("message"));
    expect(handoff(r, "review").compensation).toBe(
      "Application service issues the compensating command to Underwriter when the flow fails after this step: it times out or is cancelled.",
    );
    const two = evaluate(m2);
    expect(handoff(two, "h1").compensation).toContain("a later step fails, or it times out");
  });

  it("N3: asks a person outside any scope to act, rather than giving them a task", () => {
    expect(evaluate(m1).summary).toContain("Ask Customer to act on: Please review.");
  });
});
