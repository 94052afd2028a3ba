/** The Map Result JSON of a map (MAP.md §8): the model's rules, then the code and the Mermaid text. */
import { encodeMap } from "./code";
import { mapMermaid } from "./mermaid";
import { evaluateMapV1 } from "./model-1/rules";
import type { MapResult, ValidMap } from "./types";

export interface MapResultOptions {
  /** Leave `mermaid` empty (callers that never show it, such as the bench's rules-only row). */
  mermaid?: boolean;
}

/**
 * The Map Result JSON of a valid map (MAP.md §6–§8), under map model 1 with one-flow model 2 for
 * its scopes. Pure and deterministic; never throws for a map `validateMap` accepted.
 *
 * @example
 * const v = validateMap(json); if (v.ok) mapResult(v.map).style // → "hybrid"
 */
export function mapResult(map: ValidMap, options: MapResultOptions = {}): MapResult {
  const evaluated = evaluateMapV1(map);
  const withCode = { ...evaluated, code: encodeMap(map) };
  return { ...withCode, mermaid: options.mermaid === false ? "" : mapMermaid(withCode) };
}
