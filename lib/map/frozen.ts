/**
 * What a frozen map model's golden records of one map (test support for `lib/map/frozen.test.ts`
 * and `scripts/record-map-golden.ts`; not exported from `lib/map/index.ts`).
 */
import { mapResult } from "./result";
import type { MapJson, MapResult } from "./types";
import { validateMap } from "./validate";

/** The recorded form of a map result: everything the map rules decide, nothing that may move. */
export type FrozenMapResult = Omit<MapResult, "mermaid" | "code">;

/** One recorded case: the map as given, its code, and what the rules made of it. */
export interface FrozenMapCase {
  map: MapJson;
  code: string;
  result: FrozenMapResult;
}

/**
 * A map result without what may rightly change after it was recorded: each scope's
 * `oneFlow.current` (present when a newer one-flow model says something else) and the one-flow
 * tool catalogue's facts (a tool may be reworded or its link moved), so tools are kept by name,
 * kind and form. Through JSON, so undefined fields drop out as when recorded. What the pinned
 * codes (`lib/map/code.test.ts`, `scripts/record-map-codes.ts`) and the frozen golden compare.
 *
 * @param result a Map Result JSON, or one read back from a fixture
 * @returns a deep copy without those fields
 */
export function stableMapResult<T extends Pick<MapResult, "scopes">>(result: T): T {
  const copy = JSON.parse(JSON.stringify(result)) as T;
  for (const s of copy.scopes) {
    const oneFlow: Partial<MapResult["scopes"][number]["oneFlow"]> = s.oneFlow;
    delete oneFlow.current;
    s.oneFlow.tools = s.oneFlow.tools.map((t) => ({
      name: t.name,
      kind: t.kind,
      implementation: t.implementation,
    })) as MapResult["scopes"][number]["oneFlow"]["tools"];
  }
  return JSON.parse(JSON.stringify(copy)) as T;
}

/**
 * The recorded form of a map result for the frozen golden: `stableMapResult` without the Mermaid
 * text (drawn from the result, pinned by its own tests) and the code (recorded beside it).
 *
 * @param result a Map Result JSON from `mapResult`
 */
export function frozenMapResult(result: MapResult): FrozenMapResult {
  const stable: Partial<MapResult> = stableMapResult(result);
  delete stable.mermaid;
  delete stable.code;
  return stable as FrozenMapResult;
}

/**
 * Records one map for the golden.
 *
 * @param map a Map JSON that `validateMap` accepts (the property arbitraries give only those)
 * @throws Error when the map is not valid, naming the first bad field
 */
export function frozenMapCase(map: MapJson): FrozenMapCase {
  const valid = validateMap(map);
  if (!valid.ok) throw new Error(`not a valid map: ${valid.errors[0]?.field ?? "?"}`);
  const result = mapResult(valid.map, { mermaid: false });
  return { map, code: result.code, result: frozenMapResult(result) };
}
