import { describe, expect, it } from "vitest";
import { CHECKOUT_ANA } from "../team/test-answers";
import { bandOf, contributionsOf, flipRule, MODEL_V2, recommend, type Answers } from "./index";

// Ana's "Order checkout" answers from the second UX review (lib/team/test-answers.ts): model 2
// calls them orchestration at +10, and of their five flips to hybrid, two are made by a rule
// (crosses-domains) inside the orchestration band and three by the band itself.
describe("flipRule", () => {
  const r = recommend(CHECKOUT_ANA, MODEL_V2);
  const contributions = contributionsOf(CHECKOUT_ANA, MODEL_V2);

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
    // Both kinds are here: flips the band decides and flips a rule decides.
    const ruled = r.flips.filter((flip) => flipRule(contributions, flip, MODEL_V2) !== null);
    expect(ruled.length).toBeGreaterThan(0);
    expect(ruled.length).toBeLessThan(r.flips.length);
    for (const flip of r.flips) {
      const rule = flipRule(contributions, flip, MODEL_V2);
      expect(rule === null, `${flip.question} → ${flip.to}`).toBe(
        bandOf(flip.score, MODEL_V2) === flip.verdict,
      );
    }
  });

  it("agrees with scoring the flipped answers from scratch", () => {
    for (const flip of r.flips) {
      const again = recommend({ ...CHECKOUT_ANA, [flip.question]: flip.to } as Answers, MODEL_V2);
      expect(flipRule(contributions, flip, MODEL_V2)).toEqual(again.verdictRule);
    }
  });
});
