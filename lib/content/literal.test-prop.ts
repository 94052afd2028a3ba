import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLiteral } from "./literal";

const cell = fc.string({ maxLength: 40 }).filter((s) => !s.includes("\n") && !s.includes("\r"));
const rows = fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 });

describe("parseLiteral", () => {
  it("reads back any JSON array of string rows, with or without trailing commas", () => {
    fc.assert(
      fc.property(rows, fc.boolean(), (value, trailing) => {
        let source = JSON.stringify(value, null, 2);
        if (trailing) source = source.replace(/(["\]])(\n\s*\])/g, "$1,$2");
        const parsed = parseLiteral(source);
        expect(parsed).toEqual({ ok: true, value });
      }),
    );
  });

  it("never throws, whatever the source", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (source) => {
        const parsed = parseLiteral(source);
        expect(typeof parsed.ok).toBe("boolean");
      }),
    );
  });

  it("refuses code: identifiers, calls, objects and templates", () => {
    for (const source of ["process.exit(1)", "{a: 1}", "`x`", "[a]", "() => 1", '["a"] + 1']) {
      expect(parseLiteral(source).ok).toBe(false);
    }
  });
});
