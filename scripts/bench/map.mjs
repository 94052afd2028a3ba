// Time to evaluate a 20-hand-off map, every scope's one-flow result (with flips) included, and to
// encode and decode its map code (MAP.md §13).
import { tsImport } from "tsx/esm/api";
import { ms, percentile, row, verdict } from "./table.mjs";

function timed(runs, fn) {
  for (let i = 0; i < Math.min(500, runs); i++) fn();
  const times = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    mean: times.reduce((a, b) => a + b, 0) / runs,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
  };
}

/** Two rows: map scoring (mean and p99) and map code encode + decode, over `runs` timed runs each. */
export async function benchMap({ runs }) {
  const [map, shop] = await Promise.all([
    tsImport("../../lib/map/index.ts", import.meta.url),
    tsImport("../../lib/map/fixtures/shop-map.ts", import.meta.url),
  ]);
  const valid = map.validateMap(shop.SHOP_MAP);
  if (!valid.ok) throw new Error(`the bench map is invalid: ${JSON.stringify(valid.errors)}`);
  const sample = map.mapResult(valid.map);
  const scoring = timed(runs, () => map.mapResult(valid.map));
  const code = map.encodeMap(valid.map);
  const codec = timed(runs, () => map.decodeMap(map.encodeMap(valid.map)).ok);
  const n = sample.handoffs.length;
  return [
    row(
      `score a map of ${n} hand-offs (${sample.scopes.length} scopes, one-flow results with flips), ${runs} runs`,
      "mapResult()",
      `mean ${ms(scoring.mean)}, p50 ${ms(scoring.p50)}, p99 ${ms(scoring.p99)}`,
      "p99 ≤ 5 ms",
      verdict(scoring.p99 <= 5),
    ),
    row(
      `encode and decode its map code (${code.length} characters), ${runs} runs`,
      "encodeMap() + decodeMap()",
      `mean ${ms(codec.mean)}, p99 ${ms(codec.p99)}`,
      "mean ≤ 1 ms",
      verdict(codec.mean <= 1),
    ),
  ];
}
