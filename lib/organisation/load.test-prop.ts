import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { allWellFormed, utf16String } from "../testing/arbitraries";
import { parseConfigText } from "./load";

describe("organisation config strings, for any UTF-16 text", () => {
  it("are well-formed once checked, in JSON and YAML, and an error line is well-formed too", () => {
    fc.assert(
      fc.property(utf16String(), utf16String(8), (text, key) => {
        const config = {
          organisation: { name: `Acme ${text}` },
          exclude: [{ name: text || "x", reason: text || "y" }],
        };
        for (const [source, format] of [
          [JSON.stringify(config), "json"],
          [stringify(config), "yaml"],
        ] as const) {
          const parsed = parseConfigText(source, format, "baton.config");
          if (parsed.ok) expect(allWellFormed(parsed.config)).toBe(true);
          else expect(parsed.message.isWellFormed()).toBe(true);
        }
        const unknown = parseConfigText(
          JSON.stringify({ organisation: { name: "Acme", [`x${key}`]: 1 } }),
          "json",
          "baton.config.json",
        );
        expect(unknown.ok).toBe(false);
        if (!unknown.ok) expect(unknown.message.isWellFormed()).toBe(true);
      }),
    );
  });
});
