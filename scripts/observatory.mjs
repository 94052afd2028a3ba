// Grades the production server's headers with the MDN HTTP Observatory scanner, locally.
//
// @mdn/mdn-http-observatory is not a dependency of this project: its install step downloads the
// HSTS preload list and a TLD list from the internet. This script installs a pinned version under
// the system temp dir (outside the repository, so no test runner or linter sees its files) with
// --ignore-scripts, and gives it an empty conf/hsts-preload.json (this app is on no preload list).
// Its CLI grades only a host's front page, so the script calls the scanner's own retriever and
// tests for each route of a local `next start`, then grades them.
//
// By hand, for the front page:
//   mkdir -p /tmp/obs && cd /tmp/obs && npm init -y
//   npm install --ignore-scripts @mdn/mdn-http-observatory@1.4.8
//   echo '{}' > node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json
//   npx mdn-http-observatory-scan 127.0.0.1:3000      # or baton.example.com
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import {
  ensureBuild,
  freePort,
  portRange,
  startProductionServer,
} from "./lib/production-server.mjs";
import { sampleCode } from "./lib/routes.mjs";

const VERSION = "1.4.8";
const DIR = join(tmpdir(), `baton-mdn-http-observatory-${VERSION}`);
const PACKAGE = join(DIR, "node_modules", "@mdn", "mdn-http-observatory");

/** Tests whose outcome belongs to the TLS-terminating proxy in front of `next start`, not the app. */
const PROXY_TESTS = {
  "strict-transport-security": "the proxy sends Strict-Transport-Security on HTTPS",
  redirection: "the proxy redirects http:// to https://",
};

/** Pages to grade; `{code}` is the sample share code. A page that answers 404 is reported as pending. */
const PATHS = [
  "/",
  "/advisor",
  "/guides/what-is-orchestration",
  "/r/{code}",
  "/team",
  "/embed",
  "/embed/r/{code}",
  "/api/v1/recommendation?code={code}",
];

const { values: options } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (options.help) {
  console.log("Usage: node scripts/observatory.mjs [--no-build]\n\nSee the comment at the top.");
  process.exit(0);
}

function install() {
  if (existsSync(join(PACKAGE, "package.json"))) return;
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, "package.json"), '{ "private": true }\n');
  console.error(`Installing @mdn/mdn-http-observatory@${VERSION} into ${DIR} (scripts off)...`);
  const result = spawnSync(
    "npm",
    [
      "install",
      "--ignore-scripts",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      `@mdn/mdn-http-observatory@${VERSION}`,
    ],
    { cwd: DIR, stdio: ["ignore", "inherit", "inherit"] },
  );
  if (result.status !== 0) {
    console.error("Could not install the scanner; see the manual steps at the top of this script.");
    process.exit(1);
  }
}

install();
const hstsList = join(PACKAGE, "conf", "hsts-preload.json");
if (!existsSync(hstsList)) writeFileSync(hstsList, "{}\n");

const load = (path) => import(pathToFileURL(join(PACKAGE, path)).href);
const { retrieve } = await load("src/retriever/retriever.js");
const { ALL_TESTS } = await load("src/constants.js");
const { getScoreModifier, getGradeForScore } = await load("src/grader/grader.js");
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await load("src/grader/charts.js");

/** The scanner's own grading (src/scanner/index.js), over the given test outputs. */
function grade(outputs) {
  let withCredit = 100;
  let uncurved = 100;
  for (const output of outputs) {
    const modifier = getScoreModifier(output.result);
    withCredit += modifier;
    if (modifier < 0) uncurved += modifier;
  }
  return getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withCredit : uncurved);
}

ensureBuild(options["no-build"] ? "never" : "auto");
const code = await sampleCode();
const server = await startProductionServer();
const { from, to } = portRange();
// Nothing listens here, so the scanner's HTTPS attempt fails fast, as on a server without TLS.
const closedPort = await freePort(from, to, [server.port]);

const columns = [];
try {
  for (const template of PATHS) {
    const path = template.replaceAll("{code}", code);
    const retrievals = await retrieve("127.0.0.1", {
      httpPort: String(server.port),
      httpsPort: String(closedPort),
      path,
    });
    const status = retrievals.responses.auto?.status;
    if (status === undefined || status >= 400) {
      columns.push({ path, status, outputs: [] });
      continue;
    }
    const outputs = ALL_TESTS.map((test) => test(retrievals));
    const appOnly = outputs.filter((o) => !(o.constructor.name in PROXY_TESTS));
    const proxyDone = outputs.map((o) =>
      o.constructor.name in PROXY_TESTS ? { ...o, result: o.expectation } : o,
    );
    columns.push({
      path,
      status,
      outputs,
      grade: grade(outputs),
      proxyDone: grade(proxyDone),
      appOnly,
    });
  }
} finally {
  await server.stop();
}

const scanned = columns.filter((c) => c.outputs.length > 0);
const testNames = scanned[0]?.outputs.map((o) => o.constructor.name) ?? [];
const routes = `${scanned.length} routes`;
console.log(`MDN HTTP Observatory ${VERSION}, http://127.0.0.1:${server.port}, no TLS in front.`);
console.log(`Scanned: ${scanned.map((c) => c.path).join(", ")}.\n`);
console.log("| test | owner | outcome |\n|---|---|---|");
for (const name of testNames) {
  const owner = name in PROXY_TESTS ? `TLS proxy: ${PROXY_TESTS[name]}` : "app";
  const outcomes = scanned.map((c) => {
    const output = c.outputs.find((o) => o.constructor.name === name);
    return `${output.pass ? "pass" : "FAIL"}: ${output.result}`;
  });
  const groups = new Map();
  scanned.forEach((c, i) => groups.set(outcomes[i], [...(groups.get(outcomes[i]) ?? []), c.path]));
  const largest = Math.max(...[...groups.values()].map((paths) => paths.length));
  const outcome = [...groups]
    .sort(([, a], [, b]) => a.length - b.length)
    .map(([text, paths]) =>
      groups.size === 1
        ? `${text} (all ${routes})`
        : paths.length === largest && paths.length > 1
          ? `${text} (the other ${paths.length} routes)`
          : `${text} (${paths.join(", ")})`,
    )
    .join("; ");
  console.log(`| ${name} | ${owner} | ${outcome} |`);
}
const grades = (key) => [...new Set(scanned.map((c) => `${c[key].grade} (${c[key].score})`))];
console.log(`| grade as scanned | | ${grades("grade").join(", ")} |`);
console.log(`| grade once the proxy does its part | | ${grades("proxyDone").join(", ")} |`);
for (const c of columns.filter((c) => c.outputs.length === 0)) {
  console.log(`skipped ${c.path}: HTTP ${c.status ?? "no answer"} (route not built yet?)`);
}

const appFailures = scanned.flatMap((c) =>
  c.appOnly.filter((o) => !o.pass).map((o) => `${c.path}: ${o.constructor.name} ${o.result}`),
);
if (appFailures.length > 0) {
  console.error(`\nApp-controlled tests failing:\n- ${appFailures.join("\n- ")}`);
  process.exit(1);
}
console.log("\nEvery app-controlled test passes on every scanned route.");
