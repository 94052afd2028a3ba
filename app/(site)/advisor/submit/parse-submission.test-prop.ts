import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUESTIONS } from "@/lib/scoring/current";
import { UNSURE, type Answers } from "@/lib/scoring/questions";
import { encode } from "@/lib/share/codec";
import { allWellFormed, utf16String } from "@/lib/testing/arbitraries";
import { parseSubmission } from "./parse-submission";

const answerSet = fc.record(
  Object.fromEntries(
    QUESTIONS.map((q) => [q.id, fc.constantFrom(UNSURE, ...q.options.map((o): string => o.id))]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

describe("parseSubmission, for any input", () => {
  it("gives back the code of whatever answers the form sent", () => {
    fc.assert(
      fc.property(answerSet, (answers) => {
        const result = parseSubmission(new URLSearchParams(answers as Record<string, string>));
        expect(result.ok).toBe(true);
        if (result.ok) expect(encode(result.answers)).toBe(encode(answers));
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on arbitrary query strings", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 30 }), (pairs) => {
        const result = parseSubmission(new URLSearchParams(pairs));
        if (!result.ok) expect(result.message).toContain(`${result.field}:`);
      }),
      { numRuns: 10_000 },
    );
  });

  it("echoes only well-formed text for any UTF-16 query keys and values", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(utf16String(12), utf16String()), { maxLength: 8 }), (pairs) => {
        const params = new URLSearchParams();
        for (const [key, value] of pairs) params.append(key, value);
        const result = parseSubmission(params);
        // Every string in the result, keys included: JSON.stringify would escape a lone surrogate
        // as \uD800, so its output is well-formed whatever the result holds.
        expect(allWellFormed(result)).toBe(true);
      }),
    );
  });
});
