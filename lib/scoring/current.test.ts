import { describe, expect, it } from "vitest";
import { CURRENT_QUESTION_SET, QUESTIONS } from "./current";
import { CURRENT_MODEL, MODELS } from "./model";

describe("the light current question set the browser encodes with", () => {
  it("is the current (newest) model's version and questions", () => {
    expect(CURRENT_QUESTION_SET.version).toBe(CURRENT_MODEL.version);
    expect(QUESTIONS).toBe(CURRENT_MODEL.questions);
    expect(Math.max(...Object.keys(MODELS).map(Number))).toBe(CURRENT_MODEL.version);
  });
});
