import { describe, expect, it } from "vitest";
import { UNSURE, CURRENT_WORDS, questionIn, recommend, type Answers } from "../scoring";
import { mergeAnswers, mergeQuestion } from "./merge";
import { extremeAnswers as extreme } from "../testing/arbitraries";

const q = (id: string) => questionIn(CURRENT_WORDS, id)!;

describe("mergeQuestion on a scored question", () => {
  it("takes the median answer of an odd count", () => {
    expect(mergeQuestion(q("teams"), ["one", "two-three", "seven-plus"]).merged).toBe("two-three");
    expect(mergeQuestion(q("duration"), ["hours", "hours", "sub-second"]).merged).toBe("hours");
  });

  it("ignores unsure answers", () => {
    expect(mergeQuestion(q("teams"), ["unsure", "seven-plus", "unsure"]).merged).toBe("seven-plus");
  });

  it("is unsure when nobody answered", () => {
    expect(mergeQuestion(q("teams"), [UNSURE, UNSURE])).toEqual({
      merged: UNSURE,
      disagree: false,
      spread: 0,
    });
    expect(mergeQuestion(q("teams"), []).merged).toBe(UNSURE);
  });

  it("takes the option nearest halfway between the two middle answers of an even count", () => {
    // linear −2 and dynamic +3: halfway is +0.5, nearest is some-conditionals (0).
    expect(mergeQuestion(q("control-flow"), ["linear", "dynamic"]).merged).toBe(
      "some-conditionals",
    );
  });

  it("prefers the option nearer 0 points between two equally near ones", () => {
    // cannot-run −2 and managed-available +1: halfway −0.5 is 1.5 from both; +1 is nearer 0.
    expect(mergeQuestion(q("workflow-engine"), ["cannot-run", "managed-available"]).merged).toBe(
      "managed-available",
    );
  });

  it("is unsure when the team is split evenly across 0 with no option in between", () => {
    // event-practices has no 0-point option: basic-pubsub +1 and idempotent-dlq −1.
    expect(mergeQuestion(q("event-practices"), ["basic-pubsub", "idempotent-dlq"]).merged).toBe(
      UNSURE,
    );
  });

  it("picks, among options with the same points, the one more people chose", () => {
    expect(mergeQuestion(q("flow-change-rate"), ["yearly", "yearly", "rarely"]).merged).toBe(
      "yearly",
    );
    expect(mergeQuestion(q("flow-change-rate"), ["yearly", "rarely"]).merged).toBe("rarely");
  });

  it("marks disagreement at 2 points apart or when answers pull both ways", () => {
    expect(mergeQuestion(q("teams"), ["one", "two-three"]).disagree).toBe(false);
    expect(mergeQuestion(q("teams"), ["one", "four-six"]).disagree).toBe(true);
    expect(mergeQuestion(q("teams"), ["two-three", "seven-plus"]).disagree).toBe(true);
    expect(mergeQuestion(q("teams"), ["seven-plus", "unsure"]).disagree).toBe(false);
    expect(mergeQuestion(q("control-flow"), ["linear", "dynamic"]).spread).toBe(5);
  });
});

describe("mergeQuestion on a context question", () => {
  it("takes the answer most people gave, the first listed on a tie", () => {
    expect(mergeQuestion(q("platform"), ["aws", "kubernetes", "aws"]).merged).toBe("aws");
    expect(mergeQuestion(q("platform"), ["aws", "kubernetes"]).merged).toBe("kubernetes");
  });

  it("marks two different answers as disagreement", () => {
    expect(mergeQuestion(q("platform"), ["aws", "kubernetes"]).disagree).toBe(true);
    expect(mergeQuestion(q("platform"), ["aws", "unsure", "aws"]).disagree).toBe(false);
  });
});

describe("mergeAnswers", () => {
  it("merges two opposite answer sets into a verdict the model gives, with disagreement everywhere", () => {
    const merged = mergeAnswers([extreme("orchestration"), extreme("choreography")]);
    const scored = merged.questions.filter((m) => q(m.question).dimension !== "context");
    expect(scored.length).toBe(17);
    // In model 2 the ends of workflow-engine are 1 point apart (−1 and 0), below the 2-point bar.
    expect(scored.filter((m) => !m.disagree).map((m) => m.question)).toEqual(["workflow-engine"]);
    const verdict = recommend(merged.answers).verdict;
    expect(["orchestration", "choreography", "hybrid"]).toContain(verdict);
    expect(recommend(extreme("orchestration")).verdict).not.toBe(
      recommend(extreme("choreography")).verdict,
    );
  });

  it("gives back one person's answers unchanged", () => {
    const answers = { teams: "one", platform: "aws", duration: "hours" } as Answers;
    expect(mergeAnswers([answers]).answers).toEqual(answers);
  });

  it("leaves unanswered questions out of the merged set", () => {
    expect(mergeAnswers([{ teams: "unsure" }, {}]).answers).toEqual({});
  });
});
