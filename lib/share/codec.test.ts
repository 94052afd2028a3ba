import { describe, expect, it } from "vitest";
import { MODEL_V1, MODEL_V2, MODEL_V3, recommend, type Answers } from "@/lib/scoring";
import fixtures from "./fixtures/model-1-codes.json";
import fixtures2 from "./fixtures/model-2-codes.json";
import fixtures3 from "./fixtures/model-3-codes.json";
import { MAX_CODE_LENGTH, decode, encode } from "./codec";

describe("share codes", () => {
  it("keeps decoding codes made by model 1 to the same answers and verdicts", () => {
    expect(fixtures.codes.length).toBeGreaterThanOrEqual(10);
    for (const fixture of fixtures.codes) {
      const decoded = decode(fixture.code);
      expect(decoded, fixture.name).toEqual({ ok: true, model: 1, answers: fixture.answers });
      expect(recommend(fixture.answers as Answers, MODEL_V1).verdict, fixture.name).toBe(
        fixture.verdict,
      );
      expect(encode(fixture.answers as Answers, MODEL_V1), fixture.name).toBe(fixture.code);
    }
  });

  it.each([
    { model: MODEL_V2, codes: fixtures2.codes },
    { model: MODEL_V3, codes: fixtures3.codes },
  ])(
    "keeps decoding codes made by model $model.version to the same answers and verdicts",
    ({ model, codes }) => {
      expect(codes.length).toBeGreaterThanOrEqual(10);
      for (const fixture of codes) {
        const decoded = decode(fixture.code);
        expect(decoded, fixture.name).toEqual({
          ok: true,
          model: model.version,
          answers: fixture.answers,
        });
        const r = recommend(fixture.answers as Answers, model);
        expect(r.insufficient ? null : r.verdict, fixture.name).toBe(fixture.verdict);
        expect(encode(fixture.answers as Answers, model), fixture.name).toBe(fixture.code);
      }
    },
  );

  it("makes new codes with the current model, model 3, in eleven characters (models 1 and 2 keep ten)", () => {
    const everyLast2 = fixtures2.codes.find((f) => f.name === "every-last-option")!;
    expect(everyLast2.code).toMatch(/^2[A-Za-z0-9_-]{9}$/);
    // Model 3's appended option and question need 50 bits: one payload character more.
    const everyLast3 = fixtures3.codes.find((f) => f.name === "every-last-option")!;
    expect(everyLast3.code).toMatch(/^3[A-Za-z0-9_-]{10}$/);
    expect(encode({})).toMatch(/^3[A-Za-z0-9_-]{10}$/);
  });

  it("fits a complete answer set in at most 16 URL-safe characters, version first", () => {
    const everyLast = fixtures.codes.find((f) => f.name === "every-last-option")!;
    expect(everyLast.code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
    expect(everyLast.code).toMatch(/^1[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(everyLast.code)).toBe(everyLast.code);
  });

  it("says what is wrong with a damaged code instead of throwing", () => {
    const good = encode({ teams: "one" });
    const cases: [unknown, string][] = [
      ["", "empty"],
      [undefined, "empty"],
      [42, "empty"],
      ["1".repeat(17), "too-long"],
      ["1abc def", "bad-characters"],
      ["1abc.def", "bad-characters"],
      ["zAAAAAAAAA", "unknown-version"],
      ["0AAAAAAAAA", "unknown-version"],
      [good.slice(0, -2), "wrong-length"],
      [good + "A", "wrong-length"],
      [good.slice(0, -1) + (good.endsWith("A") ? "B" : "A"), "checksum"],
    ];
    for (const [code, error] of cases) {
      const result = decode(code);
      expect(result.ok, String(code)).toBe(false);
      if (!result.ok) {
        expect(result.error, String(code)).toBe(error);
        expect(result.message.length).toBeGreaterThan(10);
      }
    }
  });

  it("refuses a payload beyond the range of valid answer sets", () => {
    const body = "1________";
    let sum = 0;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (let i = 0; i < body.length; i += 1) sum += (2 * i + 1) * alphabet.indexOf(body[i]!);
    const result = decode(body + alphabet[sum % 64]);
    expect(result).toMatchObject({ ok: false, error: "out-of-range" });
  });
});
