import { describe, expect, it, vi } from "vitest";
import { parseAnswersJson } from "../answers";
import { buildResult } from "../result";
import { encode } from "../share";
import { loadScenarios } from "../testing/scenarios";
import { EXAMPLE_RESULT } from "./example-result";

vi.mock("server-only", () => ({}));

const { REAL_CASE_STORIES, isRealCase } = await import("./real-cases");

describe("the landing page's example result", () => {
  const scenario = loadScenarios().find((s) => s.file === EXAMPLE_RESULT.scenario);

  it("is a published real case from the calibration set", () => {
    expect(scenario, EXAMPLE_RESULT.scenario).toBeDefined();
    expect(isRealCase(scenario!)).toBe(true);
    expect(REAL_CASE_STORIES[EXAMPLE_RESULT.scenario]?.company).toBe(EXAMPLE_RESULT.company);
  });

  it("links the share code of that scenario's answers, under its flow name", () => {
    const parsed = parseAnswersJson(scenario!.input);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(encode(parsed.value.answers)).toBe(EXAMPLE_RESULT.code);
    expect(parsed.value.flow).toBe(EXAMPLE_RESULT.flow);
    expect(buildResult({ answers: parsed.value.answers }).verdict).toBe(scenario!.expect.verdict);
  });
});
