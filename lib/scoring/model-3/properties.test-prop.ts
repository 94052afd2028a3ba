/**
 * Model 3's rules, each stated as the second expert audit states the fault it fixes
 * (the second expert audit of model 2, as lib/scoring/CHANGELOG.md, model 3, records it), checked over random answer sets.
 * The properties every model shares (determinism, monotonicity, context questions, flips) run on
 * model 3 in `../properties.test-prop.ts`.
 */
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { answersFor } from "@/lib/testing/arbitraries";
import { MODEL_V3 } from "../model";
import { UNSURE, type Answers } from "../questions";
import { recommend } from "../recommend";
import { plainDimensionsOf } from "../score";
import { READINESS_QUESTION_IDS } from "./questions";
import { PRACTICES } from "../model-2/catalogue";
import { BROKER_YOU_RUN } from "./tools";

vi.setConfig({ testTimeout: 180_000 });
const RUNS = { numRuns: 1500 };
const answers = answersFor(MODEL_V3);
const run = (a: Answers) => recommend(a, MODEL_V3);
const unanswered = (v: string | undefined) => v === undefined || v === UNSURE;
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
const ORCHESTRATING_PATTERNS = ["choreograph-between-orchestrate-within", "async-orchestration"];
const STATEFUL_ANSWERS: Record<string, string[]> = {
  "control-flow": ["branches-and-joins", "dynamic"],
  consistency: ["multi-step-compensation", "near-atomic"],
  duration: ["hours", "days-or-human", "waits-for-people"],
  "outcome-ownership": ["initiator-decides"],
};
const hasStatefulNeed = (a: Answers) =>
  Object.entries(STATEFUL_ANSWERS).some(([id, values]) =>
    values.includes((a as Record<string, string>)[id] ?? ""),
  );
const CALLER_WAITS = ["interactive", "hot-path"];
/** One team, one context, and a caller waits on the outcome or one local transaction holds it (F1). */
const oneServiceJob = (a: Answers) =>
  a.teams === "one" &&
  a["bounded-contexts"] === "one" &&
  !["hours", "days-or-human", "waits-for-people"].includes(a.duration ?? "") &&
  (a["outcome-ownership"] === "initiator-decides" ||
    a["local-transaction"] === "yes" ||
    (CALLER_WAITS.includes(a.latency ?? "") &&
      (a["outcome-ownership"] !== "producer-indifferent" || a.consistency !== "fire-and-forget")));
const tracksOnly = (r: ReturnType<typeof run>) =>
  r.verdict === "hybrid" && r.hybrid.length > 0 && r.hybrid.every((h) => h === "track-then-manage");

