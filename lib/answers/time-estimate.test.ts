import { describe, expect, it } from "vitest";
import { QUESTIONS } from "../scoring/current";
import { estimateMinutes, questionWords } from "./time-estimate";

describe("the questionnaire's time estimate", () => {
  it("counts the question, its help, its options and the not-sure choice", () => {
    const question = {
      text: "How many teams own it?",
      help: "Count the owners.",
      options: [
        { id: "one", label: "One team", points: 0 },
        { id: "many", label: "Many teams", points: 0 },
      ],
    };
    expect(questionWords(question, "Not sure")).toBe(5 + 3 + 4 + 2);
  });

  it("grows with the number of questions and their words", () => {
    const one = { text: "Which?", help: "", options: [{ id: "a", label: "A", points: 0 }] };
    const few = estimateMinutes([one], "Not sure");
    const many = estimateMinutes(
      Array.from({ length: 60 }, () => one),
      "Not sure",
    );
    expect(few).toEqual({ words: 4, fewest: 1, most: 1 });
    expect(many.fewest).toBeGreaterThan(few.fewest);
    expect(many.most).toBeGreaterThan(many.fewest);
  });

  it("says more than five minutes for model 2's questions", () => {
    const estimate = estimateMinutes(QUESTIONS, "Not sure / doesn’t apply");
    expect(estimate.words).toBeGreaterThan(800);
    expect(estimate.fewest).toBeGreaterThan(5);
    expect(estimate.most).toBeGreaterThanOrEqual(estimate.fewest + 3);
  });
});
