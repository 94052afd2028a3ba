import { describe, expect, it } from "vitest";
import { CURRENT_WORDS, questionIn, recommend, type Answers } from "../scoring";
import { encode } from "../share";
import { agreeFirst, disagreementsOf, verdictsAgree } from "./disagreement";
import { teamView } from "./team";
import { CHOREOGRAPH, ORCHESTRATE } from "./test-answers";

describe("disagreementsOf", () => {
  const view = teamView(`${encode(ORCHESTRATE)},${encode(CHOREOGRAPH)}`, "Ana,Ben");
  const list = disagreementsOf(view.questions, view.merged!.result.answers);

  it("ranks the disagreements by score impact, spread times weight", () => {
    expect(list.length).toBeGreaterThan(3);
    for (const d of list) {
      const points = d.answers
        .map((a): number | undefined => {
          const options: readonly { id: string; points: number }[] = questionIn(
            CURRENT_WORDS,
            d.question.id,
          )!.options;
          return options.find((o) => o.id === a)?.points;
        })
        .filter((p): p is number => p !== undefined);
      expect(d.impact).toBe((Math.max(...points) - Math.min(...points)) * d.question.weight);
    }
    const impacts = list.map((d) => d.impact);
    expect([...impacts].sort((a, b) => b - a)).toEqual(impacts);
  });

  it("marks a question decisive exactly when people's answers give different merged verdicts", () => {
    for (const d of list) {
      const verdicts = new Set(
        d.outcomes.map(({ answer }) => {
          const r = recommend({ ...view.merged!.result.answers, [d.question.id]: answer });
          return r.insufficient ? "too-early" : r.verdict;
        }),
      );
      expect(d.decides).toBe(verdicts.size > 1);
    }
  });

  it("finds the deciding questions among three people who each reach another verdict", () => {
    const middle: Answers = {
      ...ORCHESTRATE,
      "control-flow": "linear",
      duration: "sub-second",
      visibility: "engineers",
    };
    const three = teamView([ORCHESTRATE, CHOREOGRAPH, middle].map((a) => encode(a)).join(","), "");
    expect(new Set(three.members.map((m) => m.result.verdict)).size).toBe(3);
    const list3 = disagreementsOf(three.questions, three.merged!.result.answers);
    const first = agreeFirst(list3, three.merged!.result.answers);
    expect(first.kind).not.toBe("none");
    expect(first.questions.length).toBeGreaterThan(0);
    if (first.kind === "together") {
      expect(first.questions).toEqual(list3.slice(0, first.questions.length));
    } else {
      expect(first.questions.every((d) => d.decides)).toBe(true);
    }
  });

  it("leaves out questions nobody disagrees on", () => {
    const same = teamView(`${encode(ORCHESTRATE)},${encode(ORCHESTRATE)}`, "");
    expect(disagreementsOf(same.questions, same.merged!.result.answers)).toEqual([]);
  });
});

describe("verdictsAgree", () => {
  it("is true only when every verdict is the same", () => {
    const a = { verdict: "hybrid", insufficient: false };
    expect(verdictsAgree([a, a])).toBe(true);
    expect(verdictsAgree([a, { verdict: "orchestration", insufficient: false }])).toBe(false);
    expect(verdictsAgree([a, { verdict: "hybrid", insufficient: true }])).toBe(false);
  });
});
