import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildResult } from "@/lib/result";
import { encode } from "@/lib/share";
import { loadScenarios } from "@/lib/testing/scenarios";

function advise(args: string[], input?: string) {
  const r = spawnSync("npx", ["tsx", "scripts/advise.ts", ...args], { input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the advise CLI", () => {
  const scenarios = loadScenarios();

  it("prints the expected verdict for every calibration scenario, from stdin", () => {
    for (const scenario of scenarios) {
      const r = advise(["-"], JSON.stringify(scenario.input));
      expect(r.status, `${scenario.file}: ${r.stderr}`).toBe(0);
      const result = JSON.parse(r.stdout);
      expect(result.verdict, scenario.file).toBe(scenario.expect.verdict);
      expect(result).toEqual(JSON.parse(JSON.stringify(buildResult(scenario.input as never))));
    }
  }, 120_000);

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
