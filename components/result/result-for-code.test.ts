import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encode } from "@/lib/share";
import { modelFor } from "@/lib/scoring";
import { fixtureCodes, SCENARIO_DIR, scenarioFailures } from "@/lib/testing/scenarios";
import { DAMAGE_ADVICE, firstParam, resultForCode } from "./result-for-code";

const codes = fixtureCodes() as Record<string, string> & { "seed-simple": string };
const SCENARIOS = SCENARIO_DIR;

describe("resultForCode", () => {
  it("keeps opening the fixture codes of every calibration scenario to its verdict", () => {
    const files = readdirSync(SCENARIOS).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const name = file.replace(/\.json$/, "");
      const scenario = JSON.parse(readFileSync(join(SCENARIOS, file), "utf8"));
      const code = (codes as Record<string, string>)[name];
      expect(code, `fixture code for ${name}`).toBeDefined();
      expect(encode(scenario.input.answers, modelFor(scenario.input.model))).toBe(code);
      const loaded = resultForCode(code, scenario.input.flow);
      expect(loaded.ok, name).toBe(true);
      if (loaded.ok) expect(scenarioFailures(loaded.result, scenario.expect), name).toEqual([]);
    }
  });

  it("names what is wrong with each kind of damaged code", () => {
    const valid = codes["seed-simple"];
    const damaged: [unknown, string][] = [
      ["", "empty"],
      [undefined, "empty"],
      ["1".repeat(17), "too-long"],
      ["1BCh4XOE9!", "bad-characters"],
      ["1BCh 4XOE9", "bad-characters"],
      ["zBCh4XOE9d", "unknown-version"],
      [valid.slice(0, -1), "wrong-length"],
      [`${valid}A`, "wrong-length"],
      [`${valid.slice(0, 4)}${valid[4] === "A" ? "B" : "A"}${valid.slice(5)}`, "checksum"],
      ["1_________k", "wrong-length"],
    ];
    for (const [code, error] of damaged) {
      const loaded = resultForCode(code);
      expect(loaded.ok, String(code)).toBe(false);
      if (!loaded.ok) {
        expect(loaded.error, String(code)).toBe(error);
        expect(DAMAGE_ADVICE[loaded.error]).toBeTruthy();
      }
    }
  });

  it("reports a code whose characters are valid but describe no answer set", () => {
    const loaded = resultForCode(outOfRange());
    expect(loaded.ok ? "ok" : loaded.error).toBe("out-of-range");
  });

  it("cleans the flow name and leaves it out when nothing is left", () => {
    const ok = resultForCode(codes["seed-simple"], "  Order\u0000 checkout\n ");
    expect(ok.ok && ok.flow).toBe("Order checkout");
    expect(ok.ok && ok.result.flow).toBe("Order checkout");
    const blank = resultForCode(codes["seed-simple"], " \u200b ");
    expect(blank.ok && "flow" in blank.result).toBe(false);
    const long = resultForCode(codes["seed-simple"], "x".repeat(500));
    expect(long.ok && long.flow?.length).toBe(80);
  });

  it("takes the first of repeated search parameters", () => {
    expect(firstParam(["a", "b"])).toBe("a");
    expect(firstParam("a")).toBe("a");
    expect(firstParam(null)).toBeUndefined();
  });
});

/** The largest payload with a correct check character: valid characters, impossible answers. */
function outOfRange(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const body = `1${"_".repeat(codes["seed-simple"].length - 2)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum += (2 * i + 1) * alphabet.indexOf(body[i]!);
  return body + alphabet[sum % 64];
}
