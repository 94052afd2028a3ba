// Lighthouse, mobile defaults, median of N runs.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM_ARGS, findChromium } from "../find-chromium.mjs";
import { ROOT } from "../lib/production-server.mjs";
import { fmtScore, median, ms, notBuilt, row, verdict } from "./table.mjs";

const LIGHTHOUSE_DIR = join(ROOT, "bench", ".tmp", "lighthouse");

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

/**
 * One row per page: Lighthouse's four category scores (median of `runs`), LCP, TBT and the
 * machine's benchmarkIndex, against the budgets of docs/contracts.md.
 */
export async function benchLighthouse(origin, pages, { runs: lighthouseRuns }) {
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
