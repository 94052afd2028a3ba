import { describe, expect, it } from "vitest";
import { HANDOFF_QUESTIONS } from "../map/types";
import { answerLabel, HANDOFF_QUESTION_WORDS } from "./questions";

describe("answerLabel (issue 22 review 3, M2)", () => {
  it("words an answer as the editor's radio does, not as its value", () => {
    expect(answerLabel("current", "message")).toBe("Queue");
    expect(answerLabel("current", "not-decided")).toBe("Not decided");
    expect(answerLabel("current", "unsure")).toBe("Not sure");
    expect(answerLabel("current", "smoke-signal")).toBe("smoke-signal");
  });

  it("has a label for every option of every question", () => {
    for (const q of HANDOFF_QUESTIONS)
      for (const option of q.options) {
        const label = answerLabel(q.id, option);
        expect(label).not.toBe(option);
        expect(
          HANDOFF_QUESTION_WORDS.find((w) => w.id === q.id)!.options.map((o) => o.label),
        ).toContain(label);
      }
  });
});
