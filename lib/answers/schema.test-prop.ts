import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENT_MODEL } from "@/lib/scoring";
import { answersArbitrary } from "@/lib/testing/arbitraries";
import { cleanFlow } from "./flow";
import { parseAnswersJson } from "./schema";

describe("Answers JSON properties", () => {
  it("never throws on any JSON value, and an error always names a field", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseAnswersJson(value);
        if (!r.ok) {
          expect(r.field.length).toBeGreaterThan(0);
          expect(r.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it("accepts every valid answer set, and rejects it with one answer corrupted, naming that answer", () => {
    fc.assert(
      fc.property(answersArbitrary, fc.string({ minLength: 1, maxLength: 12 }), (answers, junk) => {
        expect(parseAnswersJson({ model: CURRENT_MODEL.version, answers }).ok).toBe(true);
        const keys = Object.keys(answers);
        fc.pre(keys.length > 0 && !junk.includes('"'));
        const key = keys[0]!;
        const r = parseAnswersJson({
          model: CURRENT_MODEL.version,
          answers: { ...answers, [key]: `x-${junk}` },
        });
        expect(r).toMatchObject({ ok: false, field: `answers.${key}` });
      }),
      { numRuns: 10_000 },
    );
  });

  it("cleans any flow name to at most 80 code points without control characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (raw) => {
        const flow = cleanFlow(raw);
        if (flow !== undefined) {
          expect([...flow].length).toBeLessThanOrEqual(80);
          // Format characters other than ZWJ/ZWNJ survive only inside emoji tag sequences.
          const outsideTagSequences = flow.replace(
            /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu,
            "",
          );
          expect(outsideTagSequences).not.toMatch(/[\p{Cc}]|(?![\u200C\u200D])\p{Cf}/u);
          expect(flow).toBe(flow.trim());
        }
      }),
      { numRuns: 10_000 },
    );
  }, 60_000); // 10 000 cases: more than the 5 s default on a shared machine
});
