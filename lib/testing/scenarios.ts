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
 * A folder of the project's upstream copy (a sibling of the clone named "shared"): `scenarios` by
 * default, `map-scenarios` for the flow map. Undefined when absent, as on any machine but the
 * project's own, so the sync tests that use it skip there.
 */
export function upstreamScenarioDir(folder = "scenarios"): string | undefined {
  const candidate = join(dirname(process.cwd()), "shared", folder);
  return existsSync(candidate) ? candidate : undefined;
}

/** Every scenario file in a folder (the in-repo copy by default), sorted by name. */
export function loadScenarios(dir: string = SCENARIO_DIR): Scenario[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(dir, file), "utf8")) }));
}

/** The pinned share codes of every model by name (lib/share/fixtures/model-<N>-codes.json). */
export function fixtureCodes(): Record<string, string> {
  const codes: Record<string, string> = {};
  for (const version of [1, 2, 3]) {
    const file = join(process.cwd(), "lib", "share", "fixtures", `model-${version}-codes.json`);
    const fixtures = JSON.parse(readFileSync(file, "utf8")) as {
      codes: { name: string; code: string }[];
    };
    for (const c of fixtures.codes) codes[c.name] = c.code;
  }
  return codes;
}

/** The parts of Result JSON a scenario's `expect` can check. */
export interface ScenarioResult {
  verdict: string | null;
  insufficient: boolean;
  confidence: number;
  confidenceLevel: string;
  gates: readonly { id: string }[];
  hybrid: readonly string[];
  notes?: readonly { id: string }[];
  implementation?: readonly { id: string }[];
  tools: readonly { name: string; kind: string }[];
}

/**
 * Every way a result misses its scenario's `expect`, as short sentences; empty when it passes.
 * Format and meaning of each field: lib/scoring/scenarios/README.md. `insufficient: true` expects
 * "too early to say"; under model 2 a `verdict` then fails, since the verdict is withheld (null).
 */
export function scenarioFailures(result: ScenarioResult, expect: Scenario["expect"]): string[] {
  const failures: string[] = [];
  const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((x) => x.id);
  if (expect.verdict !== undefined) {
    const allowed = Array.isArray(expect.verdict) ? expect.verdict : [expect.verdict];
    if (result.verdict === null || !allowed.includes(result.verdict as VerdictName))
      failures.push(
        `verdict is ${result.verdict ?? "withheld (too early to say)"}, expected ${allowed.join(" or ")}`,
      );
  }
  if (expect.insufficient !== undefined && result.insufficient !== expect.insufficient)
    failures.push(`insufficient is ${result.insufficient}, expected ${expect.insufficient}`);
  for (const gate of expect.gates ?? [])
    if (!ids(result.gates).includes(gate)) failures.push(`gate ${gate} is missing`);
  for (const gate of expect.absentGates ?? [])
    if (ids(result.gates).includes(gate)) failures.push(`gate ${gate} is present`);
  for (const note of expect.notes ?? [])
    if (!ids(result.notes).includes(note)) failures.push(`note ${note} is missing`);
  if (expect.implementation) {
    const first = ids(result.implementation)[0];
    if (!first || !expect.implementation.includes(first))
      failures.push(
        `first implementation is ${first ?? "none"}, expected ${expect.implementation.join(" or ")}`,
      );
  }
  for (const pattern of expect.hybridIncludes ?? [])
    if (!result.hybrid.includes(pattern)) failures.push(`hybrid pattern ${pattern} is missing`);
  for (const pattern of expect.hybridExcludes ?? [])
    if (result.hybrid.includes(pattern)) failures.push(`hybrid pattern ${pattern} is present`);
  const firstEngine = result.tools.find((t) => t.kind === "engine");
  for (const name of expect.firstEngineNot ?? [])
    if (firstEngine?.name.includes(name)) failures.push(`first engine is ${firstEngine.name}`);
  if (expect.confidenceAtMost !== undefined && result.confidence > expect.confidenceAtMost)
    failures.push(
      `confidence is ${result.confidence}, expected at most ${expect.confidenceAtMost}`,
    );
  if (
    expect.confidenceLevelIn &&
    !expect.confidenceLevelIn.includes(result.confidenceLevel as never)
  )
    failures.push(
      `confidence is ${result.confidenceLevel}, expected ${expect.confidenceLevelIn.join(" or ")}`,
    );
  return failures;
}

/** The answers of one in-repo scenario file (e.g. "m2-loan-origination.json"), for tests that need a known flow. */
export function scenarioAnswers(file: string): Record<string, string> {
  const scenario = loadScenarios().find((s) => s.file === file);
  if (!scenario) throw new Error(`No scenario file ${file} in ${SCENARIO_DIR}`);
  return { ...scenario.input.answers };
}
