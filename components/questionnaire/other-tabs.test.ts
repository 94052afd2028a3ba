import { describe, expect, it } from "vitest";
import type { SavedAnswers } from "./answers-store";
import { otherTabChange, sameAnswers } from "./other-tabs";

const empty: SavedAnswers = { answers: {}, flow: "" };
const checkout = { answers: { teams: "one" }, flow: "Checkout" } as SavedAnswers;
const refunds = { answers: { teams: "two-three" }, flow: "Refunds" } as SavedAnswers;

describe("otherTabChange", () => {
  it("ignores a change that leaves this tab's answers as they are", () => {
    expect(otherTabChange(checkout, { ...checkout }, null)).toBe("ignore");
  });

  it("follows when this tab holds nothing", () => {
    expect(otherTabChange(empty, checkout, null)).toBe("follow");
  });

  it("follows when this tab holds only what it took from another tab, unchanged", () => {
    expect(otherTabChange(checkout, refunds, checkout)).toBe("follow");
  });

  it("asks, changing nothing, when this tab's answers are its own work", () => {
    expect(otherTabChange(checkout, refunds, null)).toBe("ask");
    // Took the other tab's answers, then changed them here: now they are this tab's work.
    const edited = { ...checkout, flow: "Checkout v2" };
    expect(otherTabChange(edited, refunds, checkout)).toBe("ask");
    // Another tab starting over must not silently empty this one.
    expect(otherTabChange(checkout, empty, null)).toBe("ask");
  });
});

describe("sameAnswers", () => {
  it("compares the flow name and every answer", () => {
    expect(sameAnswers(checkout, { answers: { teams: "one" }, flow: "Checkout" } as never)).toBe(
      true,
    );
    expect(sameAnswers(checkout, { answers: {}, flow: "Checkout" })).toBe(false);
  });
});
