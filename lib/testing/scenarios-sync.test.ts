import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCENARIO_DIR, upstreamScenarioDir } from "./scenarios";

const upstream = upstreamScenarioDir();

describe("the in-repo copy of the calibration scenarios", () => {
  it("holds scenario files of its own, so a fresh clone tests without anything beside it", () => {
    expect(readdirSync(SCENARIO_DIR).filter((f) => f.endsWith(".json")).length).toBeGreaterThan(20);
  });

  // Skips on a user's machine, where no upstream folder sits beside the clone.
  it.runIf(upstream !== undefined)("is equal to the upstream folder, file for file", () => {
    const files = (dir: string) => readdirSync(dir).sort();
    expect(files(SCENARIO_DIR)).toEqual(files(upstream!));
    for (const file of files(upstream!)) {
      expect(readFileSync(join(SCENARIO_DIR, file), "utf8"), file).toBe(
        readFileSync(join(upstream!, file), "utf8"),
      );
    }
  });
});
