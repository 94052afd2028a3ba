import { describe, expect, it } from "vitest";
import { parseAnswersJson } from "@/lib/answers";
import { buildResult } from "@/lib/result";
import { loadScenarios, scenarioFailures } from "@/lib/testing/scenarios";

const scenarios = loadScenarios();

describe("calibration scenarios (lib/scoring/scenarios), each under the model it names", () => {
  it("finds scenario files for both models", () => {
    expect(scenarios.filter((s) => s.input.model === 1).length).toBeGreaterThanOrEqual(8);
    expect(scenarios.filter((s) => s.input.model === 2).length).toBeGreaterThanOrEqual(20);
  });

  for (const scenario of scenarios) {
    it(`${scenario.file}: ${scenario.name}`, () => {
      const parsed = parseAnswersJson(scenario.input);
      expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.value.model).toBe(scenario.input.model);
      const result = buildResult(parsed.value);
      expect(scenarioFailures(result, scenario.expect)).toEqual([]);
      if (result.verdict === "hybrid" && !result.insufficient)
        expect(result.hybrid.length).toBeGreaterThan(0);
    });
  }
});

describe("the scenario checker", () => {
  const base = {
    verdict: "hybrid",
    insufficient: false,
    confidence: 0.5,
    confidenceLevel: "medium",
    gates: [{ id: "orchestrator-needs-owner" }],
    hybrid: ["track-then-manage"],
    notes: [],
    implementation: [{ id: "event-broker" }],
    tools: [{ name: "AWS Step Functions", kind: "engine" }],
  };
  it("reports each kind of miss", () => {
    expect(
      scenarioFailures(base, {
        verdict: ["orchestration", "choreography"],
        gates: ["engine-cost-at-volume"],
        absentGates: ["orchestrator-needs-owner"],
        notes: ["publish-side-effects"],
        implementation: ["in-process"],
        hybridIncludes: ["async-orchestration"],
        hybridExcludes: ["track-then-manage"],
        firstEngineNot: ["Step Functions"],
        confidenceAtMost: 0.4,
        confidenceLevelIn: ["low"],
      }),
    ).toHaveLength(10);
  });
  it("fails a verdict expectation when the result is too early to say", () => {
    expect(
      scenarioFailures({ ...base, verdict: null, insufficient: true }, { verdict: "hybrid" }),
    ).toEqual(["verdict is withheld (too early to say), expected hybrid"]);
  });
});
