/**
 * Records a released model's results for 400 seeded random answer sets, so that a test
 * (`lib/testing/frozen-model.ts`) pins the model exactly while later models change: verdict,
 * score, rule, reason, confidence, gates, hybrid patterns and advice, implementation forms, notes,
 * flips and which tools it names. Tool facts (why, url) are left out: they are catalogue facts
 * kept current for every model. Run once, when the model is frozen; never regenerate to make a
 * test pass.
 *
 *   npx tsx scripts/record-golden.ts 3 > lib/scoring/fixtures/model-3-golden.json
 *
 * Each model's seed is the one its golden was recorded with (model 2: 20261206, model 3:
 * 20261207), so a re-run reproduces the file byte for byte. Errors: exits 2 when the argument is
 * not a model with a recorded seed.
 */
import fc from "fast-check";
import { answersFor } from "@/lib/testing/arbitraries";
import { recommend } from "@/lib/scoring";
import { modelFor } from "@/lib/scoring/model";
import { encode } from "@/lib/share";

const SEEDS: Readonly<Record<number, number>> = { 2: 20261206, 3: 20261207 };

const version = Number(process.argv[2]);
const model = modelFor(version);
const seed = SEEDS[version];
if (!model || seed === undefined) {
  process.stderr.write(
    `record-golden: "${process.argv[2] ?? ""}" is not a model with a recorded seed (2 or 3).\n`,
  );
  process.exit(2);
}
const sets = fc.sample(answersFor(model), { numRuns: 400, seed });
const cases = sets.map((answers) => {
  const { tools, ...rest } = recommend(answers, model);
  return {
    answers,
    code: encode(answers, model),
    result: rest,
    tools: tools.map((t) => ({ name: t.name, kind: t.kind, implementation: t.implementation })),
  };
});
process.stdout.write(JSON.stringify({ model: version, seed, cases }) + "\n");
