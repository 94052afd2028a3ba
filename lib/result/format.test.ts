import { describe, expect, it } from "vitest";
import { formatPoints, formatWeight, pointsPhrase, pullDirection } from "./format";

describe("formatPoints", () => {
  it("writes a sign and a true minus, at most one decimal", () => {
    expect(formatPoints(3)).toBe("+3");
    expect(formatPoints(-1.5)).toBe("\u22121.5");
    expect(formatPoints(0)).toBe("0");
    expect(formatPoints(0.25)).toBe("+0.3");
    expect(formatPoints(-0.25)).toBe("\u22120.3");
    expect(formatPoints(4.5)).toBe("+4.5");
  });

  it("prints a value that rounds to zero as 0, without a sign", () => {
    expect(formatPoints(0.04)).toBe("0");
    expect(formatPoints(-0.04)).toBe("0");
    expect(formatPoints(-0)).toBe("0");
  });
});

describe("pointsPhrase", () => {
  it("drops the sign and agrees in number", () => {
    expect(pointsPhrase(1)).toBe("1 point");
    expect(pointsPhrase(-1)).toBe("1 point");
    expect(pointsPhrase(2.5)).toBe("2.5 points");
    expect(pointsPhrase(0)).toBe("0 points");
  });
});

describe("formatWeight and pullDirection", () => {
  it("keeps one decimal on weights and names the pull", () => {
    expect(formatWeight(1)).toBe("1.0");
    expect(formatWeight(1.5)).toBe("1.5");
    expect(pullDirection(2)).toBe("orchestration");
    expect(pullDirection(-0.5)).toBe("choreography");
    expect(pullDirection(0)).toBe("neutral");
  });
});
