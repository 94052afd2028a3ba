import { describe, expect, it } from "vitest";
import { parseAnswersJson } from "@/lib/answers";
import { buildResult } from "@/lib/result";
import { loadScenarios, scenarioFailures } from "@/lib/testing/scenarios";

const scenarios = loadScenarios();

/** Checks one scenario's answers, scored by `model`, against its expectations. */
function expectScenarioHolds(scenario: (typeof scenarios)[number], model: number) {
  const parsed = parseAnswersJson({ ...scenario.input, model });
  expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.value.model).toBe(model);
  const result = buildResult(parsed.value);
  expect(result.model).toBe(model);
  expect(scenarioFailures(result, scenario.expect)).toEqual([]);
  if (result.verdict === "hybrid" && !result.insufficient)
    expect(result.hybrid.length).toBeGreaterThan(0);
}

describe("calibration scenarios (lib/scoring/scenarios), each under the model it names", () => {
  it("finds scenario files for every model", () => {
    expect(scenarios.filter((s) => s.input.model === 1).length).toBeGreaterThanOrEqual(8);
    expect(scenarios.filter((s) => s.input.model === 2).length).toBeGreaterThanOrEqual(20);
    expect(scenarios.filter((s) => s.input.model === 3).length).toBeGreaterThanOrEqual(11);
  });

  for (const scenario of scenarios) {
    it(`${scenario.file}: ${scenario.name}`, () => {
      expectScenarioHolds(scenario, scenario.input.model);
    });
  }
});

// Model 3 fixed model 2's faults without moving what model 2 got right: every model-2 file's
// answers, scored by model 3, still meet that file's expectations.
describe("model-2 calibration scenarios, scored by model 3", () => {
  for (const scenario of scenarios.filter((s) => s.input.model === 2)) {
    it(`${scenario.file} holds under model 3`, () => {
      expectScenarioHolds(scenario, 3);
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
