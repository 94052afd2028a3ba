import type { MapResult, ValidMap } from "./types";

export interface MapResultOptions {
  /** Skip the Mermaid text (the bench and the rules' property tests don't need it). */
  mermaid?: boolean;
}

/** The Map Result JSON of a valid map (MAP.md §6–§8), map model 1. */
export function mapResult(map: ValidMap, options: MapResultOptions = {}): MapResult {
  throw new Error(`not implemented yet ${map.handoffs.length} ${String(options.mermaid)}`);
}
