import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENT_MODEL } from "@/lib/scoring";
import { answersArbitrary } from "@/lib/testing/arbitraries";
import { normaliseAnswers } from "../testing/arbitraries";
import { decode, encode } from "./codec";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

describe("share code properties", () => {
  it("round-trips every answer set", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const code = encode(answers);
        expect(code.length).toBeLessThanOrEqual(16);
        expect(decode(code)).toEqual({
          ok: true,
          model: CURRENT_MODEL.version,
          answers: normaliseAnswers(answers),
        });
      }),
      { numRuns: 10_000 },
    );
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme" }),
          fc.stringMatching(/^[0-9A-Za-z_-]{0,20}$/),
        ),
        (s) => {
          const result = decode(s);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it("detects every single-character change of a valid code", () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        fc.nat(),
        fc.integer({ min: 1, max: 63 }),
        (answers, at, shift) => {
          const code = encode(answers);
          const i = at % code.length;
          const replaced = ALPHABET[(ALPHABET.indexOf(code[i]!) + shift) % 64]!;
          const mutated = code.slice(0, i) + replaced + code.slice(i + 1);
          expect(decode(mutated).ok).toBe(false);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it("never throws on mutated codes: dropped, doubled or swapped characters", () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        fc.nat(),
        fc.constantFrom("drop", "double", "swap"),
        (answers, at, how) => {
          const code = encode(answers);
          const i = at % (code.length - 1);
          const mutated =
            how === "drop"
              ? code.slice(0, i) + code.slice(i + 1)
              : how === "double"
                ? code.slice(0, i) + code[i] + code.slice(i)
                : code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          const result = decode(mutated);
          if (mutated !== code && how !== "swap") expect(result.ok).toBe(false);
          if (result.ok) expect(encode(result.answers)).toBe(mutated);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
