import { describe, expect, it } from "vitest";
import { bandOf, contributionsOf, flipRule, MODEL_V2, recommend, type Answers } from "./index";

/** The "Order checkout" answers of the second UX review: orchestration at +10. */
const CHECKOUT: Answers = {
  participants: "five-to-seven",
  "control-flow": "some-conditionals",
  "side-effects": "several",
  "flow-change-rate": "quarterly",
  "participant-churn": "occasional",
  consistency: "near-atomic",
  visibility: "ops-per-instance",
  "outcome-ownership": "initiator-decides",
  observability: "sync-tracing",
  "event-practices": "idempotent-dlq",
  "workflow-engine": "can-self-host",
  "testing-release": "contract-tests",
  teams: "two-three",
  "end-to-end-owner": "partial",
  "bounded-contexts": "few-related",
  platform: "kubernetes",
  messaging: "kafka",
  volume: "1-100",
  "local-transaction": "no",
};

describe("flipRule", () => {
  const r = recommend(CHECKOUT, MODEL_V2);
  const contributions = contributionsOf(CHECKOUT, MODEL_V2);

  it("names the rule when a flip's verdict is not its score's band", () => {
    const teams = r.flips.find((f) => f.question === "teams")!;
    expect(bandOf(teams.score, MODEL_V2)).toBe("orchestration");
    expect(teams.verdict).toBe("hybrid");
    expect(flipRule(contributions, teams, MODEL_V2)).toEqual({
      id: "crosses-domains",
      questions: ["teams"],
    });
  });

  it("is null exactly when the band gives the flip's verdict", () => {
    for (const flip of r.flips) {
      const rule = flipRule(contributions, flip, MODEL_V2);
      expect(rule === null, `${flip.question} → ${flip.to}`).toBe(
        bandOf(flip.score, MODEL_V2) === flip.verdict,
      );
    }
  });

  it("agrees with scoring the flipped answers from scratch", () => {
    for (const flip of r.flips) {
      const again = recommend({ ...CHECKOUT, [flip.question]: flip.to } as Answers, MODEL_V2);
      expect(flipRule(contributions, flip, MODEL_V2)).toEqual(again.verdictRule);
    }
  });
});
