// Time to score one answer set, flips included.
import { SAMPLE_ANSWERS, loadCore } from "../lib/routes.mjs";
import { benchMap } from "./map.mjs";
import { ms, percentile, row, verdict } from "./table.mjs";

/** One row: mean and p99 of `runs` timed `recommend()` calls, after 2 000 warm-up calls. */
export async function benchScore({ runs: scoreRuns }) {
  const { recommend } = await loadCore();
  let sink = 0;
  for (let i = 0; i < 2000; i++) sink += recommend(SAMPLE_ANSWERS).flips.length;
  const times = new Float64Array(scoreRuns);
  for (let i = 0; i < scoreRuns; i++) {
    const start = process.hrtime.bigint();
    sink += recommend(SAMPLE_ANSWERS).flips.length;
    times[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const { verdict: sampleVerdict, flips } = recommend(SAMPLE_ANSWERS);
  if (sink < 0) throw new Error("unreachable: keeps the results alive");
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const p99 = percentile(sorted, 0.99);
  return [
    row(
      `score one answer set, flips included (${sampleVerdict}, ${flips.length} flips), ${scoreRuns} runs`,
      "recommend()",
      `mean ${ms(mean)}, p99 ${ms(p99)}`,
      "mean < 1 ms",
      verdict(mean < 1),
    ),
    ...(await benchMap({ runs: Math.max(200, Math.round(scoreRuns / 10)) })),
  ];
}
