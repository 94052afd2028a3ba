import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export interface Scenario {
  file: string;
  name: string;
  input: { model: number; flow?: string; answers: Record<string, string> };
  expect: {
    verdict: "orchestration" | "choreography" | "hybrid";
    gates?: string[];
    absentGates?: string[];
    confidenceAtMost?: number;
  };
}

/** The shared calibration scenarios, found from the repository root (../shared/scenarios). */
export const SCENARIO_DIR = join(process.cwd(), "..", "shared", "scenarios");

export function loadScenarios(): Scenario[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(SCENARIO_DIR, file), "utf8")) }));
}
