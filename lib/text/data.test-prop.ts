import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { allWellFormed, utf16String } from "@/lib/testing/arbitraries";
import { parseJsonText, parseYamlText } from "./data";

describe("parseJsonText and parseYamlText over any UTF-16 text", () => {
  it("read any string written into JSON back well-formed, in keys and values", () => {
    fc.assert(
      fc.property(utf16String(), utf16String(12), (text, key) => {
        const source = JSON.stringify({ flow: text, names: [text], nested: { [`k${key}`]: text } });
        const parsed = parseJsonText(source);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(allWellFormed(parsed.value)).toBe(true);
        const again = parseYamlText(stringify({ flow: text, [`k${key}`]: [text] }));
        expect(again.ok).toBe(true);
        if (again.ok) expect(allWellFormed(again.value)).toBe(true);
      }),
    );
  });

  it("never throw on any text, and give either a value or one line", () => {
    fc.assert(
      fc.property(utf16String(80), (text) => {
        for (const parsed of [parseJsonText(text), parseYamlText(text)]) {
          if (parsed.ok) expect(allWellFormed(parsed.value)).toBe(true);
          else expect(parsed.message).not.toContain("\n");
        }
      }),
    );
  });
});
