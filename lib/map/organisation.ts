/**
 * The organisation config applied to a map's tools (issue 22 item 7): each scope's one-flow tools
 * get the paved road and exclusions exactly as a one-flow result's do (lib/organisation). Pure;
 * without a config the result comes back untouched (the same object).
 */
import type { OrganisationConfig } from "../organisation/schema";
import { applyPavedRoad } from "../organisation/tools";
import type { MapResult } from "./types";

/**
 * The map result with the organisation's paved road applied to every scope's tools.
 *
 * @example
 * mapWithOrganisation(result, undefined) === result // → true
 */
export function mapWithOrganisation(
  result: MapResult,
  config: OrganisationConfig | undefined,
): MapResult {
  if (!config) return result;
  return {
    ...result,
    scopes: result.scopes.map((s) => ({
      ...s,
      oneFlow: { ...s.oneFlow, tools: applyPavedRoad(s.oneFlow.tools, [s.form], config) },
    })),
  };
}
