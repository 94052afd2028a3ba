import { describe, expect, it } from "vitest";
import { QUESTIONS } from "@/lib/scoring/current";
import { UNSURE } from "@/lib/scoring/questions";
import { encode } from "@/lib/share/codec";
import { prefillFrom } from "./prefill";

describe("prefillFrom", () => {
  it("starts empty without a code", () => {
    expect(prefillFrom({})).toEqual({ fromCode: false, initial: { answers: {}, flow: "" } });
  });

  it("answers every question from a code, unsure where the code says nothing", () => {
    const prefill = prefillFrom({ code: encode({ teams: "one" }), flow: " Checkout\u0007 " });
    expect(prefill.fromCode).toBe(true);
    expect(prefill.initial.flow).toBe("Checkout");
    expect(Object.keys(prefill.initial.answers)).toEqual(QUESTIONS.map((q) => q.id));
    expect(prefill.initial.answers).toMatchObject({ teams: "one", participants: UNSURE });
  });

  it("pre-fills nothing from a damaged code and says why", () => {
    const code = encode({ teams: "one" });
    const damaged = code.slice(0, -1) + (code.endsWith("A") ? "B" : "A");
    const prefill = prefillFrom({ code: damaged, flow: "Checkout" });
    expect(prefill).toMatchObject({ fromCode: false, initial: { answers: {}, flow: "" } });
    expect(prefill.fromCode || prefill.damaged).toMatch(/check character/);
  });

  it("refuses two codes at once", () => {
    expect(prefillFrom({ code: ["1", "2"] })).toMatchObject({
      fromCode: false,
      damaged: "The link carries more than one share code.",
    });
  });
});
