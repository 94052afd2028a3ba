import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allWellFormed, utf16String } from "@/lib/testing/arbitraries";
import { isWellFormed, replaceLoneSurrogates, wellFormed, wellFormedData } from "./well-formed";

describe("wellFormed", () => {
  it("makes any UTF-16 string well-formed, usable in a URL and as UTF-8, keeping its length", () => {
    fc.assert(
      fc.property(utf16String(), (text) => {
        const out = wellFormed(text);
        expect(isWellFormed(out)).toBe(true);
        expect(out.isWellFormed()).toBe(true);
        expect(out).toHaveLength(text.length);
        expect(() => encodeURIComponent(out)).not.toThrow();
        expect(new TextDecoder().decode(new TextEncoder().encode(out))).toBe(out);
        expect(JSON.stringify(out)).not.toMatch(/\\u[dD][89a-fA-F]/);
      }),
    );
  });

  it("leaves well-formed text as it is, and is idempotent", () => {
    fc.assert(
      fc.property(utf16String(), fc.string({ unit: "grapheme" }), (any, good) => {
        expect(wellFormed(good)).toBe(good);
        expect(wellFormed(wellFormed(any))).toBe(wellFormed(any));
        expect(isWellFormed(any)).toBe(wellFormed(any) === any);
      }),
    );
  });

  it("gives the same as String.prototype.toWellFormed with the fallback", () => {
    fc.assert(
      fc.property(utf16String(), (text) => {
        expect(replaceLoneSurrogates(text)).toBe(text.toWellFormed());
      }),
    );
  });
});

describe("wellFormedData", () => {
  it("makes every string and key of a parsed value well-formed, keeping its shape", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        utf16String(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(utf16String(8), tie("value"), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        const out = wellFormedData(value);
        const text = JSON.stringify(out);
        expect(text).not.toMatch(/\\u[dD][89a-fA-F]/);
        expect(allWellFormed(out)).toBe(true);
        expect(JSON.stringify(wellFormedData(out))).toBe(text);
      }),
    );
  });
});
