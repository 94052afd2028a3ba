import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersArbitrary } from "@/lib/testing/arbitraries";
import { MODEL_V2 } from "@/lib/scoring";
import { buildResult } from "./index";
import {
  answerLabel,
  articlesThatMattered,
  confidenceWords,
  marginSentence,
  questionShortLabel,
  strongestContributions,
  verdictHeadline,
  verdictLabel,
} from "./wording";

describe("wording", () => {
  it("heads each verdict in words", () => {
    expect(
      verdictHeadline(MODEL_V2, { verdict: "orchestration", hybrid: [], insufficient: false }),
    ).toBe("Orchestrate this flow");
    expect(
      verdictHeadline(MODEL_V2, { verdict: "choreography", hybrid: [], insufficient: false }),
    ).toBe("Choreograph it");
    expect(
      verdictHeadline(MODEL_V2, {
        verdict: "hybrid",
        hybrid: ["orchestrate-core-choreograph-side-effects"],
        insufficient: false,
      }),
    ).toBe("Hybrid: orchestrate the core, choreograph the side effects");
    expect(verdictHeadline(MODEL_V2, { verdict: "hybrid", hybrid: [], insufficient: true })).toBe(
      "Too early to recommend",
    );
  });

  it("names confidence levels", () => {
    expect(confidenceWords("medium")).toBe("Medium confidence");
  });

  it("labels answers, with Not sure for unsure and unknown options", () => {
    expect(answerLabel(MODEL_V2, "teams", "one")).toBe("One");
    expect(answerLabel(MODEL_V2, "teams", "unsure")).toBe("Not sure");
    expect(answerLabel(MODEL_V2, "teams", "eleventy")).toBe("Not sure");
    expect(questionShortLabel(MODEL_V2, "end-to-end-owner")).toBe("End-to-end owner");
    expect(questionShortLabel(MODEL_V2, "control-flow")).toBe("Control flow");
  });

  it("says how far the score is from the nearest threshold", () => {
    expect(
      marginSentence({
        score: 5.5,
        margin: 0.5,
        thresholds: { orchestration: 6, choreography: -6 },
      }),
    ).toBe("The score is +5.5: 0.5 points from the orchestration threshold (+6).");
    expect(
      marginSentence({ score: -9, margin: 3, thresholds: { orchestration: 6, choreography: -6 } }),
    ).toBe("The score is \u22129: 3 points from the choreography threshold (\u22126).");
  });

  it("orders contributions by strength and drops the ones that didn't move the score", () => {
    const result = buildResult({
      answers: {
        teams: "one",
        consistency: "near-atomic",
        "control-flow": "linear",
        latency: "batch",
      },
    });
    expect(strongestContributions(result).map((c) => c.question)).toEqual([
      "consistency",
      "control-flow",
      "teams",
    ]);
    expect(articlesThatMattered(MODEL_V2, result).map((a) => a.slug)).toEqual([
      "sagas-and-compensation",
      "flow-shape-and-change",
      "teams-and-ownership",
    ]);
  });

  it("labels each verdict in one word for tables", () => {
    expect(verdictLabel("orchestration")).toBe("Orchestration");
    expect(verdictLabel("choreography")).toBe("Choreography");
    expect(verdictLabel("hybrid")).toBe("Hybrid");
  });

  it("names a hybrid pattern for every hybrid verdict with enough answered (no fallback headline)", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = buildResult({ answers });
        if (result.verdict === "hybrid" && !result.insufficient) {
          expect(result.hybrid.length).toBeGreaterThan(0);
          expect(verdictHeadline(MODEL_V2, result)).toMatch(/^Hybrid: /);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
