/**
 * Re-records the pinned results of lib/map/fixtures/map-1-codes.json: each fixture keeps its name
 * and code, and its `result` becomes what map model 1 gives for that code today, when what the
 * test pins (lib/map/code.test.ts `pinned`: all but a scope's `oneFlow.current` and tool facts)
 * differs; other fixtures are left byte for byte. For a rule change
 * of map model 1 before it is frozen (issue 22); the commit must name each fixture that moved and
 * why. Never run it to make a test pass after the freeze.
 *
 *   npx tsx scripts/record-map-codes.ts
 *
 * Writes the file in place, with the layout it has (one-space indent, trailing newline).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeMap, mapResult, type MapResult } from "@/lib/map";
import { stableMapResult } from "@/lib/map/frozen";

const FILE = join(process.cwd(), "lib", "map", "fixtures", "map-1-codes.json");

const fixtures = JSON.parse(readFileSync(FILE, "utf8")) as {
  name: string;
  code: string;
  result: unknown;
}[];
const moved: string[] = [];
const next = fixtures.map((f) => {
  const decoded = decodeMap(f.code);
  if (!decoded.ok) throw new Error(`${f.name}: the pinned code no longer decodes`);
  const result = mapResult(decoded.map);
  if (
    JSON.stringify(stableMapResult(result)) ===
    JSON.stringify(stableMapResult(f.result as MapResult))
  )
    return f;
  moved.push(f.name);
  return { name: f.name, code: f.code, result };
});
writeFileSync(FILE, JSON.stringify(next, null, 1) + "\n");
process.stderr.write(`moved: ${moved.length ? moved.join(", ") : "none"}\n`);
