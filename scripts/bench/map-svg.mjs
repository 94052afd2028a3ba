// Time to draw the flow map diagram (layout included) of the largest allowed map.
import { tsImport } from "tsx/esm/api";
import { ms, percentile, row, verdict } from "./table.mjs";

/**
 * One row: mean and p99 of `runs` timed `mapSvg()` calls on the largest allowed map (12
 * participants, 20 hand-offs; lib/map-view/largest-map.ts), after 50 warm-up calls. MAP.md §13:
 * ≤ 50 ms warm, layout included.
 */
export async function benchMapSvg({ runs }) {
  const [map, svg, largest] = await Promise.all([
    tsImport("../../lib/map/index.ts", import.meta.url),
    tsImport("../../lib/map/svg.ts", import.meta.url),
    tsImport("../../lib/map-view/largest-map.ts", import.meta.url),
  ]);
  const checked = map.validateMap(largest.largestMap());
  if (!checked.ok) throw new Error(`largest map: ${checked.errors[0].message}`);
  const result = map.mapResult(checked.map);
  let sink = 0;
  for (let i = 0; i < 50; i++) sink += svg.mapSvg(result).length;
  const times = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    sink += svg.mapSvg(result).length;
    times[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  if (sink < 0) throw new Error("unreachable: keeps the results alive");
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return [
    row(
      `draw the largest map's diagram, layout included (${result.participants.length} participants, ${result.handoffs.length} hand-offs, ${result.scopes.length} scopes), ${runs} runs`,
      "mapSvg()",
      `mean ${ms(mean)}, p99 ${ms(percentile(sorted, 0.99))}`,
      "mean ≤ 50 ms (warm)",
      verdict(mean <= 50),
    ),
  ];
}
