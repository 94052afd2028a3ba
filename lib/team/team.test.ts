import { describe, expect, it } from "vitest";
import { buildResult } from "../result";
import { QUESTIONS, type Answers } from "../scoring";
import { encode } from "../share";
import { mergeAnswers } from "./merge";
import { teamHref } from "./url";
import { teamView } from "./team";
import { CHOREOGRAPH as CHOREOGRAPH_BASE, ORCHESTRATE as ORCHESTRATE_BASE } from "./test-answers";

const ORCHESTRATE: Answers = { ...ORCHESTRATE_BASE, platform: "aws" };
const CHOREOGRAPH: Answers = { ...CHOREOGRAPH_BASE, platform: "aws" };

describe("teamView", () => {
  const view = teamView(`${encode(ORCHESTRATE)},${encode(CHOREOGRAPH)}`, "Ana,Ben");

  it("shows each person's own verdict", () => {
    expect(view.members.map((m) => [m.name, m.result.verdict])).toEqual([
      ["Ana", "orchestration"],
      ["Ben", "choreography"],
    ]);
  });

  it("marks the questions two opposite people disagree on, and sorts them first", () => {
    const disagreeing = view.questions.filter((q) => q.disagree).map((q) => q.question.id);
    expect(disagreeing.sort()).toEqual(
      [
        "control-flow",
        "consistency",
        "visibility",
        "duration",
        "teams",
        "end-to-end-owner",
        "bounded-contexts",
      ].sort(),
    );
    const firstAgreeing = view.questions.findIndex((q) => !q.disagree);
    expect(view.questions.slice(firstAgreeing).some((q) => q.disagree)).toBe(false);
    expect(view.questions).toHaveLength(QUESTIONS.length);
    // The widest weighted spread leads: control-flow (5 points × 1.5).
    expect(view.questions[0]!.question.id).toBe("control-flow");
  });

  it("gives a merged verdict scored by the model from the merged answers", () => {
    const merged = mergeAnswers([ORCHESTRATE, CHOREOGRAPH]).answers;
    expect(view.merged?.result).toEqual(buildResult({ answers: merged }));
    expect(view.merged?.result.code).toBe(encode(merged));
  });

  it("reports a damaged code by position, names it, and keeps the others", () => {
    const broken = teamView(`${encode(ORCHESTRATE)},1BROKEN,${encode(CHOREOGRAPH)}`, "Ana,Ben,Cy");
    expect(broken.damaged).toEqual([
      expect.objectContaining({ position: 2, name: "Ben", raw: "1BROKEN" }),
    ]);
    expect(broken.members.map((m) => [m.position, m.name])).toEqual([
      [1, "Ana"],
      [3, "Cy"],
    ]);
    expect(broken.merged?.result).toEqual(view.merged?.result);
  });

  it("has no merged verdict when no link is usable", () => {
    const none = teamView("nonsense", undefined);
    expect(none.members).toEqual([]);
    expect(none.merged).toBeUndefined();
    expect(none.damaged[0]?.name).toBe("Person 1");
  });
});

describe("teamHref", () => {
  it("reduces links to codes, keeps damaged entries in place, and encodes names", () => {
    const a = encode(ORCHESTRATE);
    expect(teamHref(`https://b.example/r/${a}?flow=x\n/r/${a}\nnot&a code`, "Ana María\nBen")).toBe(
      `/team?c=${a},${a},not%26a,code&n=Ana%20Mar%C3%ADa,Ben`,
    );
  });

  it("is the bare page when nothing is given", () => {
    expect(teamHref("", "")).toBe("/team");
  });

  it("keeps one entry past the limit so the page can say some were left out", () => {
    expect(
      teamHref(Array.from({ length: 30 }, (_, i) => `x${i}`).join(",")).split(","),
    ).toHaveLength(21);
  });
});
