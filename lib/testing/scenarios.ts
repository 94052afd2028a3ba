import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";

export interface Scenario {
  file: string;
  name: string;
  /** Answers JSON (SPEC §3.1). */
  input: { model: number; flow?: string; answers: Record<string, string> };
  expect: {
    verdict: "orchestration" | "choreography" | "hybrid";
    gates?: string[];
    absentGates?: string[];
    confidenceAtMost?: number;
  };
}

/**
 * The shared calibration scenarios live beside the repository (../shared/scenarios from its root);
 * a git worktree one level deeper finds them too.
 */
export function scenarioDir(): string {
  let dir = process.cwd();
  for (let i = 0; i < 4; i += 1) {
    const candidate = join(dirname(dir), "shared", "scenarios");
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    "No shared/scenarios folder beside the repository (expected ../shared/scenarios).",
  );
}

/** Every scenario file, sorted by name: adding a file adds a test. */
export function loadScenarios(): Scenario[] {
  const dir = scenarioDir();
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
