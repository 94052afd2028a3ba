import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  DICTIONARIES,
  vendoredDagre,
  withDictionaries,
} from "../../../../scripts/lib/dagre-dictionaries.mjs";
import { loadMapScenarios } from "../../calibration";
import fixtures from "../../fixtures/map-1-codes.json";
import { decodeMap, mapResult, validateMap, type ValidMap } from "../../index";
import { largestMap } from "../../../map-view/largest-map";

/** Every map the tests know: the calibration maps, the largest allowed map, the pinned codes. */
function allMaps(): [string, ValidMap][] {
  const maps: [string, ValidMap][] = [];
  for (const s of loadMapScenarios()) {
    const checked = validateMap(s.input);
    if (checked.ok) maps.push([s.file, checked.map]);
  }
  const largest = validateMap(largestMap());
  if (largest.ok) maps.push(["largest-map.ts", largest.map]);
  for (const f of fixtures) {
    const decoded = decodeMap(f.code);
    if (decoded.ok) maps.push([`pinned ${f.name}`, decoded.map]);
  }
  return maps;
}

/** Each map's diagram and thumbnail, drawn by lib/map/svg.ts as the module graph now stands. */
async function drawAll(maps: [string, ValidMap][]): Promise<string[]> {
  const { mapSvg } = await import("../../svg");
  return maps.map(([, map]) => {
    const result = mapResult(map);
    return mapSvg(result) + mapSvg(result, { thumbnail: true });
  });
}

describe("the vendored dagre", () => {
  it("is what scripts/vendor-dagre.mjs writes from the installed @dagrejs/dagre", () => {
    const file = readFileSync(join(import.meta.dirname, "dagre.mjs"), "utf8");
    expect(file === vendoredDagre(), "run `node scripts/vendor-dagre.mjs`").toBe(true);
  });

  it("replaces lookup tables and leaves labels, options and namespaces alone", () => {
    const { text, count } = withDictionaries(
      "var ie={};function W(e,n){let t={},r=n.reduce((o,i)=>o,{});e.setNode(r,{});return Object.assign({},t)}function Oe(e,n={}){return{}}",
    );
    expect(count).toBe(2);
    expect(text).toBe(
      "var ie={};function W(e,n){let t=Object.create(null),r=n.reduce((o,i)=>o,Object.create(null));e.setNode(r,{});return Object.assign({},t)}function Oe(e,n={}){return{}}",
    );
    expect(DICTIONARIES).toBeGreaterThan(0);
  });

  it("draws every known map exactly as @dagrejs/dagre does", async () => {
    const maps = allMaps();
    expect(maps.length).toBeGreaterThan(20);
    const vendored = await drawAll(maps);
    vi.resetModules();
    vi.doMock("./dagre.mjs", () => import("@dagrejs/dagre"));
    try {
      const original = await drawAll(maps);
      maps.forEach(([name], i) => expect(vendored[i] === original[i], name).toBe(true));
    } finally {
      vi.doUnmock("./dagre.mjs");
      vi.resetModules();
    }
  });
});
