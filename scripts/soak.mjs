// `npm run soak`: 60 s at 50 connections over a mix of routes against the production server. Fails
// on any 5xx or connection error; samples the server's resident memory so "flat memory" is visible.
// Run `npm run soak -- --help` for the options.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { ensureBuild, startProductionServer, treeRss } from "./lib/production-server.mjs";
import { distinctCodes, sampleCode } from "./lib/routes.mjs";

const USAGE = `Usage: npm run soak -- [options]

  --seconds N        length of the soak (default 60)
  --connections N    concurrent connections (default 50)
  --sample-every N   seconds between memory samples (default 5)
  --no-build         use the existing build even if sources changed
`;

const { values: options } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "50" },
    "sample-every": { type: "string", default: "5" },
    "no-build": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const seconds = Number(options.seconds);
const connections = Number(options.connections);
const sampleEvery = Number(options["sample-every"]);
if (![seconds, connections, sampleEvery].every((n) => Number.isInteger(n) && n > 0)) {
  console.error(`Options take positive whole numbers.\n\n${USAGE}`);
  process.exit(2);
}

const mib = (bytes) => (bytes === undefined ? "n/a" : `${(bytes / 2 ** 20).toFixed(0)} MiB`);

/** The og:image of the result page, as a same-origin path (its host is BATON_PUBLIC_ORIGIN). */
async function ogImagePath(origin, resultPath) {
  const response = await fetch(new URL(resultPath, origin));
  const html = await response.text();
  const tag = /<meta[^>]+property="og:image"[^>]*>/i.exec(html)?.[0];
  const content = tag && /content="([^"]+)"/i.exec(tag)?.[1];
  if (!content) return `${resultPath}/og`;
  const url = new URL(content.replaceAll("&amp;", "&"), origin);
  return url.pathname + url.search;
}

ensureBuild(options["no-build"] ? "never" : "auto");
const code = await sampleCode();
// A small share-page cache, so it fills within seconds and the rest of the run shows whether
// eviction keeps memory flat.
const server = await startProductionServer({ env: { BATON_PAGE_CACHE_ENTRIES: "100" } });
console.error(`Production server on ${server.origin} (pid ${server.pid}); sample code ${code}.`);

let exitCode = 0;
try {
  const resultPath = `/r/${code}`;
  const paths = [
    "/",
    "/advisor",
    resultPath,
    `${resultPath}?flow=${encodeURIComponent("Order checkout")}`,
    "/guides/what-is-orchestration",
    `/api/v1/recommendation?code=${code}`,
    await ogImagePath(server.origin, resultPath),
  ];

  // Touch each route once so start-up work (first compile of each page) is not counted as growth.
  for (const path of paths) await (await fetch(new URL(path, server.origin))).arrayBuffer();

  // Besides the fixed routes, share pages the server has never rendered, one new code per request,
  // so the share-page cache keeps filling and evicting while memory is watched.
  const NEW_CODES = "/r/<new code each request>";
  const newCodes = (await distinctCodes(20_000, 7)).map((c) => `/r/${c}`);
  let nextNew = 0;
  const statuses = new Map([...paths, NEW_CODES].map((p) => [p, new Map()]));
  const count = (label) => (status) => {
    const byStatus = statuses.get(label);
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  };
  const requests = [
    ...paths.map((path) => ({ method: "GET", path, onResponse: count(path) })),
    {
      method: "GET",
      setupRequest: (request) => ({ ...request, path: newCodes[nextNew++ % newCodes.length] }),
      onResponse: count(NEW_CODES),
    },
  ];

  const samples = [{ at: 0, rss: treeRss(server.pid) }];
  const started = Date.now();
  const sampler = setInterval(() => {
    samples.push({ at: Math.round((Date.now() - started) / 1000), rss: treeRss(server.pid) });
  }, sampleEvery * 1000);
  console.error(
    `Soaking ${requests.length} routes with ${connections} connections for ${seconds} s...`,
  );
  const result = await autocannon({
    url: server.origin,
    connections,
    duration: seconds,
    headers: { "accept-encoding": "gzip" },
    requests,
  });
  clearInterval(sampler);
  samples.push({ at: Math.round((Date.now() - started) / 1000), rss: treeRss(server.pid) });

  console.log(`\n| route | requests | status codes |\n|---|---|---|`);
  let serverErrors = 0;
  for (const [path, byStatus] of statuses) {
    const total = [...byStatus.values()].reduce((a, b) => a + b, 0);
    const codes = [...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    for (const [status, n] of byStatus) if (status >= 500) serverErrors += n;
    const note = byStatus.has(404) && byStatus.size === 1 ? " (route not built yet?)" : "";
    console.log(`| ${path} | ${total} | ${codes.join(", ")}${note} |`);
  }

  const rss = samples.map((s) => s.rss).filter((x) => x !== undefined);
  const half = samples.filter((s) => s.at >= seconds / 2 && s.rss !== undefined);
  const secondHalfGrowth = half.length > 1 ? half.at(-1).rss - half[0].rss : undefined;
  console.log(
    `\n${result.requests.total} requests in ${seconds} s (${Math.round(result.requests.average)} req/s), ` +
      `p99 ${result.latency.p99} ms (2xx only), ${result.errors} errors, ${result.timeouts} timeouts, ` +
      `${serverErrors} responses 5xx.`,
  );
  console.log(
    `Server RSS: start ${mib(rss[0])}, end ${mib(rss.at(-1))}, max ${mib(Math.max(...rss))}; ` +
      `second half ${secondHalfGrowth === undefined ? "n/a" : `${secondHalfGrowth >= 0 ? "+" : ""}${mib(secondHalfGrowth)}`}.`,
  );
  console.log(`Samples (s: MiB): ${samples.map((s) => `${s.at}: ${mib(s.rss)}`).join(", ")}`);

  if (serverErrors > 0 || result.errors > 0) {
    console.error(`\nFAIL: ${serverErrors} 5xx responses and ${result.errors} connection errors.`);
    exitCode = 1;
  } else {
    console.log("\nok: zero 5xx and zero connection errors.");
  }
} finally {
  await server.stop();
}
process.exit(exitCode);
