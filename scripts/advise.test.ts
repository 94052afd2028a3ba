import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseAnswersJson } from "@/lib/answers";
import { buildResult } from "@/lib/result";
import { encode } from "@/lib/share";
import { loadScenarios, scenarioFailures } from "@/lib/testing/scenarios";

function advise(args: string[], input?: string) {
  const r = spawnSync("npx", ["tsx", "scripts/advise.ts", ...args], { input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI run as `npm run advise` runs it (tsx), without blocking, so several can run at once. */
function adviseAsync(
  input: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/advise.ts", "-"]);
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
