/**
 * Records map model 1's results for 200 seeded random valid maps, so that a test
 * (`lib/map/frozen.test.ts`) pins the map rules exactly once map model 1 has shipped: style,
 * pattern, summary, every hand-off's kind and reason, scopes with their sagas, compensation,
 * transports, flags, each scope's one-flow answers and result, and which tools it names. Tool
 * facts (why, url) are left out: they are catalogue facts kept current for every model. The
 * Mermaid text is left out too: it is drawn from the recorded result, and its own tests pin it.
 * Run once, when the map model is frozen; never regenerate to make a test pass.
 *
 *   npx tsx scripts/record-map-golden.ts > lib/map/fixtures/map-1-golden.json
 *
 * Seed 20261207 (the day map model 1 was frozen, as the one-flow goldens use theirs), so a re-run
 * reproduces the file byte for byte.
 */
import fc from "fast-check";
import { mapArb } from "@/lib/map/arbitrary";
import { frozenMapCase } from "@/lib/map/frozen";

const SEED = 20261207;
const RUNS = 200;

const cases = fc.sample(mapArb, { numRuns: RUNS, seed: SEED }).map(frozenMapCase);
process.stdout.write(JSON.stringify({ map: 1, seed: SEED, cases }) + "\n");
