import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { answersFor } from "@/lib/testing/arbitraries";
import { MODEL_V1, MODEL_V2 } from "./model";
import { UNSURE, isScored, type Answers } from "./questions";
import { questionIn } from "./words";
import { recommend } from "./recommend";
import { contributionsOf } from "./score";
import { VERDICT_ORDER } from "./verdict";
import { hotPathInOneTeam } from "./model-2/verdict";

// Thousands of full recommendations per property: generous time limits, no timing assertions.
vi.setConfig({ testTimeout: 180_000 });
const RUNS = { numRuns: 1500 };
const rank = (v: string) => VERDICT_ORDER.indexOf(v as never);
const withAnswer = (a: Answers, id: string, value: string) => ({ ...a, [id]: value }) as Answers;

describe.each([MODEL_V1, MODEL_V2])("model $version properties", (model) => {
  const answers = answersFor(model);
  const scored = model.questions.filter((q) => isScored(q.id));
  const context = model.questions.filter((q) => !isScored(q.id));

  it("is deterministic and total: every answer set gives the same full result twice", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = recommend(a, model);
        expect(recommend(a, model)).toEqual(r);
        expect(VERDICT_ORDER).toContain(r.verdict);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(Object.values(r.dimensions).reduce((s, d) => s + d, 0)).toBeCloseTo(r.score, 9);
        expect(r.verdictReason.length).toBeGreaterThan(20);
      }),
      RUNS,
    );
  });

  it("gives an all-unsure answer set zero confidence and too early to say", () => {
    const allUnsure = Object.fromEntries(model.questions.map((q) => [q.id, UNSURE])) as Answers;
    const r = recommend(allUnsure, model);
    expect([r.confidence, r.insufficient, r.verdict]).toEqual([0, true, "hybrid"]);
  });

  it(`never lets the context questions (${context.map((q) => q.id).join(", ")}) change score, verdict or confidence`, () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...context), fc.nat(), (a, question, pick) => {
        const values = [UNSURE, ...question.options.map((o) => o.id)];
        const b = recommend(withAnswer(a, question.id, values[pick % values.length]!), model);
        const r = recommend(a, model);
        expect([b.score, b.verdict, b.confidence, b.insufficient]).toEqual([
          r.score,
          r.verdict,
          r.confidence,
          r.insufficient,
        ]);
      }),
      RUNS,
    );
  });

  it("is monotone: more points never lowers the score or moves the verdict toward choreography", () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...scored), fc.nat(), (a, question, pick) => {
        const current = (a as Record<string, string>)[question.id];
        const currentPoints =
          questionIn(model, question.id)?.options.find((o) => o.id === current)?.points ?? 0;
        const higher = question.options.filter((o) => o.points > currentPoints);
        fc.pre(higher.length > 0);
        const before = recommend(a, model);
        const after = recommend(
          withAnswer(a, question.id, higher[pick % higher.length]!.id),
          model,
        );
        // Model 1 strictly raises the score; model 2's organisation cap can absorb a change.
        if (model.version === 1) expect(after.score).toBeGreaterThan(before.score);
        else expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(rank(after.verdict)).toBeGreaterThanOrEqual(rank(before.verdict));
      }),
      RUNS,
    );
  });

  it("reports exactly the single-answer changes that flip the verdict, with their new scores", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const result = recommend(a, model);
        if (result.insufficient && model.rules.withholdsWhenInsufficient) {
          // No verdict is given, so there is none to change: the questions to answer are in `ask`.
          expect(result.flips).toEqual([]);
          return;
        }
        const reported = new Map(result.flips.map((f) => [`${f.question}=${f.to}`, f]));
        for (const question of scored) {
          for (const option of question.options) {
            const current = (a as Record<string, string>)[question.id] ?? UNSURE;
            if (option.id === current) continue;
            const changed = recommend(withAnswer(a, question.id, option.id), model);
            const flip = reported.get(`${question.id}=${option.id}`);
            expect(flip !== undefined).toBe(changed.verdict !== result.verdict);
            if (flip) {
              expect(flip.verdict).toBe(changed.verdict);
              expect(flip.score).toBe(changed.score);
              expect(flip.scoreChange).toBeCloseTo(changed.score - result.score, 9);
            }
          }
        }
        const sizes = result.flips.map((f) => Math.abs(f.scoreChange));
        expect(sizes).toEqual([...sizes].sort((x, y) => x - y));
      }),
      { numRuns: 300 },
    );
  });

  it("names at least one hybrid pattern whenever it advises a hybrid, and none otherwise", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = recommend(a, model);
        if (r.verdict === "hybrid" && !r.insufficient) expect(r.hybrid.length).toBeGreaterThan(0);
        if (r.verdict !== "hybrid") expect(r.hybrid).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe("model 2 behaviours (lib/scoring/CHANGELOG.md, model 2), over random answer sets", () => {
  const answers = answersFor(MODEL_V2);
  const sideEffects = ["unsure", "none", "one-or-two", "several", "many-growing"];

  it("1. side effects never change the verdict; an orchestrated flow with side effects carries publish-side-effects", () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...sideEffects), (a, value) => {
        const r = recommend(a, MODEL_V2);
        const b = recommend(withAnswer(a, "side-effects", value), MODEL_V2);
        expect(b.verdict).toBe(r.verdict);
        const notes = b.notes.map((n) => n.id);
        if (
          !b.insufficient &&
          b.verdict === "orchestration" &&
          ["one-or-two", "several", "many-growing"].includes(value)
        )
          expect(notes).toContain("publish-side-effects");
      }),
      RUNS,
    );
  });

  it("2. organisation answers alone can't carry a flow whose own answers lean to choreography or are neutral", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const contributions = contributionsOf(a, MODEL_V2);
        const core = contributions
          .filter((c) =>
            ["topology", "coordination"].includes(
              MODEL_V2.questions.find((q) => q.id === c.question)!.dimension,
            ),
          )
          .reduce((s, c) => s + c.weighted, 0);
        fc.pre(core <= 0);
        const r = recommend(a, MODEL_V2);
        const withoutOrganisation = recommend(
          {
            ...a,
            teams: UNSURE,
            "end-to-end-owner": UNSURE,
            "bounded-contexts": UNSURE,
          } as Answers,
          MODEL_V2,
        );
        // The organisation block may pull toward choreography, never toward orchestration, here;
        // the one exception is "one team" as part of the hot-path rule, beside a hot path.
        if (rank(r.verdict) > rank(withoutOrganisation.verdict))
          expect(hotPathInOneTeam(contributions)).toBeDefined();
        expect(r.dimensions.organisation).toBeLessThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it("3. an unanswered question that could change the verdict keeps confidence below high, and the reason names it", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = recommend(a, MODEL_V2);
        if (r.flips.some((f) => f.from === UNSURE)) {
          expect(r.confidenceDetail.level).not.toBe("high");
          expect(r.confidenceDetail.reason).toMatch(/^(Not answered yet|Too early|Nothing)/);
        }
      }),
      RUNS,
    );
  });

  it("4. too early when under a third of the topology and coordination weight is answered, whatever else is", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const core = Object.fromEntries(
          Object.entries(a).filter(([id]) => {
            const dimension = MODEL_V2.questions.find((q) => q.id === id)!.dimension;
            return dimension !== "topology" && dimension !== "coordination";
          }),
        ) as Answers;
        const r = recommend(core, MODEL_V2);
        expect(r.insufficient).toBe(true);
        expect(r.implementation).toEqual([]);
        expect(r.notes).toEqual([]);
        expect(r.hybrid).toEqual([]);
      }),
      RUNS,
    );
  });

  it("5. a hybrid made by a rule, or answers with nothing at ±2 points, never read high; the reason counts the flips", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = recommend(a, MODEL_V2);
        const noStrong = !r.contributions.some((c) => Math.abs(c.points) >= 2);
        if (r.verdictRule || noStrong) expect(r.confidenceDetail.level).not.toBe("high");
        if (!r.insufficient && r.contributions.some((c) => c.answer !== UNSURE)) {
          const n = r.flips.length;
          const said =
            n === 0
              ? "no single answer change"
              : n === 1
                ? "one single-answer change"
                : `${n} single-answer changes`;
          expect(r.confidenceDetail.reason).toContain(said);
        }
        expect(r.confidenceDetail.reason).not.toContain("one or two answers could change");
      }),
      RUNS,
    );
  });

  it("6. a flow whose steps could share one service leads with in-process and is never choreography", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const shared = {
          ...a,
          teams: "one",
          duration: "seconds-minutes",
          latency: "hot-path",
          "outcome-ownership": "initiator-decides",
          volume: "over-10k",
        } as Answers;
        const r = recommend(shared, MODEL_V2);
        fc.pre(!r.insufficient);
        expect(r.verdict).not.toBe("choreography");
        expect(r.implementation[0]?.id).toBe("in-process");
        const firstEngine = r.tools.find((t) => t.kind === "engine");
        expect(firstEngine?.name ?? "").not.toMatch(
          /Step Functions|Lambda|Durable Task|Cloud Workflows/,
        );
        expect(r.gates.map((g) => g.id)).not.toContain("engine-cost-at-volume");
      }),
      RUNS,
    );
  });

  it("7. a near-atomic flow that fits one transaction gets keep-invariant-local first; the atomic gate only fires when nothing orchestrates", () => {
    fc.assert(
      fc.property(answers, fc.constantFrom("yes", "with-redesign"), (a, local) => {
        const r = recommend(
          { ...a, consistency: "near-atomic", "local-transaction": local } as Answers,
          MODEL_V2,
        );
        fc.pre(!r.insufficient);
        expect(r.notes[0]?.id).toBe("keep-invariant-local");
        const gated = r.gates.some((g) => g.id === "async-atomic-choreography");
        const orchestrated =
          r.verdict === "orchestration" ||
          (r.verdict === "hybrid" && r.hybrid.some((h) => h !== "track-then-manage"));
        expect(gated).toBe(!orchestrated);
      }),
      RUNS,
    );
  });

  it("8. async orchestration only when nobody waits on the outcome; reasons mention teams only when several were answered", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = recommend(a, MODEL_V2);
        if (r.hybrid.includes("async-orchestration"))
          expect(["batch", "async-user-visible"]).toContain(a.latency);
        if (a.teams === undefined || a.teams === UNSURE || a.teams === "one")
          for (const h of r.hybridAdvice)
            expect(h.why).not.toMatch(/several teams|other teams|teams own/);
      }),
      RUNS,
    );
  });

  it("9. gates fit: partial ownership warns softly; unanswered observability is an info gate under events", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const r = recommend(a, MODEL_V2);
        const owner = r.gates.find((g) => g.id === "orchestrator-needs-owner");
        if (owner) expect(owner.severity).toBe(a["end-to-end-owner"] === "no" ? "warning" : "info");
        const obs = r.gates.find((g) => g.id === "choreography-needs-observability");
        const unanswered = (v: string | undefined) => v === undefined || v === UNSURE;
        if (obs?.severity === "info")
          expect(
            unanswered(a.observability) ||
              unanswered(a["event-practices"]) ||
              r.implementation[0]?.id === "queue",
          ).toBe(true);
        const cost = r.gates.some((g) => g.id === "engine-cost-at-volume");
        const first = r.implementation.find((x) => x.id !== "event-broker" && x.id !== "queue")?.id;
        expect(cost).toBe(
          !r.insufficient &&
            (a.volume === "100-10k" || a.volume === "over-10k") &&
            (first === "durable-execution" || first === "process-engine"),
        );
      }),
      RUNS,
    );
  });
});
