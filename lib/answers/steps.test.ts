import { describe, expect, it } from "vitest";
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