describe("model 3: the second expert audit's faults, as rules", () => {
  it("1. a choreography for one team in one bounded context is built as one service behind a durable queue first, then a broker", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const given = { ...a, teams: "one", "bounded-contexts": "one" } as Answers;
        const r = run(given);
        if (r.insufficient || r.verdict !== "choreography" || oneServiceJob(given)) return;
        expect(ids(r.implementation).slice(0, 2)).toEqual(["queue", "event-broker"]);
        expect(r.implementation[0]!.why).toMatch(/one consuming service behind a durable queue/);
      }),
      RUNS,
    );
  });

  it("2. event-driven-whole never fires on an unanswered 'who needs the outcome', nor on a flow one owner runs end to end that waits hours or more or is audited", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run(a);
        const unsure = run({ ...a, "outcome-ownership": UNSURE } as Answers);
        expect(unsure.verdictRule?.id).not.toBe("event-driven-whole");
        if (r.verdictRule?.id !== "event-driven-whole") return;
        expect(unanswered(a["outcome-ownership"])).toBe(false);
        const longOrAudited =
          ["hours", "days-or-human", "waits-for-people"].includes(a.duration ?? "") ||
          a.visibility === "regulated-audit";
        expect(longOrAudited && a["end-to-end-owner"] === "yes").toBe(false);
      }),
      RUNS,
    );
  });

  it("3. 'choreograph between, orchestrate within' needs a stateful need; a tracking-only hybrid never lists durable execution or a process engine, nor engine or owner gates", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run(a);
        if (r.hybrid.some((h) => ORCHESTRATING_PATTERNS.includes(h)))
          expect(hasStatefulNeed(a)).toBe(true);
        if (!tracksOnly(r)) return;
        expect(ids(r.implementation)).not.toContain("durable-execution");
        expect(ids(r.implementation)).not.toContain("process-engine");
        expect(r.tools.filter((t) => t.kind === "engine")).toEqual([]);
        for (const gate of [
          "orchestration-needs-engine",
          "orchestrator-needs-owner",
          "engine-cost-at-volume",
        ])
          expect(ids(r.gates)).not.toContain(gate);
      }),
      RUNS,
    );
  });

  it("3b. an audit need with nothing stateful behind it is tracked, not orchestrated", () => {
    fc.assert(
      fc.property(answers, (a) => {
        fc.pre(!hasStatefulNeed(a));
        const r = run({ ...a, visibility: "regulated-audit" } as Answers);
        if (r.insufficient || r.verdict !== "hybrid") return;
        expect(r.hybrid).toContain("track-then-manage");
        for (const pattern of ORCHESTRATING_PATTERNS) expect(r.hybrid).not.toContain(pattern);
      }),
      RUNS,
    );
  });

  it("4. no readiness answer appears in flips, moves the score or decides the verdict; they still shape gates, forms and tools", () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...READINESS_QUESTION_IDS), fc.nat(), (a, id, pick) => {
        const r = run(a);
        for (const flip of r.flips)
          expect(READINESS_QUESTION_IDS as readonly string[]).not.toContain(flip.question);
        const question = MODEL_V3.questions.find((q) => q.id === id)!;
        const values = [UNSURE, ...question.options.map((o) => o.id)];
        const b = run({ ...a, [id]: values[pick % values.length] } as Answers);
        // (Answering one can still bring enough weight in for a verdict to be given at all.)
        expect([b.score, b.verdict, b.verdictRule?.id]).toEqual([
          r.score,
          r.verdict,
          r.verdictRule?.id,
        ]);
      }),
      RUNS,
    );
    // ...and they still drive what to build: "we can't run an engine" changes the forms.
    const saga = {
      "control-flow": "dynamic",
      consistency: "multi-step-compensation",
      duration: "seconds-minutes",
      teams: "two-three",
      "end-to-end-owner": "yes",
    } as Answers;
    expect(run({ ...saga, "workflow-engine": "cannot-run" }).implementation[0]?.id).toBe(
      "in-process",
    );
    expect(run({ ...saga, "workflow-engine": "can-self-host" }).implementation[0]?.id).toBe(
      "durable-execution",
    );
  });

  it("5. two or three teams in a few related contexts, with the initiator deciding the next step, get 'events between, a state machine within' when hybrid", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run({
          ...a,
          teams: "two-three",
          "bounded-contexts": "few-related",
          "outcome-ownership": "initiator-decides",
        } as Answers);
        if (r.insufficient || r.verdict !== "hybrid") return;
        expect(r.hybrid).toContain("choreograph-between-orchestrate-within");
      }),
      RUNS,
    );
  });

  it("6. messaging 'other' gets the team's own broker for a broker or queue form; the outbox only beside a form that publishes from a service's own state, never first", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run(a);
        const forms = ids(r.implementation);
        const outbox = r.tools.findIndex((t) => t.name.startsWith("Transactional outbox"));
        if (outbox >= 0) {
          expect(forms.some((f) => f === "in-process" || f === "event-broker")).toBe(true);
          expect(outbox).toBeGreaterThan(0);
        }
        const own = run({ ...a, messaging: "other" } as Answers);
        const brokerForm = own.implementation.find(
          (x) => x.id === "event-broker" || x.id === "queue",
        );
        const yours = own.tools.find((t) => t.name === BROKER_YOU_RUN.name);
        expect(yours?.implementation).toBe(brokerForm?.id);
        if (yours) expect(own.tools.indexOf(yours)).toBeLessThan(own.tools.length - 1);
      }),
      RUNS,
    );
  });

  it("7. a process engine only where people act and the flow is watched per instance (by operations or the requester), audited or changes quarterly or faster", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run(a);
        if (!ids(r.implementation).includes("process-engine")) return;
        expect(["days-or-human", "waits-for-people"]).toContain(a.duration);
        expect(
          ["ops-per-instance", "regulated-audit", "requester-tracks"].includes(
            a.visibility ?? "",
          ) || ["quarterly", "monthly"].includes(a["flow-change-rate"] ?? ""),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it("8. 'Not sure' is treated evenly: an unanswered owner under a verdict that orchestrates is an info gate; both tracing answers unanswered on a choreography warn as a weak answer does", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run({ ...a, "end-to-end-owner": UNSURE } as Answers);
        const orchestrates =
          !r.insufficient &&
          (r.verdict === "orchestration" || (r.verdict === "hybrid" && !tracksOnly(r)));
        expect(r.gates.find((g) => g.id === "orchestrator-needs-owner")?.severity).toBe(
          orchestrates ? "info" : undefined,
        );
        const silent = run({ ...a, observability: UNSURE, "event-practices": UNSURE } as Answers);
        const weak = run({ ...a, observability: "none", "event-practices": "none" } as Answers);
        if (silent.insufficient || silent.verdict !== "choreography") return;
        const severity = (x: typeof r) =>
          x.gates.find((g) => g.id === "choreography-needs-observability")?.severity;
        expect(severity(silent)).toBe(severity(weak));
        // A pass-through flow (linear, fire and forget, and no side effects or nobody needs the
        // outcome) gets a note (review R9, second review F4).
        const passThrough =
          a["control-flow"] === "linear" &&
          a.consistency === "fire-and-forget" &&
          (a["side-effects"] === "none" || a["outcome-ownership"] === "producer-indifferent");
        expect(severity(silent)).toBe(
          silent.implementation[0]?.id === "queue" ||
            passThrough ||
            (silent.implementation[0]?.id === "in-process" && oneServiceJob(a))
            ? "info"
            : "warning",
        );
      }),
      RUNS,
    );
  });

  it("9. confidence is never high where the organisation answers and the flow's own answers point different ways, or a rule's exception kept the verdict", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run(a);
        const plain = plainDimensionsOf(r.contributions, MODEL_V3);
        const core = plain.topology + plain.coordination;
        const split =
          (core > 0 && plain.organisation <= -3) ||
          (r.verdict === "orchestration" &&
            (a.teams === "seven-plus" || a["bounded-contexts"] === "many-independent"));
        if (split) expect(r.confidenceDetail.level).not.toBe("high");
      }),
      RUNS,
    );
  });

  it("10. in-process comes first whenever keep-invariant-local applies and one team owns the core, whatever the waiting time", () => {
    fc.assert(
      fc.property(
        answers,
        fc.constantFrom("yes", "with-redesign"),
        fc.constantFrom<Answers>({ teams: "one" }, { "end-to-end-owner": "yes" }),
        (a, local, owner) => {
          const r = run({
            ...a,
            ...owner,
            consistency: "near-atomic",
            "local-transaction": local,
          } as Answers);
          if (r.insufficient) return;
          expect(ids(r.notes)[0]).toBe("keep-invariant-local");
          expect(r.implementation[0]?.id).toBe("in-process");
        },
      ),
      RUNS,
    );
  });

  it("11. the dual-path answer warns about two implementations whatever the verdict, and changes nothing else", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const no = run({ ...a, "dual-path": "no" } as Answers);
        const yes = run({ ...a, "dual-path": "yes" } as Answers);
        const unset = run({ ...a, "dual-path": UNSURE } as Answers);
        expect(yes.gates.find((g) => g.id === "dual-path-migration")?.severity).toBe("warning");
        expect(ids(no.gates)).not.toContain("dual-path-migration");
        expect(unset).toEqual(no);
        const rest = (x: typeof yes) => ({
          ...x,
          gates: x.gates.filter((g) => g.id !== "dual-path-migration"),
          contributions: [],
        });
        expect(rest(yes)).toEqual(rest(no));
      }),
      RUNS,
    );
  });

  it("R1. the hot-path rule needs someone waiting on the outcome: a fire-and-forget stream whose producer doesn't care is never made hybrid by it, nor built around a coordinator in code for it", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const stream = run({
          ...a,
          consistency: "fire-and-forget",
          "outcome-ownership": "producer-indifferent",
        } as Answers);
        expect(stream.verdictRule?.id).not.toBe("hot-path-in-one-team");
        for (const h of stream.hybridAdvice) expect(h.why).not.toMatch(/short hot path/);
        // ...while a one-team hot path that someone waits on still gets it, when nothing else
        // calls for control and the score is in the choreography band.
        const waited = run({
          ...a,
          teams: "one",
          latency: "hot-path",
          consistency: "eventual-simple",
          duration: "seconds-minutes",
        } as Answers);
        const strong = waited.contributions.some(
          (c) =>
            ["control-flow", "consistency", "visibility", "duration", "outcome-ownership"].includes(
              c.question,
            ) && c.points >= 2,
        );
        if (waited.verdictByThreshold === "choreography" && !strong)
          expect(waited.verdictRule?.id).toBe("hot-path-in-one-team");
      }),
      RUNS,
    );
  });

  it("R2. a process engine comes before durable execution only where a person certainly acts ('A person acts'); a days-long wait may be on partners or timers", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const forms = ids(run(a).implementation);
        const engine = forms.indexOf("process-engine");
        const durable = forms.indexOf("durable-execution");
        if (engine >= 0 && durable >= 0 && engine < durable)
          expect(a.duration).toBe("waits-for-people");
      }),
      RUNS,
    );
  });

  it("R3. no event-to-command where participants change frequently and the flow is linear; an initiator that needs the outcome there tracks the replies instead", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run({
          ...a,
          "participant-churn": "frequent",
          "control-flow": "linear",
        } as Answers);
        expect(r.hybrid).not.toContain("event-to-command");
        if (
          r.insufficient ||
          r.verdict !== "hybrid" ||
          a["outcome-ownership"] !== "initiator-decides"
        )
          return;
        // Unless three stronger patterns fill the list.
        if (!r.hybrid.includes("track-then-manage")) expect(r.hybrid).toHaveLength(3);
      }),
      RUNS,
    );
  });

  it("R4. at high volume, a team that can self-host an engine is offered engines built to scale out before DBOS; DBOS leads only where the team can't run an engine cluster", () => {
    const runtimes = (r: ReturnType<typeof run>) =>
      r.tools
        .filter((t) => t.kind === "engine" && t.implementation === "durable-execution")
        .map((t) => t.name);
    fc.assert(
      fc.property(answers, fc.constantFrom("100-10k", "over-10k"), (a, volume) => {
        const own = runtimes(run({ ...a, volume, "workflow-engine": "can-self-host" } as Answers));
        if (own.length > 0) {
          expect(own[0]).toBe("Temporal");
          expect(own.at(-1)).toBe("DBOS Transact");
        }
        const managed = runtimes(
          run({ ...a, volume, "workflow-engine": "managed-available" } as Answers),
        );
        if (managed.length > 0) expect(managed[0]).toBe("DBOS Transact");
      }),
      RUNS,
    );
  });

  it("R5. one team's compensating flow of two to four participants is always offered an in-process local saga when the result orchestrates it", () => {
    fc.assert(
      fc.property(
        answers,
        fc.constantFrom("two", "three-to-four"),
        fc.constantFrom("multi-step-compensation", "near-atomic"),
        (a, participants, consistency) => {
          const r = run({ ...a, teams: "one", participants, consistency } as Answers);
          if (r.insufficient || r.verdict === "choreography" || tracksOnly(r)) return;
          expect(ids(r.implementation)).toContain("in-process");
        },
      ),
      RUNS,
    );
  });

  it("R6. no process engine at dispatch-level volume (over 10,000 instances a second)", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run({ ...a, volume: "over-10k" } as Answers);
        expect(ids(r.implementation)).not.toContain("process-engine");
        expect(r.tools.filter((t) => t.implementation === "process-engine")).toEqual([]);
      }),
      RUNS,
    );
  });

  it("R7. a requester following each instance counts as a flow watched per instance: a process engine is offered where people act, and the tools are those for operations watching", () => {
    fc.assert(
      fc.property(answers, fc.constantFrom("days-or-human", "waits-for-people"), (a, duration) => {
        const requester = run({ ...a, duration, visibility: "requester-tracks" } as Answers);
        const ops = run({ ...a, duration, visibility: "ops-per-instance" } as Answers);
        if (requester.insufficient) return;
        const orchestrates = requester.verdict !== "choreography" && !tracksOnly(requester);
        if (orchestrates && a.volume !== "over-10k")
          expect(ids(requester.implementation)).toContain("process-engine");
        if (
          requester.verdict === ops.verdict &&
          JSON.stringify(ids(requester.implementation)) === JSON.stringify(ids(ops.implementation))
        )
          expect(requester.tools.map((t) => t.name)).toEqual(ops.tools.map((t) => t.name));
      }),
      RUNS,
    );
  });

  it("R8. a confidence capped by a verdict rule names that rule, and a distance of one point reads '1 point'", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run(a);
        const { reason, limitedBy } = r.confidenceDetail;
        expect(reason).not.toMatch(/(^|[^\d.])1 points/);
        if (limitedBy === "rule") {
          const label = MODEL_V3.verdictRules.find((x) => x.id === r.verdictRule?.id)!.label;
          expect(reason.toLowerCase()).toContain(label.toLowerCase());
        }
      }),
      RUNS,
    );
  });

  it("R9. a pass-through flow (linear, fire and forget, no side effects) is never told to add an outbox, and the tracing advice there is a note", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run({
          ...a,
          "control-flow": "linear",
          consistency: "fire-and-forget",
          "side-effects": "none",
        } as Answers);
        expect(r.tools.map((t) => t.name)).not.toContain(PRACTICES.outbox.name);
        const tracing = r.gates.find((g) => g.id === "choreography-needs-observability");
        if (tracing) expect(tracing.severity).toBe("info");
      }),
      RUNS,
    );
  });

  it("9b. an organisation that leans toward keeping the flow together doesn't cap the confidence of a flow whose own answers lean to events (the score already gives that pull 0)", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run(a);
        const plain = plainDimensionsOf(r.contributions, MODEL_V3);
        const core = plain.topology + plain.coordination;
        if (core < 0 && plain.organisation >= 3)
          expect(r.confidenceDetail.reason).not.toMatch(/keeping it together/);
      }),
      RUNS,
    );
  });
});

