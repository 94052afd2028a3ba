import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeMap } from "./code";
import { frozenMapResult, type FrozenMapCase } from "./frozen";
import { mapResult } from "./result";
import { validateMap } from "./validate";

/**
 * Map model 1 is frozen (MAP.md §3, "map model 1 is frozen once shipped"): 200 seeded random maps
 * recorded by `scripts/record-map-golden.ts` give the same result, from their JSON and from their
 * map code, for as long as the repository lives.
 */
const golden = JSON.parse(
  readFileSync(join(process.cwd(), "lib/map/fixtures/map-1-golden.json"), "utf8"),
) as { map: number; seed: number; cases: FrozenMapCase[] };

describe("map model 1 is frozen", () => {
  it("holds 200 recorded maps of every style, with scopes and flags among them", () => {
    expect(golden.map).toBe(1);
    expect(golden.cases).toHaveLength(200);
    const styles = new Set(golden.cases.map((c) => c.result.style));
    expect(styles.size).toBeGreaterThanOrEqual(3);
    expect(golden.cases.some((c) => c.result.scopes.length >= 2)).toBe(true);
    expect(golden.cases.some((c) => c.result.flags.length > 0)).toBe(true);
    // Today's rules are among them: deliveries to people and partners (T8), one-step scopes.
    expect(golden.cases.some((c) => c.result.handoffs.some((h) => h.delivery !== null))).toBe(true);
    expect(golden.cases.some((c) => c.result.scopes.some((s) => s.saga === null))).toBe(true);
  });

  it("gives every recorded map the same result and the same code", () => {
    for (const c of golden.cases) {
      const valid = validateMap(c.map);
      expect(valid.ok, c.code).toBe(true);
      if (!valid.ok) continue;
      const result = mapResult(valid.map, { mermaid: false });
      expect(result.code).toBe(c.code);
      expect(frozenMapResult(result), c.code).toEqual(c.result);
    }
  });

  it("opens every recorded map code to the same result", () => {
    for (const c of golden.cases) {
      const decoded = decodeMap(c.code);
      expect(decoded.ok, c.code).toBe(true);
      if (!decoded.ok) continue;
      expect(frozenMapResult(mapResult(decoded.map, { mermaid: false })), c.code).toEqual(c.result);
    }
  });

  it("fails when one recorded reason is reworded (the comparison can fail)", () => {
    const c = golden.cases.find((x) => x.result.handoffs.length > 0)!;
    const valid = validateMap(c.map);
    if (!valid.ok) throw new Error("recorded map no longer valid");
    const result = frozenMapResult(mapResult(valid.map, { mermaid: false }));
    result.handoffs[0] = {
      ...result.handoffs[0]!,
      reason: `${result.handoffs[0]!.reason} (reworded)`,
    };
    expect(result).not.toEqual(c.result);
  });
});
