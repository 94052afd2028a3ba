import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";

export type VerdictName = "orchestration" | "choreography" | "hybrid";

/** One calibration scenario file (format: lib/scoring/scenarios/README.md). */
export interface Scenario {
  file: string;
  name: string;
  basis?: string;
  /** Answers JSON (docs/contracts.md, Answers JSON). */
  input: { model: number; flow?: string; answers: Record<string, string> };
  expect: {
    verdict?: VerdictName | VerdictName[];
    insufficient?: boolean;
    gates?: string[];
    absentGates?: string[];
    notes?: string[];
    implementation?: string[];
    hybridIncludes?: string[];
    hybridExcludes?: string[];
    firstEngineNot?: string[];
    confidenceAtMost?: number;
    confidenceLevelIn?: ("low" | "medium" | "high")[];
  };
}

/** The repository's own copy of the calibration scenarios: a fresh clone tests on its own. */
export const SCENARIO_DIR = join(process.cwd(), "lib", "scoring", "scenarios");

/**
 * The upstream scenario folder beside the repository (`../shared/scenarios`), or undefined when it
 * is absent, as on any machine but the project's own. Only the sync test uses it.
 */
export function upstreamScenarioDir(): string | undefined {
  const candidate = join(dirname(process.cwd()), "shared", "scenarios");
  return existsSync(candidate) ? candidate : undefined;
}

/** Every scenario file in a folder (the in-repo copy by default), sorted by name. */
export function loadScenarios(dir: string = SCENARIO_DIR): Scenario[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(dir, file), "utf8")) }));
}

/** The pinned model-1 share codes by name (lib/share/fixtures/model-1-codes.json). */
export function fixtureCodes(): Record<string, string> {
  const file = join(process.cwd(), "lib", "share", "fixtures", "model-1-codes.json");
  const fixtures = JSON.parse(readFileSync(file, "utf8")) as {
    codes: { name: string; code: string }[];
  };
  return Object.fromEntries(fixtures.codes.map((c) => [c.name, c.code]));
}
