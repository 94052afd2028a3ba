import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUESTIONS } from "@/lib/scoring";
import { encode } from "@/lib/share";
import { resultForCode } from "./load";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

describe("resultForCode (properties)", () => {
  it("never throws on any input, and either reads the code or names a decode error", () => {
    const anyCode = fc.oneof(
      fc.string({ maxLength: 24 }),
      fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 8, maxLength: 12 }),
      fc.string({ unit: "binary", maxLength: 20 }),
      fc.anything(),
    );
    fc.assert(
      fc.property(
        anyCode,
        fc.option(fc.string({ unit: "grapheme", maxLength: 120 })),
        (code, flow) => {
          const loaded = resultForCode(code, flow);
          if (loaded.ok) {
            expect(loaded.result.code).toBe(code);
            expect([...(loaded.flow ?? "")].length).toBeLessThanOrEqual(80);
          } else {
            expect(loaded.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it("opens every encoded answer set to a result with the same code", () => {
    const answers = fc.record(
      Object.fromEntries(
        QUESTIONS.map((q) => [q.id, fc.constantFrom("unsure", ...q.options.map((o) => o.id))]),
      ),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answers, (a) => {
        const code = encode(a);
        const loaded = resultForCode(code);
        expect(loaded.ok && loaded.result.code).toBe(code);
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);
});
