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

  it("refuse a JSON object exactly when it writes a key twice, at any depth", () => {
    const entries = fc.array(
      fc.tuple(
        fc.constantFrom("a", "b", "c", "__proto__", 'q"', "\\"),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(entries, fc.boolean(), (pairs, nested) => {
        const object = `{${pairs.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ")}}`;
        const text = nested ? `{"outer": [1, ${object}]}` : object;
        const keys = pairs.map(([k]) => k);
        const parsed = parseJsonText(text);
        expect(parsed.ok).toBe(new Set(keys).size === keys.length);
        if (!parsed.ok) expect(parsed.field).toMatch(nested ? /^outer\[1\]\./ : /^[^.[]/);
      }),
    );
  });
});
