/**
 * The one place a map result gets this deployment's organisation config, as lib/result/load.ts
 * is for one-flow results: the paved road applied to every scope's tools, once. The map pages
 * (lib/map-view/load.ts), the API and the exports all take their result from here. Not pure: it
 * reads the organisation config loaded at start-up.
 */
import type { AdrSettings } from "../adr/adr";
import { organisationConfig } from "../organisation/server";
import { mapWithOrganisation } from "./organisation";
import { mapResult } from "./result";
import type { MapResult, ValidMap } from "./types";

/**
 * The Map Result JSON of a valid map, with the organisation's paved road on its scopes' tools;
 * `organised` says whether a config applied (its exports are then kept an hour at most), and
 * `adr` is that config's ADR settings (numbering, decision-makers), when it has them.
 *
 * @example
 * resolvedMapResult(validMap).result.scopes[0]?.oneFlow.tools // → the scope's tools, paved road first
 */
export function resolvedMapResult(map: ValidMap): {
  result: MapResult;
  organised: boolean;
  adr?: AdrSettings;
} {
  return {
    result: mapWithOrganisation(mapResult(map), organisationConfig),
    organised: organisationConfig !== undefined,
    ...(organisationConfig?.adr ? { adr: organisationConfig.adr } : {}),
  };
}
