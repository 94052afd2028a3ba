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
  it.runIf(upstream !== undefined)(
    "holds every upstream file unchanged, and is ahead of it only by a newer model's files",
    () => {
      const files = (dir: string) => readdirSync(dir).sort();
      const upstreamFiles = files(upstream!);
      for (const file of upstreamFiles) {
        expect(readFileSync(join(SCENARIO_DIR, file), "utf8"), file).toBe(
          readFileSync(join(upstream!, file), "utf8"),
        );
      }
      // A model newer than every upstream scenario keeps its calibration files here first
      // (model 3's m3-*.json); a file of a model the upstream folder already covers must be there.
      const modelOf = (dir: string, file: string) =>
        (JSON.parse(readFileSync(join(dir, file), "utf8")) as { input: { model: number } }).input
          .model;
      const upstreamNewest = Math.max(
        ...upstreamFiles.filter((f) => f.endsWith(".json")).map((f) => modelOf(upstream!, f)),
      );
      const repoOnly = files(SCENARIO_DIR).filter((f) => !upstreamFiles.includes(f));
      for (const file of repoOnly) {
        expect(file.endsWith(".json"), file).toBe(true);
        expect(modelOf(SCENARIO_DIR, file), file).toBeGreaterThan(upstreamNewest);
      }
    },
  );
});
