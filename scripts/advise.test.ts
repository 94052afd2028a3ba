import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseAnswersJson } from "@/lib/answers";
import { buildResult } from "@/lib/result";
import { encode } from "@/lib/share";
import { loadScenarios, scenarioFailures } from "@/lib/testing/scenarios";
import { mapResult, validateMap } from "@/lib/map";
import { loadMapScenarios, mapScenarioFailures } from "@/lib/map/calibration";

function advise(args: string[], input?: string) {
  const r = spawnSync("npx", ["tsx", "scripts/advise.ts", ...args], { input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI run as `npm run advise` runs it (tsx), without blocking, so several can run at once. */
function adviseAsync(
  input: string,
  args: string[] = ["-"],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/advise.ts", ...args]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("the advise CLI", () => {
  const scenarios = loadScenarios();

  it("prints what every calibration scenario expects, from stdin", async () => {
    const runs: Awaited<ReturnType<typeof adviseAsync>>[] = [];
    for (let i = 0; i < scenarios.length; i += 4) {
      const batch = scenarios.slice(i, i + 4).map((s) => adviseAsync(JSON.stringify(s.input)));
      runs.push(...(await Promise.all(batch)));
    }
    scenarios.forEach((scenario, i) => {
      const r = runs[i]!;
      expect(r.status, `${scenario.file}: ${r.stderr}`).toBe(0);
      const result = JSON.parse(r.stdout);
      expect(scenarioFailures(result, scenario.expect), scenario.file).toEqual([]);
      const parsed = parseAnswersJson(scenario.input);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(result).toEqual(JSON.parse(JSON.stringify(buildResult(parsed.value))));
    });
  }, 600_000);

  it("gives the same result for a code as for the answers that made it", () => {
    const scenario = scenarios.find((s) => s.file === "checkout-core-and-side-effects.json")!;
    const fromCode = JSON.parse(advise(["--code", encode(scenario.input.answers as never)]).stdout);
    const fromAnswers = JSON.parse(
      advise(["-"], JSON.stringify({ answers: scenario.input.answers })).stdout,
    );
    expect(fromCode).toEqual(fromAnswers);
  }, 60_000);

  it("exits 2 with one line naming the problem on bad input", () => {
    const cases: [string[], string | undefined, RegExp][] = [
      [["-"], '{"answers":{"teams":"nine"}}', /answers\.teams/],
      [["-"], "not json", /not valid JSON/],
      [["--code", "1BCh4XOE9X"], undefined, /code: .*check character/],
      [["/no/such/file.json"], undefined, /cannot read/],
      [[], undefined, /usage/],
    ];
    for (const [args, input, pattern] of cases) {
      const r = advise(args, input);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
    }
  }, 120_000);
});

describe("the advise CLI's maps (--map, --map-code)", () => {
  const maps = loadMapScenarios();

  it("prints what every calibration map expects, from stdin, and the same for its map code", async () => {
    const runs: Awaited<ReturnType<typeof adviseAsync>>[] = [];
    for (let i = 0; i < maps.length; i += 4) {
      const batch = maps
        .slice(i, i + 4)
        .map((s) => adviseAsync(JSON.stringify(s.input), ["--map", "-"]));
      runs.push(...(await Promise.all(batch)));
    }
    maps.forEach((scenario, i) => {
      const r = runs[i]!;
      expect(r.status, `${scenario.file}: ${r.stderr}`).toBe(0);
      const result = JSON.parse(r.stdout);
      expect(mapScenarioFailures(result, scenario.expect), scenario.file).toEqual([]);
      const valid = validateMap(scenario.input);
      if (valid.ok) expect(result).toEqual(JSON.parse(JSON.stringify(mapResult(valid.map))));
    });
    const first = JSON.parse(runs[0]!.stdout);
    const fromCode = await adviseAsync("", ["--map-code", first.code]);
    expect(fromCode.status).toBe(0);
    expect(JSON.parse(fromCode.stdout)).toEqual(first);
  }, 600_000);

  it("exits 2 with one line per problem naming the field or the code on bad input", async () => {
    const cases: [string[], string, RegExp][] = [
      [
        ["--map", "-"],
        '{"participants":[],"handoffs":[]}',
        /^advise: participants: 0 participants; a map needs at least 2\nadvise: handoffs: 0 hand-offs; a map needs at least 1\n$/,
      ],
      [["--map", "-"], "not json", /not valid JSON/],
      [["--map", "no-such-file.json"], "", /cannot read no-such-file\.json/],
      [["--map-code", "m1.AAAA"], "", /^advise: map code: The map code is damaged/],
      [["--map-code", "m9.AAAA"], "", /newer version/],
      [["--map-code"], "", /usage/],
    ];
    const runs = await Promise.all(cases.map(([args, input]) => adviseAsync(input, args)));
    runs.forEach((r, i) => {
      expect(r.status, String(cases[i]![0])).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(cases[i]![2]);
      // Every map validation error has its line; each other problem is one line.
      if (i > 0) expect(r.stderr.trim().split("\n")).toHaveLength(1);
    });
  }, 120_000);
});
