import { describe, expect, it } from "vitest";
import { resultPath } from "./result-path";
import { NUMBERED_STEP_COUNT, STEP_IDS, nextStep, previousStep, stepFromHash } from "./steps";

describe("steps", () => {
  it("goes intro, four dimensions, context, review: six numbered steps", () => {
    expect(STEP_IDS).toEqual([
      "start",
      "topology",
      "coordination",
      "operations",
      "organisation",
      "context",
      "review",
    ]);
    expect(NUMBERED_STEP_COUNT).toBe(6);
    expect(nextStep("context")).toBe("review");
    expect(nextStep("review")).toBe("review");
    expect(previousStep("start")).toBe("start");
  });

  it("reads a step from its fragment and nothing else", () => {
    expect(stepFromHash("#coordination")).toBe("coordination");
    expect(stepFromHash("#review")).toBe("review");
    expect(stepFromHash("#nope")).toBeUndefined();
    expect(stepFromHash("#step-coordination")).toBeUndefined();
    expect(stepFromHash("coordination")).toBeUndefined();
    expect(stepFromHash("#q-teams")).toBeUndefined();
    expect(stepFromHash("")).toBeUndefined();
  });
});

describe("resultPath", () => {
  it("adds the cleaned flow name, or nothing", () => {
    expect(resultPath("1AB", " Order  checkout ", false)).toBe("/r/1AB?flow=Order+checkout");
    expect(resultPath("1AB", "  ", false)).toBe("/r/1AB");
    expect(resultPath("1AB", undefined, true)).toBe("/embed/r/1AB");
    expect(resultPath("1AB", "a&b=c", false)).toBe("/r/1AB?flow=a%26b%3Dc");
  });
});
