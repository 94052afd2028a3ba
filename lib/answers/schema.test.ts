import { describe, expect, it } from "vitest";
import { cleanFlow } from "./flow";
import { parseAnswersJson } from "./schema";

describe("Answers JSON", () => {
  it("accepts the docs/contracts.md example and drops unsure answers", () => {
    const r = parseAnswersJson({
      model: 1,
      flow: "Order checkout",
      answers: { participants: "five-to-seven", teams: "unsure" },
    });
    expect(r).toEqual({
      ok: true,
      value: { model: 1, flow: "Order checkout", answers: { participants: "five-to-seven" } },
    });
  });

  it("names an unknown question", () => {
    const r = parseAnswersJson({ answers: { teamz: "one" } });
    expect(r).toMatchObject({ ok: false, field: "answers.teamz" });
    expect(!r.ok && r.message).toMatch(/unknown key "teamz"/);
  });

  it("names an unknown option and lists the valid ones", () => {
    const r = parseAnswersJson({ answers: { teams: "nine" } });
    expect(r).toMatchObject({ ok: false, field: "answers.teams" });
    expect(!r.ok && r.message).toContain('"nine" is not an option');
    expect(!r.ok && r.message).toContain("seven-plus");
  });

  it("names an unknown top-level key before other problems", () => {
    expect(parseAnswersJson({ input: {} })).toMatchObject({ ok: false, field: "input" });
  });

  it("rejects a missing answers object, a wrong model and a long flow name", () => {
    expect(parseAnswersJson({ model: 1 })).toMatchObject({ ok: false, field: "answers" });
    expect(parseAnswersJson({ model: 4, answers: {} })).toMatchObject({
      ok: false,
      field: "model",
    });
    expect(parseAnswersJson({ flow: "x".repeat(81), answers: {} })).toMatchObject({
      ok: false,
      field: "flow",
    });
    expect(parseAnswersJson([])).toMatchObject({ ok: false, field: "(body)" });
    expect(parseAnswersJson(null)).toMatchObject({ ok: false });
  });
});

describe("answers and the model version", () => {
  it("scores answers without a model by the current model, and keeps an explicit model 1", () => {
    expect(parseAnswersJson({ answers: {} })).toMatchObject({ ok: true, value: { model: 3 } });
    expect(parseAnswersJson({ model: 1, answers: {} })).toMatchObject({
      ok: true,
      value: { model: 1 },
    });
  });

  it("accepts model 3's appended question and option under model 3, and names them under model 2", () => {
    const answers = { duration: "waits-for-people", "dual-path": "yes" };
    expect(parseAnswersJson({ model: 3, answers })).toMatchObject({ ok: true, value: { answers } });
    expect(parseAnswersJson({ model: 2, answers: { "dual-path": "no" } })).toMatchObject({
      ok: false,
      field: "answers.dual-path",
    });
    expect(parseAnswersJson({ model: 2, answers: { duration: "waits-for-people" } })).toMatchObject(
      { ok: false, field: "answers.duration" },
    );
    expect(parseAnswersJson({ model: 2, answers: { duration: "days-or-human" } }).ok).toBe(true);
  });

  it("accepts model 2's new questions and option under model 2", () => {
    const parsed = parseAnswersJson({
      model: 2,
      answers: {
        volume: "over-10k",
        "local-transaction": "with-redesign",
        visibility: "requester-tracks",
      },
    });
    expect(parsed.ok).toBe(true);
  });

  it("names a question or option that model 1 doesn't have", () => {
    expect(parseAnswersJson({ model: 1, answers: { volume: "over-10k" } })).toMatchObject({
      ok: false,
      field: "answers.volume",
      message: expect.stringContaining("not a question of model 1"),
    });
    expect(
      parseAnswersJson({ model: 1, answers: { visibility: "requester-tracks" } }),
    ).toMatchObject({
      ok: false,
      field: "answers.visibility",
      message: expect.stringContaining('"requester-tracks" is not an option in model 1'),
    });
  });
});

describe("flow names", () => {
  it("strips control characters, collapses spaces and keeps at most 80 characters", () => {
    expect(cleanFlow("  Order\u0000 checkout \n")).toBe("Order checkout");
    expect(cleanFlow("a".repeat(200))).toHaveLength(80);
    expect(cleanFlow("\u202Eevil")).toBe("evil");
    expect(cleanFlow("   ")).toBeUndefined();
    expect(cleanFlow(42)).toBeUndefined();
    expect(cleanFlow("注文処理 🚚")).toBe("注文処理 🚚");
  });
});
