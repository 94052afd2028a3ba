// The byte-size half of the performance budgets (docs/contracts.md, "Budgets"), as a check
// `npm test` can run: starts the production build and fails when a page's initial JavaScript
// (gzip, as its script tags load it) exceeds its budget, or a page does not answer 200.
// Sizes only, never times: the same build gives the same numbers on any machine.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT, startProductionServer } from "./lib/production-server.mjs";
import { BUDGETED_PAGES, kib, measureInitialJs, sampleCode, withCode } from "./lib/routes.mjs";

if (!existsSync(join(ROOT, ".next", "BUILD_ID"))) {
  console.error("No production build found: run `npm run build` first (npm test does).");
  process.exit(1);
}

const code = await sampleCode();
const server = await startProductionServer();
const failures = [];
try {
  for (const page of BUDGETED_PAGES) {
    const path = withCode(page.path, code);
    const m = await measureInitialJs(server.origin, path);
    if (m.status !== 200) {
      failures.push(`${path} answered ${m.status}`);
      console.log(`FAIL  ${page.name.padEnd(13)} ${path}: HTTP ${m.status}`);
      continue;
    }
    const ok = m.gzipBytes <= page.budgetBytes;
    const line = `${kib(m.gzipBytes)} of ${kib(page.budgetBytes)} in ${m.scripts.length} scripts`;
    console.log(`${ok ? "ok  " : "FAIL"}  ${page.name.padEnd(13)} ${path}: ${line}`);
    if (!ok) {
      failures.push(`${path}: ${line}`);
      for (const s of [...m.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5)) {
        console.log(`        ${kib(s.gzipBytes).padStart(10)}  ${new URL(s.url).pathname}`);
      }
    }
  }
} finally {
  await server.stop();
}

if (failures.length > 0) {
  console.error(
    `\nInitial JavaScript over budget or page missing (docs/contracts.md, "Budgets"):\n- ${failures.join("\n- ")}`,
  );
  process.exit(1);
}
