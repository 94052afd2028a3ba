import { describe, expect, it } from "vitest";
import { loadScenarios } from "@/lib/testing/scenarios";
import { parseAnswersJson } from "@/lib/answers";
import { recommend } from "./recommend";

const scenarios = loadScenarios();

describe("calibration scenarios in ../shared/scenarios", () => {
  it("finds the scenario files", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
  });

  for (const scenario of scenarios) {
    describe(`${scenario.file}: ${scenario.name}`, () => {
      const parsed = parseAnswersJson(scenario.input);
      it("is valid Answers JSON", () => {
        expect(parsed.ok).toBe(true);
      });
      const result = recommend(parsed.ok ? parsed.value.answers : {});

      it(`gives the verdict ${scenario.expect.verdict}`, () => {
        expect(result.verdict).toBe(scenario.expect.verdict);
      });
      for (const gate of scenario.expect.gates ?? []) {
        it(`raises the gate ${gate}`, () => {
          expect(result.gates.map((g) => g.id)).toContain(gate);
        });
      }
      for (const gate of scenario.expect.absentGates ?? []) {
        it(`does not raise the gate ${gate}`, () => {
          expect(result.gates.map((g) => g.id)).not.toContain(gate);
        });
      }
      if (scenario.expect.confidenceAtMost !== undefined) {
        it(`has confidence at most ${scenario.expect.confidenceAtMost}`, () => {
          expect(result.confidence).toBeLessThanOrEqual(scenario.expect.confidenceAtMost!);
        });
      }
      if (scenario.expect.verdict === "hybrid" && !result.insufficient) {
        it("names at least one hybrid pattern", () => {
          expect(result.hybrid.length).toBeGreaterThan(0);
        });
      }
    });
  }
});
