/**
 * Records model 3's results for a fixed set of seeded random answer sets, so that a test can pin
 * model 3 exactly once it is frozen: verdict, score, rule, reason, confidence, gates, hybrid
 * patterns and advice, implementation forms, notes, flips and which tools it names. Tool facts
 * (why, url) are left out: they are catalogue facts kept current for every model. Run once, when
 * model 3 is frozen (after the senior-architect review's fixes, CHANGELOG.md, model 3); never
 * regenerate to make a test pass.
 *
 *   npx tsx scripts/record-model-3-golden.ts > lib/scoring/fixtures/model-3-golden.json
 */
import fc from "fast-check";
import { answersFor } from "@/lib/testing/arbitraries";
import { MODEL_V3, recommend } from "@/lib/scoring";
import { encode } from "@/lib/share";

const SEED = 20261207;
const sets = fc.sample(answersFor(MODEL_V3), { numRuns: 400, seed: SEED });
const cases = sets.map((answers) => {
  const r = recommend(answers, MODEL_V3);
  const { tools, ...rest } = r;
  return {
    answers,
    code: encode(answers, MODEL_V3),
    result: rest,
    tools: tools.map((t) => ({ name: t.name, kind: t.kind, implementation: t.implementation })),
  };
});
process.stdout.write(JSON.stringify({ model: 3, seed: SEED, cases }) + "\n");
