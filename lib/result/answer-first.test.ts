import { describe, expect, it } from "vitest";
import { parseAnswersJson } from "../answers";
import { QUESTION_CATALOGUE } from "../scoring";
import { loadScenarios } from "../testing/scenarios";
import { buildResult } from "./index";
import { firstSentence, hardestPulls, splitFirstSentence } from "./answer-first";
import { strongestContributions, wordsFor } from "./wording";

describe("splitFirstSentence", () => {
  it("splits after the first sentence, and the two parts give back the paragraph", () => {
    const text =
      "A persisted status column is fine. Timers, retries and versioning are where it fails.";
    const { first, rest } = splitFirstSentence(text);
    expect(first).toBe("A persisted status column is fine.");
    expect(rest).toBe("Timers, retries and versioning are where it fails.");
    expect(`${first} ${rest}`).toBe(text);
  });

  it("leaves nothing to fold for a one-sentence paragraph", () => {
    expect(splitFirstSentence("  Add correlation IDs before you rely on it.  ")).toEqual({
      first: "Add correlation IDs before you rely on it.",
      rest: "",
    });
  });

  it("doesn't split inside a sentence at a full stop that no capital follows", () => {
    const text = "Use e.g. an outbox (ch. 6) here. Then relay it.";
    expect(splitFirstSentence(text).first).toBe(firstSentence(text));
    expect(splitFirstSentence(text).first).toBe("Use e.g. an outbox (ch. 6) here.");
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
