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
