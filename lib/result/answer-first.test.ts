import { describe, expect, it } from "vitest";
import { parseAnswersJson } from "../answers";
import { QUESTION_CATALOGUE } from "../scoring";
import { loadScenarios } from "../testing/scenarios";
import { buildResult } from "./index";
import { firstSentence, hardestPulls } from "./answer-first";
import { strongestContributions, wordsFor } from "./wording";

describe("firstSentence", () => {
  it("ends at the first full stop that a capital follows", () => {
    expect(
      firstSentence(
        "A persisted status column is fine. Timers, retries and versioning are where it fails.",
      ),
    ).toBe("A persisted status column is fine.");
  });

  it("doesn't end inside a sentence at a full stop that no capital follows", () => {
    expect(firstSentence("Use e.g. an outbox (ch. 6) here. Then relay it.")).toBe(
      "Use e.g. an outbox (ch. 6) here.",
    );
  });

  it("gives a one-sentence paragraph back trimmed", () => {
    expect(firstSentence("  Add correlation IDs before you rely on it.  ")).toBe(
      "Add correlation IDs before you rely on it.",
    );
  });
});

describe("the answers named as reasons are answers the score counted (UX review 4, #1)", () => {
  // Model 3's organisation cap counts the organisation answers (+6.5 here) as 0, and the hot-path
  // rule, triggered by "teams" (an organisation answer) and "latency", makes the result hybrid.
  const scenario = loadScenarios().find((s) => s.file === "m3-one-team-price-quote-hot-path.json")!;
  const parsed = parseAnswersJson(scenario.input);
  if (!parsed.ok) throw new Error("scenario answers don't parse");
  const result = buildResult(parsed.value);
  const organisation = new Set(
    QUESTION_CATALOGUE.filter((q) => q.dimension === "organisation").map((q) => q.id as string),
  );

  it("has the capped organisation answers among its contributions, with points", () => {
    expect(result.adjustments.map((a) => [a.dimension, a.to])).toEqual([["organisation", 0]]);
    expect(
      result.contributions.filter((c) => organisation.has(c.question) && c.weighted !== 0).length,
    ).toBeGreaterThan(0);
  });

  it("names none of them, neither on the first screen nor in the ADR's drivers", () => {
    const pulls = hardestPulls(wordsFor(result), result);
    expect(pulls.length).toBeGreaterThanOrEqual(2);
    expect(pulls.filter((p) => organisation.has(p.question))).toEqual([]);
    expect(strongestContributions(result).filter((c) => organisation.has(c.question))).toEqual([]);
  });
});
