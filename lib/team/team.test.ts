import { describe, expect, it } from "vitest";
import { buildResult } from "../result";
import { QUESTIONS, type Answers } from "../scoring";
import { encode } from "../share";
import { mergeAnswers } from "./merge";
import { teamHref } from "./url";
import { teamView } from "./team";
import {
  CHECKOUT_ANA,
  CHECKOUT_CLEO,
  CHECKOUT_CLEO_CHANGES,
  CHOREOGRAPH as CHOREOGRAPH_BASE,
  ORCHESTRATE as ORCHESTRATE_BASE,
} from "./test-answers";
import { disagreementsOf } from "./disagreement";

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
    const disagreeing = view.questions.filter((q) => q.differs).map((q) => q.question.id);
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
    expect(
      view.questions
        .filter((q) => q.disagree)
        .map((q) => q.question.id)
        .sort(),
    ).toEqual(disagreeing.sort());
    const firstAgreeing = view.questions.findIndex((q) => !q.differs);
    expect(view.questions.slice(firstAgreeing).some((q) => q.differs)).toBe(false);
    expect(view.questions).toHaveLength(QUESTIONS.length);
    // The widest weighted spread leads: control-flow (5 points × 1.5).
    expect(view.questions[0]!.question.id).toBe("control-flow");
  });

  it("reads two people as a team unless they are named Before and After", () => {
    expect(view.mode).toBe("team");
    const pair = `${encode(ORCHESTRATE)},${encode(CHOREOGRAPH)}`;
    expect(teamView(pair, "Before,After").mode).toBe("before-after");
    expect(teamView(pair, "before: v1,after: v2").mode).toBe("before-after");
    expect(teamView(`${pair},${encode(ORCHESTRATE)}`, "Before,After,Later").mode).toBe("team");
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

describe("teamView, two people who differ on 11 answers, seven of them by one point", () => {
  const view = teamView(`${encode(CHECKOUT_ANA)},${encode(CHECKOUT_CLEO)}`, "Ana,Cleo");
  const changed = Object.keys(CHECKOUT_CLEO_CHANGES).sort();

  it("marks all 11 as differing, and only those", () => {
    expect(changed).toHaveLength(11);
    const differing = view.questions.filter((q) => q.differs).map((q) => q.question.id);
    expect([...differing].sort()).toEqual(changed);
    // The old rule (2+ points apart, or opposite pulls) caught only some of them.
    expect(view.questions.filter((q) => q.disagree).length).toBeLessThan(11);
  });

  it("says how far each moves the score: points apart × weight", () => {
    const impact = Object.fromEntries(view.questions.map((q) => [q.question.id, q.impact]));
    expect(impact).toMatchObject({
      participants: 1,
      "participant-churn": 1,
      // Readiness answers score 0 from model 3 on (the second audit's fault 4).
      "event-practices": 0,
      observability: 0,
      "flow-change-rate": 1,
      teams: 1.5,
      "end-to-end-owner": 1,
      consistency: 4.5,
      visibility: 3,
      "outcome-ownership": 4,
      "side-effects": 0,
    });
  });

  it("lists the differing questions first, the largest impact first", () => {
    const first = view.questions.slice(0, 11);
    expect(first.every((q) => q.differs)).toBe(true);
    const impacts = first.map((q) => q.impact);
    expect([...impacts].sort((a, b) => b - a)).toEqual(impacts);
  });

  it("ranks only the questions that move the score", () => {
    const ranked = disagreementsOf(view.questions, view.merged!.result.answers);
    expect(ranked.map((d) => d.question.id).sort()).toEqual(
      changed.filter((id) => !["side-effects", "event-practices", "observability"].includes(id)),
    );
    expect(ranked.every((d) => d.impact > 0)).toBe(true);
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
