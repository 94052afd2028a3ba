import { describe, expect, it } from "vitest";
import { buildResult } from "./index";
import {
  answerLabel,
  articlesThatMattered,
  confidenceWords,
  flipSentence,
  formatPoints,
  marginSentence,
  questionShortLabel,
  resultPath,
  strongestContributions,
  verdictHeadline,
} from "./wording";

describe("wording", () => {
  it("writes points with a sign and a real minus", () => {
    expect(formatPoints(3)).toBe("+3");
    expect(formatPoints(-1.5)).toBe("\u22121.5");
    expect(formatPoints(0)).toBe("0");
    expect(formatPoints(0.25)).toBe("+0.3");
  });

  it("heads each verdict in words", () => {
    expect(verdictHeadline({ verdict: "orchestration", hybrid: [], insufficient: false })).toBe(
      "Orchestrate this flow",
    );
    expect(verdictHeadline({ verdict: "choreography", hybrid: [], insufficient: false })).toBe(
      "Choreograph it",
    );
    expect(
      verdictHeadline({
        verdict: "hybrid",
        hybrid: ["orchestrate-core-choreograph-side-effects"],
        insufficient: false,
      }),
    ).toBe("Hybrid: orchestrate the core, choreograph the side effects");
    expect(verdictHeadline({ verdict: "hybrid", hybrid: [], insufficient: true })).toBe(
      "Too early to recommend",
    );
  });

  it("names confidence levels", () => {
    expect(confidenceWords("medium")).toBe("Medium confidence");
  });

  it("labels answers, with Not sure for unsure and unknown options", () => {
    expect(answerLabel("teams", "one")).toBe("One");
    expect(answerLabel("teams", "unsure")).toBe("Not sure");
    expect(answerLabel("teams", "eleventy")).toBe("Not sure");
    expect(questionShortLabel("end-to-end-owner")).toBe("End-to-end owner");
    expect(questionShortLabel("control-flow")).toBe("Control flow");
  });

  it("says a flip as a sentence with the new verdict and the score change", () => {
    expect(
      flipSentence({
        question: "teams",
        from: "one",
        to: "seven-plus",
        verdict: "hybrid",
        scoreChange: -4.5,
        score: 4,
      }),
    ).toBe(
      "If \u201cHow many teams of your organisation own services in this flow?\u201d were \u201cSeven or more\u201d instead of \u201cOne\u201d, the verdict would be a hybrid (score \u22124.5).",
    );
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
    expect(articlesThatMattered(result).map((a) => a.slug)).toEqual([
      "sagas-and-compensation",
      "flow-shape-and-change",
      "teams-and-ownership",
    ]);
  });

  it("builds result paths with an encoded flow name", () => {
    expect(resultPath("1BCh4XOE9d")).toBe("/r/1BCh4XOE9d");
    expect(resultPath("1BCh4XOE9d", "A&B /?#")).toBe("/r/1BCh4XOE9d?flow=A%26B%20%2F%3F%23");
    expect(resultPath("1BCh4XOE9d", "x", "/og")).toBe("/r/1BCh4XOE9d/og?flow=x");
  });
});
