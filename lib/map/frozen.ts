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
 * The stable part of a map result, through JSON (undefined fields drop out as when recorded):
 * tool facts (why, url) and each scope's `current` (what the newest one-flow model would say) are
 * removed, because they follow the catalogue and later models by design; the Mermaid text and the
 * code are recorded apart or not at all.
 *
 * @param result a Map Result JSON from `mapResult`
 * @returns the same result with `mermaid`, `code`, tool facts and `oneFlow.current` left out
 */
export function frozenMapResult(result: MapResult): FrozenMapResult {
  const stable: Partial<MapResult> = {
    ...result,
    scopes: result.scopes.map((s) => {
      const oneFlow: Partial<MapResult["scopes"][number]["oneFlow"]> = {
        ...s.oneFlow,
        tools: s.oneFlow.tools.map((t) => ({
          name: t.name,
          kind: t.kind,
          implementation: t.implementation,
        })) as MapResult["scopes"][number]["oneFlow"]["tools"],
      };
      delete oneFlow.current;
      return { ...s, oneFlow } as MapResult["scopes"][number];
    }),
  };
  delete stable.mermaid;
  delete stable.code;
  return JSON.parse(JSON.stringify(stable)) as FrozenMapResult;
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
