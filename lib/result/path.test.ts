import { describe, expect, it } from "vitest";
import { cleanFlow } from "../answers/flow";
import { resultPath } from "./path";

describe("resultPath", () => {
  it("adds the cleaned flow name, percent-encoded, or nothing", () => {
    expect(resultPath("1AB", " Order  checkout ")).toBe("/r/1AB?flow=Order%20checkout");
    expect(resultPath("1AB", "  ")).toBe("/r/1AB");
    expect(resultPath("1AB")).toBe("/r/1AB");
    expect(resultPath("1AB", "a&b=c")).toBe("/r/1AB?flow=a%26b%3Dc");
    expect(resultPath("1BCh4XOE9d", "A&B /?#")).toBe("/r/1BCh4XOE9d?flow=A%26B%20%2F%3F%23");
  });

  it("builds the embed page and the exports from the same parts", () => {
    expect(resultPath("1AB", undefined, { embed: true })).toBe("/embed/r/1AB");
    expect(resultPath("1AB", "x", { embed: true })).toBe("/embed/r/1AB?flow=x");
    expect(resultPath("1BCh4XOE9d", "x", { suffix: "/og" })).toBe("/r/1BCh4XOE9d/og?flow=x");
    expect(resultPath("1AB", undefined, { suffix: "/adr" })).toBe("/r/1AB/adr");
  });

  it("gives a URL whose ?flow= reads back as the cleaned name", () => {
    for (const flow of ["Order checkout", "a+b", "50% off", "ñandú 👩‍💻", "x=y&z"]) {
      const url = new URL(resultPath("1AB", flow), "https://b.example");
      expect(url.searchParams.get("flow")).toBe(cleanFlow(flow));
    }
  });
});
