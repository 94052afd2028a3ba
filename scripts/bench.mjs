// `npm run bench`: measures the production build against the budgets of docs/contracts.md and
// prints one table, which it also writes to bench/RESULTS.md. One module per measurement in
// scripts/bench/; this file only runs them. Run `npm run bench -- --help` for the options.
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { benchInp } from "./bench/inp.mjs";
import { benchJs } from "./bench/js.mjs";
import { benchLighthouse } from "./bench/lighthouse.mjs";
import { benchLoad } from "./bench/load.mjs";
import { benchMapSvg } from "./bench/map-svg.mjs";
import { commit, machine } from "./bench/machine.mjs";
import { benchScore } from "./bench/score.mjs";
import { RESULTS_FILE, readPrevious, resultsMarkdown, row, table } from "./bench/table.mjs";
import { ROOT, ensureBuild, startProductionServer } from "./lib/production-server.mjs";
import { BUDGETED_PAGES, sampleCode, withCode } from "./lib/routes.mjs";

const PARTS = ["js", "lighthouse", "load", "inp", "score", "svg"];

const USAGE = `Usage: npm run bench -- [options]

  --only js,lighthouse,load,inp,score,svg
                                    run only these parts (default: all); rows of the other parts
                                    are kept from the previous bench/RESULTS.md
  --no-build                        measure the existing build even if sources changed
  --build                           rebuild first even if the build looks current
  --lighthouse-runs N               Lighthouse runs per route, median reported (default 5)
  --load-seconds N                  length of each load run (default 15)
  --load-connections N              concurrent connections of each load run (default 20)
  --load-path PATH                  page to load-test instead of /r/<code>
  --inp-runs N                      questionnaire walks for the INP part (default 3)
  --score-runs N                    timed scoring runs (default 20000)
  --svg-runs N                      timed flow map diagram renders (default 200)
  --no-write                        print the table without updating bench/RESULTS.md
  --strict                          exit 1 when a budget is missed
`;

const { values: options } = parseArgs({
  options: {
    only: { type: "string" },
    "no-build": { type: "boolean", default: false },
    build: { type: "boolean", default: false },
    "lighthouse-runs": { type: "string", default: "5" },
    "load-seconds": { type: "string", default: "15" },
    "load-connections": { type: "string", default: "20" },
    "load-path": { type: "string" },
    "inp-runs": { type: "string", default: "3" },
    "score-runs": { type: "string", default: "20000" },
    "svg-runs": { type: "string", default: "200" },
    "no-write": { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

function positiveInt(name) {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive whole number.\n\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

const selected = options.only ? options.only.split(",").map((s) => s.trim()) : PARTS;
const unknown = selected.filter((part) => !PARTS.includes(part));
if (unknown.length > 0) {
  console.error(`Unknown part(s): ${unknown.join(", ")}. Parts: ${PARTS.join(", ")}.\n\n${USAGE}`);
  process.exit(2);
}
const lighthouseRuns = positiveInt("lighthouse-runs");
const loadSeconds = positiveInt("load-seconds");
const loadConnections = positiveInt("load-connections");
const inpRuns = positiveInt("inp-runs");
const scoreRuns = positiveInt("score-runs");
const svgRuns = positiveInt("svg-runs");

const fresh = {};
const stamp = (rows, startedAt, load) => ({
  rows,
  load,
  at: startedAt.toISOString().slice(0, 16).replace("T", " ") + " UTC",
  commit: commit(),
  machine: machine(),
});

/** Runs one part; a part that breaks becomes an ERROR row instead of losing the other parts. */
async function part(name, measure) {
  const startedAt = new Date();
  const loadBefore = loadavg()[0].toFixed(1);
  let rows;
  try {
    rows = await measure();
  } catch (error) {
    console.error(error);
    rows = [row(name, "", `ERROR: ${String(error.message).split("\n")[0]}`, "", "ERROR")];
  }
  return stamp(rows, startedAt, `${loadBefore} → ${loadavg()[0].toFixed(1)}`);
}

const needsServer = selected.some((p) => p !== "score" && p !== "svg");
if (needsServer) ensureBuild(options["no-build"] ? "never" : options.build ? "always" : "auto");
const code = await sampleCode();
const pages = BUDGETED_PAGES.map((p) => ({ ...p, url: withCode(p.path, code) }));

if (needsServer) {
  const server = await startProductionServer();
  console.error(`Production server on ${server.origin} (pid ${server.pid}); sample code ${code}.`);
  try {
    if (selected.includes("js")) fresh.js = await part("js", () => benchJs(server.origin, pages));
    if (selected.includes("lighthouse")) {
      fresh.lighthouse = await part("lighthouse", () =>
        benchLighthouse(server.origin, pages, { runs: lighthouseRuns }),
      );
    }
    if (selected.includes("load")) {
      const path = options["load-path"] ?? withCode("/r/{code}", code);
      fresh.load = await part("load", () =>
        benchLoad(server.origin, server.pid, path, {
          seconds: loadSeconds,
          connections: loadConnections,
          maps: !options["load-path"],
        }),
      );
    }
    if (selected.includes("inp")) {
      fresh.inp = await part("inp", () => benchInp(server.origin, { runs: inpRuns }));
    }
  } finally {
    await server.stop();
  }
}
// Scoring runs after the server has stopped, so the two don't share the CPU.
if (selected.includes("score"))
  fresh.score = await part("score", () => benchScore({ runs: scoreRuns }));
if (selected.includes("svg")) fresh.svg = await part("svg", () => benchMapSvg({ runs: svgRuns }));

const parts = { ...readPrevious(), ...fresh };
const markdown = resultsMarkdown(parts, PARTS);
const shown = PARTS.flatMap((p) => parts[p]?.rows ?? []);
console.log(table(shown));
for (const p of PARTS.filter((part) => parts[part] && !fresh[part])) {
  console.log(`(${p}: kept from ${parts[p].at}; rerun with --only ${p})`);
}
if (!options["no-write"]) {
  mkdirSync(join(ROOT, "bench"), { recursive: true });
  writeFileSync(RESULTS_FILE, markdown);
  console.error(`Wrote ${RESULTS_FILE.slice(ROOT.length)}.`);
}
const missed = Object.values(fresh).flatMap((p) =>
  p.rows.filter((r) => r.result === "FAIL" || r.result === "ERROR"),
);
if (missed.length > 0) console.error(`${missed.length} budget(s) missed.`);
process.exit(options.strict && missed.length > 0 ? 1 : 0);
