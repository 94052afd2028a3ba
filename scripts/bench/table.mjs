// The bench table: number formats, one row per measurement, and bench/RESULTS.md.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../lib/production-server.mjs";

export const RESULTS_FILE = join(ROOT, "bench", "RESULTS.md");
const DATA_MARKER = "bench-data";

/** The median of a list of numbers. */
export const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** The p-quantile (0–1) of an ascending list, nearest-rank. */
export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
/** A Lighthouse category score with two decimals, or "n/a". */
export const fmtScore = (x) => (x === null || x === undefined ? "n/a" : x.toFixed(2));
/** Milliseconds as "730 µs", "2.62 ms" or "36 ms". */
export const ms = (x) =>
  x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(x < 10 ? 2 : 0)} ms`;

/** One row of the table. */
export function row(part, route, measured, budget, result) {
  return { part, route, measured, budget, result };
}
/** "pass" or "FAIL". */
export const verdict = (ok) => (ok ? "pass" : "FAIL");
/** The measured cell of a route that did not answer 200. */
export const notBuilt = (status) => `skipped: HTTP ${status} (route not built yet?)`;

/** The parts kept in bench/RESULTS.md by an earlier run, by name. */
export function readPrevious() {
  if (!existsSync(RESULTS_FILE)) return {};
  const match = new RegExp(`<!-- ${DATA_MARKER} (.*) -->`).exec(readFileSync(RESULTS_FILE, "utf8"));
  try {
    return match ? JSON.parse(match[1]) : {};
  } catch {
    return {};
  }
}

/** Rows as a Markdown table. */
export function table(rows) {
  const header = ["part", "route", "measured", "budget", "result"];
  const cells = rows.map((r) => header.map((h) => String(r[h]).replaceAll("|", "\\|")));
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...cells.map((c) => `| ${c.join(" | ")} |`),
  ].join("\n");
}

/** bench/RESULTS.md for the parts measured, in the order of `order`. */
export function resultsMarkdown(parts, order) {
  const rows = order.flatMap((p) => parts[p]?.rows ?? []);
  const notes = order
    .filter((p) => parts[p])
    .map(
      (p) =>
        `- ${p}: measured ${parts[p].at} on ${parts[p].commit}; ${parts[p].machine}` +
        (parts[p].load ? `; 1-minute load average ${parts[p].load} from start to end.` : "."),
    );
  return [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (scripts/bench.mjs and scripts/bench/); edit the scripts, not this file.",
    "Budgets: docs/contracts.md. Initial JS counts the page's own `<script src>` tags (nomodule",
    "fallbacks excluded), gzip at zlib's default level as `next start` serves them. Lighthouse: mobile",
    "defaults (simulated throttling), system Chromium; its benchmarkIndex shows how fast this machine",
    "was. Load: autocannon with `accept-encoding: gzip` against `npm start`'s server",
    "(scripts/serve.mjs), after a 3 s warm-up.",
    '"One share link" asks for the same /r/<code> every time, as a link posted in a team chat is; after',
    'the first render it comes from the share-page cache, re-stamped with a fresh CSP nonce. "A new code',
    'per request" never asks for the same page twice, so every request is a full Next/React render.',
    "The static ceiling is a /_next/static chunk served by the same process. Server CPU is the server",
    "process's user + system time divided by the requests. Scoring: `recommend()` in one Node process,",
    "after 2 000 warm-up calls. INP: Chromium's Event Timing entries (the longest event of each",
    "interaction, as Interaction to Next Paint counts it) for each kind of questionnaire interaction,",
    "with the CPU slowed 4× through the DevTools protocol; durations under 16 ms are not reported by",
    "the browser and count as 16 ms.",
    "Rows marked skipped are routes that answered 404 when measured.",
    "",
    table(rows),
    "",
    ...notes,
    "",
    `<!-- ${DATA_MARKER} ${JSON.stringify(parts)} -->`,
    "",
  ].join("\n");
}
