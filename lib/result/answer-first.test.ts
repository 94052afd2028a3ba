import { describe, expect, it } from "vitest";
import { firstSentence, splitFirstSentence } from "./answer-first";

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