describe("model 3: the second senior-architect review's faults, as rules", () => {
  it("F1. a flow that never leaves one service (one team, one context) and has a caller waiting on it, or one local transaction, and nothing waits hours or for people, is built in process first whatever the verdict, and never as a queue consumer first", () => {
    fc.assert(
      fc.property(
        answers,
        fc.constantFrom("sub-second", "seconds-minutes"),
        fc.oneof(
          fc.record({ "outcome-ownership": fc.constant("initiator-decides") }),
          fc.record({ "local-transaction": fc.constant("yes") }),
          fc.record({
            latency: fc.constantFrom(...CALLER_WAITS),
            "outcome-ownership": fc.constantFrom("sometimes", "initiator-decides"),
          }),
        ),
        (a, duration, waits) => {
          const r = run({
            ...a,
            ...waits,
            duration,
            teams: "one",
            "bounded-contexts": "one",
          } as Answers);
          if (r.insufficient) return;
          expect(r.implementation[0]?.id).toBe("in-process");
          expect(r.implementation[0]?.why).not.toMatch(/nothing to coordinate/);
        },
      ),
      RUNS,
    );
  });

  it("F1. 'nothing to coordinate' never makes choreography of one team's flow in one context while a caller waits on its outcome", () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...CALLER_WAITS), (a, latency) => {
        const r = run({ ...a, latency, teams: "one", "bounded-contexts": "one" } as Answers);
        const waits =
          !["producer-indifferent"].includes(a["outcome-ownership"] ?? "") ||
          !["fire-and-forget"].includes(a.consistency ?? "");
        if (waits) expect(r.verdictRule?.id).not.toBe("nothing-to-coordinate");
      }),
      RUNS,
    );
  });

  it("F8. a flow that compensates is never told that one database transaction can hold it; one team's few compensating steps are given the local saga", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run({ ...a, consistency: "multi-step-compensation" } as Answers);
        for (const form of r.implementation)
          expect(form.why).not.toMatch(/one database transaction can hold/);
        const inProcess = r.implementation.find((x) => x.id === "in-process");
        if (
          inProcess &&
          a.teams === "one" &&
          ["two", "three-to-four"].includes(a.participants ?? "")
        )
          // Whichever in-process reason it is (local saga, one-service job, the saga orchestrator at
          // volume), it speaks of the compensation; never one that leaves it out.
          expect(inProcess.why).toMatch(/compensat|undo/i);
      }),
      RUNS,
    );
  });

  it("F4. a linear, fire-and-forget flow that nobody waits on (a telemetry ingest) is never told to add a transactional outbox, whatever its side effects: an ingest forwarder has no state change of its own to publish from", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run({
          ...a,
          "control-flow": "linear",
          consistency: "fire-and-forget",
          "outcome-ownership": "producer-indifferent",
        } as Answers);
        expect(r.tools.map((t) => t.name)).not.toContain(PRACTICES.outbox.name);
        if (r.verdict !== "choreography") return;
        for (const form of r.implementation.filter((x) => x.id === "event-broker"))
          expect(form.why).toMatch(/no outbox is needed/);
      }),
      RUNS,
    );
  });

  it("F6. no form says a runtime compensates for you: a durable-execution reason that mentions compensation says you write each one", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run(a);
        for (const form of r.implementation) {
          expect(form.why).not.toMatch(/retried and compensated/);
          if (form.id === "durable-execution" && /compensation/.test(form.why))
            expect(form.why).toMatch(/you write each compensation/);
        }
      }),
      RUNS,
    );
  });

  it("F2. no form offers an engine's history as audit evidence without saying it is kept only for a retention period and must be exported to an append-only store", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = run(a);
        for (const form of r.implementation) {
          expect(form.why).not.toMatch(/is evidence for the audit/);
          if (/history/.test(form.why) && /audit/.test(form.why))
            expect(form.why).toMatch(/retained[\s\S]*append-only store/);
        }
      }),
      RUNS,
    );
  });
});
