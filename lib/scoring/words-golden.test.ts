import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MODELS } from "./model";
import { wordsOf } from "./words-golden";

const fixture = (version: number) =>
  join(process.cwd(), `lib/scoring/fixtures/model-${version}-words.json`);

// A share code opens to its original result forever, its words as well as its numbers. The
// numbers are pinned by the model goldens; these fixtures pin the words, recorded when each model
// was released (scripts/record-words-golden.ts). Never regenerate one to make this pass: a change
// to a released model's words is a new model.
describe("a released model's words are frozen", () => {
  for (const model of Object.values(MODELS)) {
    it(`model ${model.version} says what it said when it was released`, () => {
      expect(existsSync(fixture(model.version)), `record ${fixture(model.version)}`).toBe(true);
      const recorded = JSON.parse(readFileSync(fixture(model.version), "utf8")) as unknown;
      expect(wordsOf(model)).toEqual(recorded);
    });
  }

  it("catches a reworded gate title, as a change to a released model's words would be", () => {
    const model = MODELS[1]!;
    const reworded = {
      ...model,
      gates: model.gates.map((g, i) => (i === 0 ? { ...g, title: `${g.title}!` } : g)),
    };
    const recorded = JSON.parse(readFileSync(fixture(1), "utf8")) as unknown;
    expect(wordsOf(reworded)).not.toEqual(recorded);
  });
});
