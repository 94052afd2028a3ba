// `npm run bench`: measures the production build against the budgets of SPEC §5.1 and prints one
// table, which it also writes to bench/RESULTS.md. Run `npm run bench -- --help` for the options.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";
import { ROOT, ensureBuild, startProductionServer, treeCpuMs } from "./lib/production-server.mjs";
import {
  BUDGETED_PAGES,
  SAMPLE_ANSWERS,
  distinctCodes,
  initialScriptUrls,
  kib,
  loadCore,
  measureInitialJs,
  sampleCode,
  withCode,
} from "./lib/routes.mjs";

const PARTS = ["js", "lighthouse", "load", "score"];
const RESULTS_FILE = join(ROOT, "bench", "RESULTS.md");
const LIGHTHOUSE_DIR = join(ROOT, "bench", ".tmp", "lighthouse");
const DATA_MARKER = "bench-data";

const USAGE = `Usage: npm run bench -- [options]

  --only js,lighthouse,load,score   run only these parts (default: all); rows of the other parts
                                    are kept from the previous bench/RESULTS.md
  --no-build                        measure the existing build even if sources changed
  --build                           rebuild first even if the build looks current
  --lighthouse-runs N               Lighthouse runs per route, median reported (default 5)
  --load-seconds N                  length of each load run (default 15)
  --load-connections N              concurrent connections of each load run (default 20)
  --load-path PATH                  page to load-test instead of /r/<code>
  --score-runs N                    timed scoring runs (default 20000)
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
    "score-runs": { type: "string", default: "20000" },
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
const scoreRuns = positiveInt("score-runs");

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
const fmtScore = (x) => (x === null || x === undefined ? "n/a" : x.toFixed(2));
const ms = (x) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);

function row(part, route, measured, budget, result) {
  return { part, route, measured, budget, result };
}
const verdict = (ok) => (ok ? "pass" : "FAIL");
const notBuilt = (status) => `skipped: HTTP ${status} (route not built yet?)`;

// ---------------------------------------------------------------------------------------------
// Part 1: initial JavaScript, gzip, as the page's script tags load it.

async function benchJs(origin, pages) {
  const rows = [];
  for (const page of pages) {
    const m = await measureInitialJs(origin, page.url);
    if (m.status !== 200) {
      rows.push(
        row("initial JS (gzip)", page.url, notBuilt(m.status), `≤ ${kib(page.budgetBytes)}`, "—"),
      );
      continue;
    }
    rows.push(
      row(
        "initial JS (gzip)",
        page.url,
        `${kib(m.gzipBytes)} in ${m.scripts.length} scripts`,
        `≤ ${kib(page.budgetBytes)}`,
        verdict(m.gzipBytes <= page.budgetBytes),
      ),
    );
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Part 2: Lighthouse, mobile defaults, median of N runs.

function runLighthouse(url, chromePath, outputPath) {
  const cli = join(ROOT, "node_modules", "lighthouse", "cli", "index.js");
  const chromeFlags = ["--headless=new", "--no-sandbox", ...CHROMIUM_ARGS].join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        "--quiet",
        "--output=json",
        `--output-path=${outputPath}`,
        `--chrome-flags=${chromeFlags}`,
        "--only-categories=performance,accessibility,best-practices,seo",
      ],
      { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CHROME_PATH: chromePath } },
    );
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 180_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`lighthouse exited ${code} on ${url}: ${stderr}`));
      const lhr = JSON.parse(readFileSync(outputPath, "utf8"));
      if (lhr.runtimeError) return reject(new Error(`${url}: ${lhr.runtimeError.message}`));
      resolve(lhr);
    });
  });
}

function summarise(lhrs, page) {
  const cat = (id) => median(lhrs.map((l) => l.categories[id]?.score ?? 0));
  const audit = (id) => median(lhrs.map((l) => l.audits[id]?.numericValue ?? 0));
  const perfs = lhrs.map((l) => l.categories.performance?.score ?? 0);
  return {
    performance: cat("performance"),
    performanceRange: [Math.min(...perfs), Math.max(...perfs)],
    accessibility: cat("accessibility"),
    bestPractices: cat("best-practices"),
    seo: cat("seo"),
    benchmarkIndex: median(lhrs.map((l) => l.environment.benchmarkIndex)),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    // Audits Lighthouse could not run (a gatherer failed), split by whether they carry weight.
    errored: [
      ...new Set(
        lhrs.flatMap((l) =>
          Object.values(l.audits)
            .filter((a) => a.scoreDisplayMode === "error")
            .map((a) => a.id),
        ),
      ),
    ],
    weighted: new Set(
      lhrs.flatMap((l) =>
        Object.values(l.categories).flatMap((c) =>
          c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id),
        ),
      ),
    ),
    // Weighted audits outside performance that lost points in any run.
    failing: [
      ...new Set(
        lhrs.flatMap((l) =>
          Object.values(l.categories)
            .filter((c) => c.id !== "performance" && (page.seo || c.id !== "seo"))
            .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id))
            .filter((id) => l.audits[id]?.score !== null && l.audits[id]?.score < 1),
        ),
      ),
    ],
  };
}

/** Lighthouse runs fail now and then on a loaded machine (NO_NAVSTART, NO_FCP): try again. */
async function withRetries(run, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts) throw error;
      process.stderr.write(`    retrying after: ${String(error.message).split("\n")[0]}\n`);
    }
  }
}

function erroredNote({ errored, weighted }) {
  const scored = errored.filter((id) => weighted.has(id));
  const unscored = errored.length - scored.length;
  return (
    (scored.length > 0 ? `; SCORED AUDITS ERRORED: ${scored.join(", ")}` : "") +
    (unscored > 0 ? `; ${unscored} unscored diagnostics errored` : "")
  );
}

async function benchLighthouse(origin, pages) {
  const chromePath = process.env.CHROME_PATH || (await findChromium());
  if (!chromePath) throw new Error("No Chromium for Lighthouse: set CHROME_PATH.");
  mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
  const rows = [];
  for (const page of pages) {
    const status = (await fetch(new URL(page.url, origin))).status;
    if (status !== 200) {
      rows.push(row("Lighthouse", page.url, notBuilt(status), "", "—"));
      continue;
    }
    const lhrs = [];
    for (let i = 0; i < lighthouseRuns; i++) {
      const file = join(LIGHTHOUSE_DIR, `${page.name}-${i + 1}.json`);
      process.stderr.write(`  Lighthouse ${page.url} run ${i + 1}/${lighthouseRuns}\n`);
      lhrs.push(
        await withRetries(() => runLighthouse(new URL(page.url, origin).href, chromePath, file)),
      );
    }
    const s = summarise(lhrs, page);
    const ok =
      s.performance >= 0.9 &&
      s.accessibility === 1 &&
      s.bestPractices === 1 &&
      (!page.seo || s.seo === 1);
    const [lo, hi] = s.performanceRange;
    rows.push(
      row(
        `Lighthouse perf · a11y · BP · SEO (median of ${lhrs.length})`,
        page.url,
        `${fmtScore(s.performance)} · ${fmtScore(s.accessibility)} · ${fmtScore(s.bestPractices)} · ` +
          `${fmtScore(s.seo)}${lhrs.length > 1 ? ` (perf ${fmtScore(lo)}–${fmtScore(hi)})` : ""}; ` +
          `LCP ${ms(s.lcp)}, TBT ${ms(s.tbt)}; benchmarkIndex ${Math.round(s.benchmarkIndex)}` +
          (s.failing.length > 0 ? `; lost points: ${s.failing.join(", ")}` : "") +
          erroredNote(s),
        `≥ 0.90 · 1 · 1 · ${page.seo ? "1" : "n/a (noindex)"}`,
        verdict(ok),
      ),
    );
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Part 3: throughput of the result page beside a static asset of the app (the ceiling).

/**
 * One autocannon run against `url`, or, when `paths` is given, against those paths of `url`'s
 * origin in turn (each request the next path). A 3 s warm-up run goes first and is not reported.
 */
async function load(url, pid, paths) {
  let next = 0;
  const common = {
    url,
    connections: loadConnections,
    headers: { "accept-encoding": "gzip" },
    ...(paths && {
      requests: [
        {
          method: "GET",
          setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
        },
      ],
    }),
  };
  await autocannon({ ...common, duration: Math.min(3, loadSeconds) });
  const cpuBefore = treeCpuMs(pid);
  const result = await autocannon({ ...common, duration: loadSeconds });
  const cpuAfter = treeCpuMs(pid);
  const cpuPerRequest =
    cpuBefore === undefined || result.requests.total === 0
      ? undefined
      : (cpuAfter - cpuBefore) / result.requests.total;
  return { result, cpuPerRequest, distinct: paths ? Math.min(next, paths.length) : 1 };
}

/** How many different codes the cold run cycles through: more than it can ask for in the time. */
const COLD_CODES = 20_000;

async function benchLoad(origin, pid, resultPath) {
  const rows = [];
  const label = `load ${loadConnections} conn × ${loadSeconds} s`;
  const budget = "≥ 100 req/s, p99 ≤ 500 ms, 0 errors";
  const resultUrl = new URL(resultPath, origin).href;
  const page = await fetch(resultUrl);
  const html = await page.text();
  if (page.status !== 200) {
    rows.push(row(label, resultPath, notBuilt(page.status), "", "—"));
    return rows;
  }
  // The ceiling: the page's own first script, served from /_next/static by the same process.
  const [staticUrl] = initialScriptUrls(html, resultUrl);
  if (!staticUrl) throw new Error(`${resultPath} loads no script to use as the static ceiling.`);
  // Cold: every request a share page the server has never rendered, so the page cache can't help.
  const coldPaths = resultPath.startsWith("/r/")
    ? (await distinctCodes(COLD_CODES)).map((c) => `/r/${c}`)
    : undefined;
  const runs = [
    { what: "hot", url: resultUrl, title: `${label}, one share link (page cache)` },
    ...(coldPaths
      ? [
          {
            what: "cold",
            url: origin,
            paths: coldPaths,
            title: `${label}, a new code per request (no cache hit)`,
          },
        ]
      : []),
    { what: "ceiling", url: staticUrl, title: `${label} (static ceiling)` },
  ];
  for (const run of runs) {
    const shown = run.paths ? "/r/<new code each request>" : new URL(run.url).pathname;
    process.stderr.write(`  load ${shown} for ${loadSeconds} s\n`);
    const { result, cpuPerRequest, distinct } = await load(run.url, pid, run.paths);
    const rps = result.requests.average;
    const p99 = result.latency.p99;
    const failures = result.errors + result.non2xx;
    if (run.paths && distinct >= run.paths.length) {
      throw new Error(`The cold run used all ${run.paths.length} codes; raise COLD_CODES.`);
    }
    const measured =
      `${Math.round(rps)} req/s, p99 ${p99} ms, ${result.errors} errors, ${result.non2xx} non-2xx` +
      (cpuPerRequest === undefined ? "" : `; server CPU ${ms(cpuPerRequest)}/request`) +
      (run.paths ? `; ${distinct} different codes` : "");
    rows.push(
      run.what === "ceiling"
        ? row(run.title, shown, measured, "", "ceiling")
        : row(
            run.title,
            shown,
            measured,
            budget,
            verdict(rps >= 100 && p99 <= 500 && failures === 0),
          ),
    );
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Part 4: time to score one answer set, flips included.

async function benchScore() {
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
  ];
}

// ---------------------------------------------------------------------------------------------
// The table and bench/RESULTS.md.

function commit() {
  const git = (args) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout?.trim();
  const sha = git(["rev-parse", "--short", "HEAD"]) || "unknown";
  const dirty = git(["status", "--porcelain", "--", ".", ":!bench/RESULTS.md"]);
  return dirty ? `${sha} + uncommitted changes` : sha;
}

function machine() {
  const chromium = spawnSync(process.env.CHROME_PATH || "/usr/bin/chromium", ["--version"], {
    encoding: "utf8",
  }).stdout?.trim();
  const cpu = cpus();
  return [
    `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}`,
    `${Math.round(totalmem() / 2 ** 30)} GiB`,
    `Node ${process.versions.node}`,
    chromium || "Chromium unknown",
  ].join(", ");
}

function readPrevious() {
  if (!existsSync(RESULTS_FILE)) return {};
  const match = new RegExp(`<!-- ${DATA_MARKER} (.*) -->`).exec(readFileSync(RESULTS_FILE, "utf8"));
  try {
    return match ? JSON.parse(match[1]) : {};
  } catch {
    return {};
  }
}

function table(rows) {
  const header = ["part", "route", "measured", "budget", "result"];
  const cells = rows.map((r) => header.map((h) => String(r[h]).replaceAll("|", "\\|")));
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...cells.map((c) => `| ${c.join(" | ")} |`),
  ].join("\n");
}

function resultsMarkdown(parts) {
  const rows = PARTS.flatMap((p) => parts[p]?.rows ?? []);
  const notes = PARTS.filter((p) => parts[p]).map(
    (p) =>
      `- ${p}: measured ${parts[p].at} on ${parts[p].commit}; ${parts[p].machine}` +
      (parts[p].load ? `; 1-minute load average ${parts[p].load} from start to end.` : "."),
  );
  return [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (scripts/bench.mjs); edit the script, not this file. Budgets: SPEC §5.1.",
    "Initial JS counts the page's own `<script src>` tags (nomodule fallbacks excluded), gzip at zlib's",
    "default level as `next start` serves them. Lighthouse: mobile defaults (simulated throttling), system",
    "Chromium; its benchmarkIndex shows how fast this machine was. Load: autocannon with",
    "`accept-encoding: gzip` against `npm start`'s server (scripts/serve.mjs), after a 3 s warm-up.",
    '"One share link" asks for the same /r/<code> every time, as a link posted in a team chat is; after',
    'the first render it comes from the share-page cache, re-stamped with a fresh CSP nonce. "A new code',
    'per request" never asks for the same page twice, so every request is a full Next/React render.',
    "The static ceiling is a /_next/static chunk served by the same process. Server CPU is the server",
    "process's user + system time divided by the requests. Scoring: `recommend()` in one Node process,",
    "after 2 000 warm-up calls.",
    "Rows marked skipped are routes that answered 404 when measured (features not merged yet).",
    "",
    table(rows),
    "",
    ...notes,
    "",
    `<!-- ${DATA_MARKER} ${JSON.stringify(parts)} -->`,
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------

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

const needsServer = selected.some((p) => p !== "score");
if (needsServer) ensureBuild(options["no-build"] ? "never" : options.build ? "always" : "auto");
const code = await sampleCode();
const pages = BUDGETED_PAGES.map((p) => ({ ...p, url: withCode(p.path, code) }));

if (needsServer) {
  const server = await startProductionServer();
  console.error(`Production server on ${server.origin} (pid ${server.pid}); sample code ${code}.`);
  try {
    if (selected.includes("js")) fresh.js = await part("js", () => benchJs(server.origin, pages));
    if (selected.includes("lighthouse")) {
      fresh.lighthouse = await part("lighthouse", () => benchLighthouse(server.origin, pages));
    }
    if (selected.includes("load")) {
      const path = options["load-path"] ?? withCode("/r/{code}", code);
      fresh.load = await part("load", () => benchLoad(server.origin, server.pid, path));
    }
  } finally {
    await server.stop();
  }
}
// Scoring runs after the server has stopped, so the two don't share the CPU.
if (selected.includes("score")) fresh.score = await part("score", benchScore);

const parts = { ...readPrevious(), ...fresh };
const markdown = resultsMarkdown(parts);
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
