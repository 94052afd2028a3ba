// The routes the benchmark, the budget check and the soak measure, and how initial JavaScript is counted.
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tsImport } from "tsx/esm/api";

/**
 * The calibration scenario "checkout-core-and-side-effects", as pinned in the share-code fixtures:
 * a hybrid verdict with gates, hybrid advice and flips, so the result page renders every section.
 */
export const SAMPLE_ANSWERS = JSON.parse(
  readFileSync(new URL("../../lib/share/fixtures/model-1-codes.json", import.meta.url), "utf8"),
).codes.find((c) => c.name === "checkout-core-and-side-effects").answers;

/** The project's pure modules, loaded through tsx so these plain-JS scripts can call them. */
export async function loadCore() {
  const [share, scoring] = await Promise.all([
    tsImport("../../lib/share/index.ts", import.meta.url),
    tsImport("../../lib/scoring/index.ts", import.meta.url),
  ]);
  return {
    encode: share.encode,
    recommend: scoring.recommend,
    questions: scoring.QUESTIONS,
    unsure: scoring.UNSURE,
  };
}

/**
 * `count` different share codes of random answer sets (each question unanswered, unsure or one of
 * its options), from a fixed seed so every run asks for the same pages. For loads that must miss
 * every cache: each request renders a page the server has not seen.
 */
export async function distinctCodes(count, seed = 1) {
  const { encode, questions, unsure } = await loadCore();
  let state = seed >>> 0;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const codes = new Set();
  for (let tries = 0; codes.size < count && tries < count * 10; tries++) {
    const answers = {};
    for (const question of questions) {
      const choices = [undefined, unsure, ...question.options.map((o) => o.id)];
      const choice = choices[Math.floor(random() * choices.length)];
      if (choice !== undefined) answers[question.id] = choice;
    }
    codes.add(encode(answers));
  }
  return [...codes];
}

/** The share code of SAMPLE_ANSWERS. */
export async function sampleCode() {
  const { encode } = await loadCore();
  return encode(SAMPLE_ANSWERS);
}

const KIB = 1024;

/**
 * Pages with an initial-JavaScript budget (docs/contracts.md, "Budgets"). `{code}` stands for the sample share code.
 * `seo: false` marks noindex pages, which are exempt from Lighthouse's SEO score.
 */
export const BUDGETED_PAGES = [
  { name: "landing", path: "/", budgetBytes: 145 * KIB, seo: true },
  { name: "article", path: "/guides/what-is-orchestration", budgetBytes: 145 * KIB, seo: true },
  { name: "questionnaire", path: "/advisor", budgetBytes: 185 * KIB, seo: true },
  { name: "result", path: "/r/{code}", budgetBytes: 185 * KIB, seo: false },
  { name: "embed", path: "/embed", budgetBytes: 185 * KIB, seo: false },
  // The flow map editor: the questionnaire's budget (MAP.md §10).
  { name: "map editor", path: "/map", budgetBytes: 185 * KIB, seo: true },
];

/** lib/map and the largest map, loaded once. */
let mapModules;

/**
 * The map code of the largest allowed flow map (lib/map-view/largest-map.ts): the map page the
 * benchmark loads beside the result page, and the map whose diagram it times.
 */
export async function sampleMapCode(name) {
  mapModules ??= Promise.all([
    tsImport("../../lib/map/index.ts", import.meta.url),
    tsImport("../../lib/map-view/largest-map.ts", import.meta.url),
  ]);
  const [map, largest] = await mapModules;
  const checked = map.validateMap(largest.largestMap(name));
  if (!checked.ok)
    throw new Error(`largest map: ${checked.errors[0].field}: ${checked.errors[0].message}`);
  return map.encodeMap(checked.map);
}

/**
 * `count` map codes of the calibration maps (lib/map/scenarios/*.json, the maps teams described),
 * taken in turn, each renamed "<name> <n>" so that every code is different: the cold map run of a
 * typical map, as the cold result run uses typical (random) answer sets rather than the worst case.
 */
export async function calibrationMapCodes(count) {
  mapModules ??= Promise.all([
    tsImport("../../lib/map/index.ts", import.meta.url),
    tsImport("../../lib/map-view/largest-map.ts", import.meta.url),
  ]);
  const [map] = await mapModules;
  const folder = new URL("../../lib/map/scenarios/", import.meta.url);
  const inputs = readdirSync(folder)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, folder), "utf8")).input);
  const codes = [];
  for (let i = 0; i < count; i++) {
    const input = inputs[i % inputs.length];
    const checked = map.validateMap({ ...input, name: `${input.name ?? "Map"} ${i + 1}` });
    if (!checked.ok)
      throw new Error(`calibration map: ${checked.errors[0].field}: ${checked.errors[0].message}`);
    codes.push(map.encodeMap(checked.map));
  }
  return codes;
}

export function withCode(path, code) {
  return path.replaceAll("{code}", code);
}

/**
 * The scripts a modern browser loads from the page's own `<script src>` tags: module and classic
 * scripts, but not `nomodule` fallbacks, which only legacy browsers fetch. Inline scripts (the RSC
 * payload) are part of the HTML, not of the JavaScript budget.
 */
export function initialScriptUrls(html, pageUrl) {
  const urls = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/\snomodule\b/i.test(tag)) continue;
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (!value) continue;
    const url = new URL(value.replaceAll("&amp;", "&"), pageUrl).href;
    if (!urls.includes(url)) urls.push(url);
  }
  return urls;
}

/** gzip at zlib's default level, which is what `next start` (and most proxies) send. */
export function gzipSize(bytes) {
  return gzipSync(bytes).length;
}

/**
 * Fetches a page and every script its HTML loads; returns the status, each script's raw and gzip
 * size, and the gzip total. Sizes are deterministic for a given build.
 */
export async function measureInitialJs(origin, path) {
  const pageUrl = new URL(path, origin).href;
  const response = await fetch(pageUrl, { redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) return { status: response.status, scripts: [], gzipBytes: 0 };
  const scripts = [];
  for (const url of initialScriptUrls(html, pageUrl)) {
    if (new URL(url).origin !== new URL(origin).origin) {
      throw new Error(`${path} loads a script from another origin: ${url}`);
    }
    const script = await fetch(url);
    if (!script.ok) throw new Error(`${path}: ${url} answered ${script.status}`);
    const bytes = Buffer.from(await script.arrayBuffer());
    scripts.push({ url, bytes: bytes.length, gzipBytes: gzipSize(bytes) });
  }
  const gzipBytes = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  return { status: response.status, scripts, gzipBytes };
}

export function kib(bytes) {
  return `${(bytes / KIB).toFixed(1)} KiB`;
}
