import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildResult } from "../result";
import { mapArb } from "./arbitrary";
import {
  decodeMap,
  encodeMap,
  mapResult,
  validateMap,
  type MapHandoff,
  type MapJson,
  type MapResult,
  type ValidMap,
} from "./index";
import { formOf, orchestrates } from "./model-1/derive";

const RUNS = 300;

function valid(json: MapJson): ValidMap {
  const v = validateMap(json);
  if (!v.ok) throw new Error(`generator made an invalid map: ${JSON.stringify(v.errors)}`);
  return v.map;
}
const evaluate = (json: MapJson): MapResult => mapResult(valid(json), { mermaid: false });
const reversedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversedKeys)
    : typeof value === "object" && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reversedKeys(v)]),
        )
      : value;

describe("map model 1 over random valid maps (MAP.md §14)", () => {
  it("is deterministic: repeated runs and any key order give the same result", () => {
    fc.assert(
      fc.property(mapArb, (json) => {
        const a = mapResult(valid(json));
        expect(mapResult(valid(json))).toEqual(a);
        expect(mapResult(valid(reversedKeys(json) as MapJson))).toEqual(a);
      }),
      { numRuns: RUNS },
    );
  });

  it("is total: every hand-off gets a kind, a transport and a reason, even with every answer unsure", () => {
    const unsure = mapArb.map((m) => ({
      ...m,
      answers: {},
      handoffs: m.handoffs.map((h) => ({ ...h, answers: {} })),
    }));
    fc.assert(
      fc.property(fc.oneof(mapArb, unsure), (json) => {
        const r = evaluate(json);
        expect(r.handoffs).toHaveLength(json.handoffs.length);
        for (const h of r.handoffs) {
          expect(h.kind).toBeTruthy();
          expect(h.transport).toBeTruthy();
          expect(h.reason.length).toBeGreaterThan(10);
          expect(h.explanations.map((e) => e.rule)).toEqual(h.rules);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("sets compensatedBy exactly on compensatable hand-offs, to the owner, the sender or the receiver", () => {
    fc.assert(
      fc.property(mapArb, (json) => {
        const r = evaluate(json);
        const kindOf = (id: string) => r.participants.find((p) => p.id === id)!.kind;
        for (const h of r.handoffs) {
          const compensatable =
            (h.answers.undo === "compensate" || h.answers.undo === "atomic") &&
            (h.kind === "command" || h.kind === "event");
          expect(h.compensatedBy !== null, h.id).toBe(compensatable);
          if (!compensatable) continue;
          const expected = h.scopeId
            ? h.orchestratedBy
            : h.transport === "in-process" || kindOf(h.to) === "external"
              ? h.from
              : h.to;
          expect(h.compensatedBy).toBe(expected);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("never leaves an undo to another company's system: whoever sent it work undoes it", () => {
    // A third party's API does not subscribe to our failure events; the one that can issue the
    // undo (void, refund, cancel) is the service that asked for the work, or the scope's owner.
    fc.assert(
      fc.property(mapArb, (json) => {
        const r = evaluate(json);
        const kindOf = (id: string) => r.participants.find((p) => p.id === id)!.kind;
        for (const h of r.handoffs) {
          if (h.compensatedBy === null || kindOf(h.to) !== "external") continue;
          expect(h.compensatedBy, h.id).not.toBe(h.to);
          expect(h.compensatedBy, h.id).toBe(h.scopeId ? h.orchestratedBy : h.from);
          expect(h.flags.map((f) => f.id)).not.toContain("choreographed-compensation");
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("makes every scope member an activity, never an event, and gives replies their request's scope", () => {
    fc.assert(
      fc.property(mapArb, (json) => {
        const r = evaluate(json);
        for (const s of r.scopes) {
          for (const id of s.members) {
            const h = r.handoffs.find((x) => x.id === id)!;
            expect(h.transport).toBe("activity");
            expect(h.kind).not.toBe("event");
            expect(h.scopeId).toBe(s.id);
            expect(h.orchestratedBy).toBe(s.owner);
          }
          expect(r.participants.find((p) => p.id === s.owner)?.kind).toBe("service");
        }
        for (const h of r.handoffs) {
          if (h.kind !== "reply" && h.scopeId)
            expect(r.scopes.find((s) => s.id === h.scopeId)!.members).toContain(h.id);
          if (h.transport === "activity" && h.kind !== "reply") expect(h.scopeId).not.toBeNull();
          if (h.flags.some((f) => f.id === "keep-invariant-local")) expect(h.scopeId).toBeNull();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("raises no flag without its trigger, and every trigger raises its flag", () => {
    fc.assert(
      fc.property(mapArb, (json) => {
        const r = evaluate(json);
        for (const h of r.handoffs) {
          const has = (id: string) => h.flags.some((f) => f.id === id);
          expect(has("passive-aggressive-event")).toBe(h.rules.includes("K5"));
          expect(has("pinball")).toBe(h.rules.includes("C2"));
          expect(has("horror-story")).toBe(h.rules.includes("C3"));
          expect(has("keep-invariant-local")).toBe(h.rules.includes("C4"));
          expect(has("scope-dissolved")).toBe(h.rules.includes("S6"));
          // An in-process scope's step is the owner's state change plus a message: an outbox
          // (review 22 F3); a workflow engine's member records the step itself.
          const inProcessMember =
            h.kind !== "reply" && r.scopes.find((s) => s.id === h.scopeId)?.form === "in-process";
          // Only a service of yours has a transaction to put an outbox in (new user review 4, N5).
          const fromService = r.participants.find((p) => p.id === h.from)!.kind === "service";
          expect(has("outbox")).toBe(
            h.answers.together === "yes" &&
              fromService &&
              (h.transport === "broker" || h.transport === "queue" || inProcessMember),
          );
          const undecided = h.answers.current === "not-decided" || h.answers.current === "unsure";
          if (has("sync-chain")) {
            expect(h.kind).not.toBe("reply");
            expect(h.scopeId).toBeNull();
            expect(h.answers.current === "call" || (undecided && h.transport === "sync-call")).toBe(
              true,
            );
          }
          if (has("choreographed-compensation")) {
            expect(h.scopeId).toBeNull();
            expect(h.compensatedBy).toBe(h.to);
          }
          if (h.rules.includes("C4")) {
            expect(h.answers.undo).toBe("atomic");
            expect(h.boundary).toBe("same");
          }
          if (h.rules.includes("C3")) expect(h.answers.undo).toBe("atomic");
        }
        for (const s of r.scopes) {
          const teams = new Set(
            s.participants
              .map((id) => r.participants.find((p) => p.id === id)!)
              .filter((p) => p.kind === "service" && p.team)
              .map((p) => p.team),
          );
          expect(s.flags.some((f) => f.id === "scope-spans-teams")).toBe(teams.size >= 4);
        }
        for (const f of r.flags) {
          for (const id of f.handoffs) {
            const onHandoff = r.handoffs.find((h) => h.id === id)!.flags.some((x) => x.id === f.id);
            const onScope = r.scopes.some(
              (s) => s.members.includes(id) && s.flags.some((x) => x.id === f.id),
            );
            expect(onHandoff || onScope).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("never calls a scope's steps a chain of synchronous calls, and the chain needs three hops outside scopes", () => {
    // Newman ch. 12, Nygard "Chain reactions": failures multiply along calls that wait on calls. A
    // scope's step is an activity its owner retries and times out; it is not such a hop.
    fc.assert(
      fc.property(mapArb, (json) => {
        const r = evaluate(json);
        const byId = new Map(r.handoffs.map((h) => [h.id, h]));
        const flagged = r.handoffs.filter((h) => h.flags.some((f) => f.id === "sync-chain"));
        for (const h of flagged) {
          expect(h.scopeId, h.id).toBeNull();
          expect(h.transport, h.id).not.toBe("activity");
          // The sentence names the chain: three or more hops, none of them a scope's step.
          const why = h.flags.find((f) => f.id === "sync-chain")!.why;
          const ids = why.slice(why.indexOf("(") + 1, why.indexOf(")")).split(", ");
          expect(ids.length).toBeGreaterThanOrEqual(3);
          expect(ids).toContain(h.id);
          for (const id of ids) expect(byId.get(id)!.scopeId, id).toBeNull();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("calls events side effects only when they are: an event across domains that must succeed is core", () => {
    // SPEC.md's hybrid patterns: "orchestrate the transactional core, choreograph the side
    // effects" versus "choreograph between bounded contexts, orchestrate inside one". A receiver
    // whose work must eventually succeed (undo: retry), be undone or is the pivot does core work.
    fc.assert(
      fc.property(mapArb, (json) => {
        const r = evaluate(json);
        if (r.style !== "hybrid") {
          expect(r.pattern).toBeNull();
          return;
        }
        const core = r.handoffs.some(
          (h) =>
            h.kind === "event" &&
            h.boundary === "domain" &&
            ["retry", "compensate", "pivot", "atomic"].includes(h.answers.undo),
        );
        if (core) expect(r.pattern).toBe("choreograph-between-orchestrate-within");
        if (r.pattern === "orchestrate-core-choreograph-side-effects") expect(core).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it("never says an event's receiver may ignore it when the outcome needs its work (K4)", () => {
    // Fowler (2017): the receiver of an event decides whether to act. Not when its work is a step
    // of the outcome: retried until it succeeds, undone on failure, or the point of no return.
    fc.assert(
      fc.property(mapArb, (json) => {
        const r = evaluate(json);
        for (const h of r.handoffs) {
          const k4 = h.explanations.find((e) => e.rule === "K4");
          if (!k4) continue;
          const undo = h.answers.undo;
          const step = ["retry", "compensate", "pivot", "atomic"].includes(undo);
          expect(k4.sentence.includes("decides whether to act"), h.id).toBe(!step);
          if (step) expect(k4.sentence, h.id).toContain(`undo: ${undo}`);
          if (undo === "retry") expect(k4.sentence, h.id).toContain("retried until it succeeds");
          if (h.kind === "event") expect(h.reason, h.id).toBe(k4.sentence);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("S6: every scope shown is orchestrated by its own one-flow result (model 2), and takes its form", () => {
    fc.assert(
      fc.property(mapArb, (json) => {
        const r = evaluate(json);
        for (const s of r.scopes) {
          const oneFlow = buildResult(s.derived);
          expect(oneFlow.model).toBe(2);
          expect(oneFlow.code).toBe(s.derivedCode);
          expect(orchestrates(oneFlow)).toBe(true);
          expect(s.form).toBe(formOf(oneFlow));
          expect(s.oneFlow.notes.map((n) => n.id)).toEqual(oneFlow.notes.map((n) => n.id));
          expect(s.oneFlow.gates.map((g) => g.id)).toEqual(oneFlow.gates.map((g) => g.id));
          // The map scores the scope itself (model-1/derive.ts oneFlowOf): the same as buildResult.
          expect(s.oneFlow.verdict).toBe(oneFlow.verdict);
          expect(s.oneFlow.hybrid).toEqual(oneFlow.hybrid);
          expect(s.oneFlow.confidenceLevel).toBe(oneFlow.confidenceLevel);
          expect(s.oneFlow.implementation).toEqual(oneFlow.implementation.map((i) => i.id));
          expect(s.oneFlow.notes).toEqual(oneFlow.notes.map((n) => ({ id: n.id, why: n.why })));
          expect(s.oneFlow.tools).toEqual(oneFlow.tools.filter((t) => t.implementation === s.form));
          expect(s.oneFlow.current).toEqual(oneFlow.current);
          // §7.2 item 4: the pattern that says "choreograph between" comes with its explanation.
          if (s.oneFlow.hybrid[0] === "choreograph-between-orchestrate-within") {
            expect(s.flags.map((f) => f.id)).toContain("scope-spans-teams");
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("scopes one business transaction: a step a service takes on an unrelated trigger never joins, nests in or reshapes a scope", () => {
    // Richardson ch. 4: a saga is the local transactions of one business transaction; Hohpe &
    // Woolf, Process Manager: one instance per trigger message. A second request that starts on
    // its own (trigger: null) and the step the service sends for it are another transaction.
    fc.assert(
      fc.property(
        mapArb,
        fc.nat(),
        fc.nat(),
        fc.constantFrom("compensate", "pivot", "retry", "atomic"),
        fc.constantFrom("user-waits", "sender-waits", "no-wait"),
        fc.constantFrom("seconds", "days-or-person"),
        (json, a, b, undo, wait, duration) => {
          if (json.handoffs.length > 18) return;
          const services = json.participants.filter((p) => (p.kind ?? "service") === "service");
          if (!services.length) return;
          const owner = services[a % services.length]!;
          const others = json.participants.filter((p) => p.id !== owner.id);
          const sender = others[b % others.length]!;
          const receiver = others[Math.floor(b / 7) % others.length]!;
          const before = evaluate(json);
          const changed = structuredClone(json);
          changed.handoffs.push(
            {
              id: "x-in",
              from: sender.id,
              to: owner.id,
              label: "Unrelated request",
              trigger: null,
              answers: {
                intent: "do",
                wait: "no-wait",
                undo: "none",
                duration: "seconds",
                together: "no",
                current: "message",
              },
            },
            {
              id: "x-step",
              from: owner.id,
              to: receiver.id,
              label: "Unrelated step",
              trigger: "x-in",
              answers: {
                intent: "do",
                wait,
                undo,
                duration,
                together: "no",
                current: "not-decided",
              },
            },
          );
          const after = evaluate(changed);
          before.handoffs.forEach((h, i) =>
            expect(after.handoffs[i]!.scopeId, h.id).toBe(h.scopeId),
          );
          const step = after.handoffs.find((h) => h.id === "x-step")!;
          if (step.scopeId) {
            expect(before.scopes.map((s) => s.id)).not.toContain(step.scopeId);
            expect(after.scopes.find((s) => s.id === step.scopeId)!.parent).toBeNull();
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("keeps a step the owner takes on an answer that came back through others in the first step's scope, and counts that wait (review 22 F1)", () => {
    // Hohpe & Woolf, Process Manager: a message correlated with a running instance continues it;
    // Richardson ch. 4: a saga is the local transactions of one business transaction.
    const DURATIONS = ["instant", "seconds", "minutes", "hours", "days-or-person"] as const;
    const ONE_FLOW = ["sub-second", "seconds-minutes", "seconds-minutes", "hours", "days-or-human"];
    const hop = fc.record({
      kind: fc.constantFrom("service", "person", "external", "client"),
      intent: fc.constantFrom("do", "tell", "ask"),
      wait: fc.constantFrom("no-wait", "sender-waits", "user-waits"),
      duration: fc.constantFrom(...DURATIONS),
      current: fc.constantFrom("call", "message", "event", "not-decided"),
    });
    fc.assert(
      fc.property(
        fc.array(hop, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("compensate", "pivot", "retry"),
        fc.constantFrom("compensate", "pivot", "retry"),
        fc.constantFrom("no-wait", "sender-waits"),
        (hops, firstUndo, lastUndo, wait) => {
          const step = (
            undo: "compensate" | "pivot" | "retry" | "none",
            w: "no-wait" | "sender-waits",
          ): MapHandoff["answers"] =>
            ({
              intent: "do",
              wait: w,
              undo,
              duration: "seconds",
              together: "no",
              current: "not-decided",
            }) as const;
          const json: MapJson = {
            map: 1,
            participants: [
              { id: "o", name: "Owner", team: "T", domain: "D" },
              { id: "r", name: "Receiver", team: "U", domain: "E" },
              ...hops.map((h, i) => ({
                id: `p${i}`,
                name: `Hop ${i}`,
                kind: h.kind,
                ...(h.kind === "service" ? { team: `V${i}`, domain: `F${i}` } : {}),
              })),
            ],
            handoffs: [
              {
                id: "first",
                from: "o",
                to: "r",
                label: "First",
                trigger: null,
                answers: step(firstUndo, wait),
              },
              ...hops.map((h, i) => ({
                id: `back${i}`,
                from: i === 0 ? "o" : `p${i - 1}`,
                to: `p${i}`,
                label: `Hop ${i}`,
                trigger: i === 0 ? "first" : `back${i - 1}`,
                answers: {
                  intent: h.intent,
                  wait: h.wait,
                  duration: h.duration,
                  current: h.current,
                  undo: "none" as const,
                  together: "no" as const,
                },
              })),
              {
                id: "answer",
                from: `p${hops.length - 1}`,
                to: "o",
                label: "Answer",
                trigger: `back${hops.length - 1}`,
                answers: step("none", "no-wait"),
              },
              {
                id: "last",
                from: "o",
                to: "r",
                label: "Last",
                trigger: "answer",
                answers: step(lastUndo, wait),
              },
            ],
          };
          const r = evaluate(json);
          const scopeOf = (id: string) => r.handoffs.find((h) => h.id === id)!.scopeId;
          expect(scopeOf("last")).toBe(scopeOf("first"));
          const scope = r.scopes.find((s) => s.id === scopeOf("first"));
          if (scope) {
            const longest = Math.max(...hops.map((h) => DURATIONS.indexOf(h.duration)), 1);
            const derived = ONE_FLOW.indexOf(scope.derived.answers.duration as string);
            expect(derived).toBeGreaterThanOrEqual(ONE_FLOW.indexOf(ONE_FLOW[longest]!));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("never says a scope's call or message differs from today when its owner still makes it (review 22 F9)", () => {
    fc.assert(
      fc.property(mapArb, (json) => {
        const r = evaluate(json);
        for (const h of r.handoffs) {
          const scope = r.scopes.find((s) => s.id === h.scopeId);
          if (!scope) continue;
          const c = h.answers.current;
          if (c === "call" || c === "message") {
            expect(h.differs, h.id).toBe(h.kind !== "reply" && h.from !== scope.owner);
          } else if (c === "event") expect(h.differs, h.id).toBe(true);
          else if (c === "workflow") expect(h.differs, h.id).toBe(false);
          else expect(h.differs, h.id).toBeNull();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("is monotone: a waiting user never turns a synchronous call into an event or a queue", () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), (json, pick) => {
        const r = evaluate(json);
        const calls = r.handoffs.filter((h) => h.transport === "sync-call");
        if (!calls.length) return;
        const target = calls[pick % calls.length]!;
        const changed = structuredClone(json);
        const h = changed.handoffs.find((x) => x.id === target.id)!;
        h.answers = { ...h.answers, wait: "user-waits" };
        const after = evaluate(changed).handoffs.find((x) => x.id === target.id)!;
        expect(after.kind).not.toBe("event");
        expect(["broker", "queue"]).not.toContain(after.transport);
      }),
      { numRuns: RUNS },
    );
  });

  it("is monotone: more to undo or a longer duration never takes a member out of its scope", () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), fc.boolean(), (json, pick, undo) => {
        const r = evaluate(json);
        const members = r.handoffs.filter((h) => h.scopeId && h.kind !== "reply");
        if (!members.length) return;
        const target = members[pick % members.length]!;
        const changed = structuredClone(json);
        const h = changed.handoffs.find((x) => x.id === target.id)!;
        const a = { ...h.answers };
        if (undo) {
          if (a.undo !== "none" && a.undo !== "retry") return;
          a.undo = "compensate";
        } else {
          const order = ["instant", "seconds", "minutes", "hours", "days-or-person"] as const;
          const at = order.indexOf(a.duration as (typeof order)[number]);
          if (at < 0 || at === order.length - 1) return;
          a.duration = order[at + 1];
        }
        h.answers = a;
        // Only S6 may take it out: the one-flow model, on the scope's new answers, declines to
        // orchestrate it (CONTRACT-NOTES.md, item 8). The rules themselves never do.
        const after = evaluate(changed).handoffs.find((x) => x.id === target.id)!;
        if (after.scopeId === null) expect(after.rules).toContain("S6");
      }),
      { numRuns: RUNS },
    );
  });

  it("is monotone: another receiver of an event never turns it into a command", () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), (json, pick) => {
        if (json.handoffs.length >= 20) return;
        const r = evaluate(json);
        const events = r.handoffs.filter((h) => h.kind === "event");
        if (!events.length) return;
        const target = events[pick % events.length]!;
        const others = json.participants.filter((p) => p.id !== target.from && p.id !== target.to);
        if (!others.length) return;
        const changed = structuredClone(json);
        const at = changed.handoffs.findIndex((x) => x.id === target.id);
        const source = changed.handoffs[at]!;
        // The same event to one more receiver: right after it, so an absent trigger resolves to
        // the same hand-off as the source's (MAP.md §3: the latest earlier one into the sender).
        // Appended at the end, it would be a later hand-off in a chain, not another receiver.
        changed.handoffs.splice(at + 1, 0, {
          ...source,
          id: "extra",
          to: others[pick % others.length]!.id,
        });
        expect(evaluate(changed).handoffs.find((x) => x.id === target.id)!.kind).toBe("event");
      }),
      { numRuns: RUNS },
    );
  });

  it("never lets map-level answers change a kind, nor a transport outside the scopes S6 keeps or dissolves", () => {
    fc.assert(
      fc.property(mapArb, mapArb, (json, other) => {
        const r = evaluate(json);
        const changed = evaluate({ ...json, answers: other.answers ?? {} });
        r.handoffs.forEach((h, i) => {
          const c = changed.handoffs[i]!;
          expect(c.kind).toBe(h.kind);
          const s6 = (x: typeof h) => x.scopeId !== null || x.rules.includes("S6");
          if (s6(h) === s6(c) && h.scopeId === null && c.scopeId === null)
            expect(c.transport).toBe(h.transport);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("round-trips every map through its code, within the URL budget", () => {
    fc.assert(
      fc.property(mapArb, (json) => {
        const map = valid(json);
        const code = encodeMap(map);
        expect(code.startsWith("m1.")).toBe(true);
        expect(`/m/${code}`.length).toBeLessThan(1700);
        const decoded = decodeMap(code);
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(decoded.map).toEqual(map);
      }),
      { numRuns: RUNS },
    );
  });

  it("gives a delivery exactly to hand-offs a person or another company receives (T8), and a saga only to scopes of two or more steps", () => {
    fc.assert(
      fc.property(mapArb, (json) => {
        const r = evaluate(json);
        const kindOf = (id: string) => r.participants.find((p) => p.id === id)!.kind;
        for (const h of r.handoffs) {
          const to = kindOf(h.to);
          const reaches =
            h.kind !== "reply" &&
            h.transport !== "in-process" &&
            (to === "person" || to === "external");
          expect(h.delivery !== null, h.id).toBe(reaches);
          if (!h.delivery) continue;
          const event = h.kind === "event";
          expect(h.delivery, h.id).toBe(
            to === "person"
              ? event
                ? "notification"
                : "user-task"
              : event
                ? "webhook"
                : "partner-api",
          );
          expect(h.rules, h.id).toContain("T8");
          expect(h.reason, h.id).not.toBe(h.explanations.find((e) => e.rule === "T8")!.sentence);
        }
        for (const s of r.scopes) expect(s.saga === null, s.id).toBe(s.members.length < 2);
      }),
      { numRuns: RUNS },
    );
  });

  it("calls a map choreography only when services just react to each other's events (§6.8)", () => {
    fc.assert(
      fc.property(mapArb, (json) => {
        const r = evaluate(json);
        const kindOf = (id: string) => r.participants.find((p) => p.id === id)!.kind;
        const serviceEvents = r.handoffs.some(
          (h) => h.kind === "event" && kindOf(h.to) === "service",
        );
        const direct = r.handoffs.some(
          (h) =>
            h.kind === "command" &&
            h.scopeId === null &&
            h.transport !== "in-process" &&
            kindOf(h.from) === "service" &&
            kindOf(h.to) === "service",
        );
        const expected = r.scopes.length
          ? serviceEvents
            ? "hybrid"
            : "orchestration"
          : serviceEvents && !direct
            ? "choreography"
            : "direct";
        expect(r.style).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });
});
