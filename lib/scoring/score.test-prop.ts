import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersArbitrary } from "@/lib/testing/arbitraries";
import { QUESTIONS, SCORED_QUESTIONS, UNSURE, pointsOf, type Answers } from "./questions";
import { recommend } from "./recommend";
import { VERDICT_ORDER, verdictOf } from "./verdict";
import { contributionsOf, scoreOf } from "./score";

const RUNS = { numRuns: 2000 };
const rank = (v: string) => VERDICT_ORDER.indexOf(v as never);
const withAnswer = (a: Answers, id: string, value: string) => ({ ...a, [id]: value }) as Answers;

describe("model properties (SPEC §2.6)", () => {
  it("is deterministic and total: every answer set gives the same full result twice", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const a = recommend(answers);
        expect(recommend(answers)).toEqual(a);
        expect(["orchestration", "choreography", "hybrid"]).toContain(a.verdict);
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1);
        expect(Object.values(a.dimensions).reduce((s, d) => s + d, 0)).toBeCloseTo(a.score, 9);
      }),
      RUNS,
    );
  });

  it("gives every all-unsure answer set zero confidence", () => {
    const allUnsure = Object.fromEntries(QUESTIONS.map((q) => [q.id, UNSURE])) as Answers;
    expect(recommend(allUnsure).confidence).toBe(0);
    expect(recommend(allUnsure).verdict).toBe("hybrid");
  });

  it("never lets platform or messaging change score, verdict or confidence", () => {
    const context = QUESTIONS.filter((q) => q.id === "platform" || q.id === "messaging");
    fc.assert(
      fc.property(
        answersArbitrary,
        fc.constantFrom(...context),
        fc.nat(),
        (answers, question, pick) => {
          const values = [UNSURE, ...question.options.map((o) => o.id)];
          const changed = withAnswer(answers, question.id, values[pick % values.length]!);
          const a = recommend(answers);
          const b = recommend(changed);
          expect([b.score, b.verdict, b.confidence]).toEqual([a.score, a.verdict, a.confidence]);
        },
      ),
      RUNS,
    );
  });

  it("is monotone: more points never lowers the score or moves the verdict toward choreography", () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        fc.constantFrom(...SCORED_QUESTIONS),
        fc.nat(),
        (answers, question, pick) => {
          const current = (answers as Record<string, string>)[question.id];
          const currentPoints = pointsOf(question.id, current);
          const higher = question.options.filter((o) => o.points > currentPoints);
          fc.pre(higher.length > 0);
          const option = higher[pick % higher.length]!;
          const before = recommend(answers);
          const after = recommend(withAnswer(answers, question.id, option.id));
          expect(after.score).toBeGreaterThan(before.score);
          expect(rank(after.verdict)).toBeGreaterThanOrEqual(rank(before.verdict));
        },
      ),
      RUNS,
    );
  });

  it("reports exactly the single-answer changes that flip the verdict", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = recommend(answers);
        const reported = new Set(result.flips.map((f) => `${f.question}=${f.to}`));
        for (const question of SCORED_QUESTIONS) {
          for (const option of question.options) {
            const current = (answers as Record<string, string>)[question.id] ?? UNSURE;
            if (option.id === current) continue;
            const changed = withAnswer(answers, question.id, option.id);
            const contributions = contributionsOf(changed);
            const verdict = verdictOf(scoreOf(contributions), contributions).verdict;
            const key = `${question.id}=${option.id}`;
            expect(reported.has(key)).toBe(verdict !== result.verdict);
            if (reported.has(key)) {
              expect(result.flips.find((f) => `${f.question}=${f.to}` === key)?.verdict).toBe(
                verdict,
              );
            }
          }
        }
        const sizes = result.flips.map((f) => Math.abs(f.scoreChange));
        expect(sizes).toEqual([...sizes].sort((x, y) => x - y));
      }),
      { numRuns: 500 },
    );
  });

  it("names at least one hybrid pattern whenever it advises a hybrid", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const r = recommend(answers);
        if (r.verdict === "hybrid" && !r.insufficient) expect(r.hybrid.length).toBeGreaterThan(0);
        if (r.verdict !== "hybrid") expect(r.hybrid).toEqual([]);
      }),
      RUNS,
    );
  });
});
