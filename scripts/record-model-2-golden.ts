/**
 * Records model 2's results for a fixed set of seeded random answer sets, so that a test can pin
 * model 2 exactly while later models change: verdict, score, rule, reason, confidence, gates,
 * hybrid patterns and advice, implementation forms, notes, flips and which tools it names. Tool
 * facts (why, url) are left out: they are catalogue facts kept current for every model. Run once,
 * before a change to the scoring library; never regenerate to make a test pass.
 *
 *   npx tsx scripts/record-model-2-golden.ts > lib/scoring/fixtures/model-2-golden.json
 */
import fc from "fast-check";
import { answersFor } from "@/lib/testing/arbitraries";
import { MODEL_V2, recommend } from "@/lib/scoring";
import { encode } from "@/lib/share";

const SEED = 20261206;
const sets = fc.sample(answersFor(MODEL_V2), { numRuns: 400, seed: SEED });
const cases = sets.map((answers) => {
  const r = recommend(answers, MODEL_V2);
  const { tools, ...rest } = r;
  return {
    answers,
    code: encode(answers, MODEL_V2),
    result: rest,
    tools: tools.map((t) => ({ name: t.name, kind: t.kind, implementation: t.implementation })),
  };
});
process.stdout.write(JSON.stringify({ model: 2, seed: SEED, cases }) + "\n");
