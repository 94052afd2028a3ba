// Throughput of the result page beside a static asset of the app (the ceiling).
import autocannon from "autocannon";
import { treeCpuMs } from "../lib/production-server.mjs";
import {
  calibrationMapCodes,
  distinctCodes,
  initialScriptUrls,
  sampleMapCode,
} from "../lib/routes.mjs";
import { ms, notBuilt, row, verdict } from "./table.mjs";

/**
 * One autocannon run against `url`, or, when `paths` is given, against those paths of `url`'s
 * origin in turn (each request the next path). A 3 s warm-up run goes first and is not reported.
 */
async function load(url, pid, paths, { seconds: loadSeconds, connections: loadConnections }) {
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

/** How many different map codes the cold map run cycles through. */
const COLD_MAPS = 5_000;

/**
 * Rows for the result page under load: one share link (served from the page cache), a new code
 * per request (a full render each time), and the static ceiling, each for `seconds` with
 * `connections` connections. With `maps`, the same for the flow map page `/m/<code>`, judged
 * against the result page's figures: MAP.md §13 asks for `/m/<code>` at least as fast as
 * `/r/<code>` (within 5 %, the run-to-run noise of this bench). The hot map run loads the largest
 * allowed map; the judged cold run loads the calibration maps (each renamed per request), as the
 * cold result run loads typical answer sets. A third map row, reported and not judged, renders the
 * largest allowed map cold (20 hand-offs: about 2.6× a result page's CPU, most of it dagre's
 * compound layout; bench/runs/2026-12-07-issue-22-cold-map-profile.log).
 */
export async function benchLoad(
  origin,
  pid,
  resultPath,
  { seconds: loadSeconds, connections: loadConnections, maps = false },
) {
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
  if (maps) {
    const mapCode = await sampleMapCode();
    const names = Array.from({ length: COLD_MAPS }, (_, i) => `Storefront order ${i + 1}`);
    const coldMaps = [];
    for (const name of names) coldMaps.push(`/m/${await sampleMapCode(name)}`);
    // One typical map against one typical result, as the cold rows compare them; the largest
    // allowed map's link is reported beside it, not judged.
    const [typicalMap] = await calibrationMapCodes(1);
    runs.push(
      {
        what: "map-hot",
        url: new URL(`/m/${typicalMap}`, origin).href,
        title: `${label}, one calibration map link (page cache)`,
        versus: "hot",
      },
      {
        what: "map-hot-largest",
        url: new URL(`/m/${mapCode}`, origin).href,
        title: `${label}, the largest map's link (page cache; worst case)`,
        versus: "hot",
        reported: true,
      },
      {
        what: "map-cold",
        url: origin,
        paths: (await calibrationMapCodes(COLD_MAPS)).map((code) => `/m/${code}`),
        title: `${label}, a new calibration map code per request (no cache hit)`,
        versus: "cold",
      },
      {
        what: "map-cold-largest",
        url: origin,
        paths: coldMaps,
        title: `${label}, a new largest-map code per request (no cache hit; worst case)`,
        versus: "cold",
        reported: true,
      },
    );
  }
  const rpsOf = {};
  for (const run of runs) {
    const shown = run.paths
      ? `/${run.what.startsWith("map") ? "m" : "r"}/<new code each request>`
      : new URL(run.url).pathname.replace(/^(\/m\/m1\.).*/, "$1…");
    process.stderr.write(`  load ${shown} for ${loadSeconds} s\n`);
    const { result, cpuPerRequest, distinct } = await load(run.url, pid, run.paths, {
      seconds: loadSeconds,
      connections: loadConnections,
    });
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
    rpsOf[run.what] = rps;
    const versus = run.versus && rpsOf[run.versus];
    rows.push(
      run.what === "ceiling"
        ? row(run.title, shown, measured, "", "ceiling")
        : run.reported
          ? row(
              run.title,
              shown,
              `${measured}; /r/ ${run.versus}: ${Math.round(versus)} req/s (${(versus / rps).toFixed(1)}× this)`,
              "reported, not judged: the largest allowed map against a typical result",
              failures === 0 ? "reported" : "FAIL",
            )
          : versus !== undefined
            ? row(
                run.title,
                shown,
                `${measured}; /r/ ${run.versus}: ${Math.round(versus)} req/s`,
                "≥ /r/ req/s (−5 %), p99 ≤ 500 ms, 0 errors",
                verdict(rps >= versus * 0.95 && p99 <= 500 && failures === 0),
              )
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
