/**
 * Records model 1's results for a fixed set of seeded random answer sets, so that a test can pin
 * model 1 exactly (verdict, score, confidence, gates, hybrid patterns, flips) while later models
 * change. Run once, before a change to the scoring library; never regenerate to make a test pass.
 *
 *   npx tsx scripts/record-model-1-golden.ts > lib/scoring/fixtures/model-1-golden.json
 */
import fc from "fast-check";
import { answersFor } from "@/lib/testing/arbitraries";
import { MODEL_V1, recommend } from "@/lib/scoring";
import { encode } from "@/lib/share";

const sets = fc.sample(answersFor(MODEL_V1), { numRuns: 400, seed: 20261130 });
const cases = sets.map((answers) => {
  const r = recommend(answers, MODEL_V1);
  return {
    answers,
    code: encode(answers, MODEL_V1),
    verdict: r.verdict,
    score: r.score,
    confidence: r.confidence,
    confidenceLevel: r.confidenceDetail.level,
    insufficient: r.insufficient,
    gates: r.gates,
    hybrid: r.hybrid,
    flips: r.flips,
  };
});
process.stdout.write(JSON.stringify({ model: 1, seed: 20261130, cases }, null, 1) + "\n");
