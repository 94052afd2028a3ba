import { describe, expect, it } from "vitest";
import { CURRENT_MODEL, MODELS } from "./model";
import { QUESTIONS } from "./questions";
import { CURRENT_QUESTION_SET, QUESTION_SETS } from "./versions";

describe("the light question sets the share codec uses", () => {
  it("hold exactly the questions of every model, and the current one is the current model's", () => {
    expect(Object.keys(QUESTION_SETS)).toEqual(Object.keys(MODELS));
    for (const [version, model] of Object.entries(MODELS)) {
      expect(QUESTION_SETS[Number(version)]!.questions).toBe(model.questions);
    }
    expect(CURRENT_QUESTION_SET.version).toBe(CURRENT_MODEL.version);
    expect(QUESTIONS).toBe(CURRENT_MODEL.questions);
  });
});
