/**
 * Test helper: the calibration scenarios (SPEC §2.6). They live in `shared/scenarios` beside the
 * repository (../shared from the repository root); a worktree one level deeper finds them too.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";

function findScenarioDir(): string {
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

export interface Scenario {
  file: string;
  name: string;
  /** Answers JSON. */
  input: unknown;
}

export function loadScenarios(): Scenario[] {
  const dir = findScenarioDir();
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
        name: string;
        input: unknown;
      };
      return { file: join(dir, file), name: data.name, input: data.input };
    });
}
