import { describe, expect, it } from "vitest";
import { quoted } from "./quote";

describe("quoted", () => {
  it("wraps text in curly quotes", () => {
    expect(quoted("Seven or more")).toBe("\u201cSeven or more\u201d");
  });

  it("turns quotes inside to single ones, so they never nest", () => {
    expect(quoted("Near-atomic: \u201cnever charge without stock\u201d")).toBe(
      "\u201cNear-atomic: \u2018never charge without stock\u2019\u201d",
    );
  });
});
