/**
 * The one door from a request to a map result, as lib/result/load.ts is for one-flow results:
 * a map code or a valid map becomes its Map Result JSON with this deployment's organisation
 * config applied to the scopes' tools, once. Total: never throws. Not pure: it reads the
 * organisation config loaded at start-up.
 */
import { cache } from "react";
import { organisationConfig } from "../organisation/server";
import { decodeMap, type MapDecodeError } from "./code";
import { mapWithOrganisation } from "./organisation";
import { mapResult } from "./result";
import type { MapResult, ValidMap } from "./types";

export type MapResultForCode =
  | { ok: true; map: ValidMap; result: MapResult }
  | { ok: false; error: MapDecodeError; message: string };

/**
 * The Map Result JSON of a valid map, with the organisation's paved road on its scopes' tools.
 *
 * @example
 * resolvedMapResult(validMap).scopes[0]?.oneFlow.tools // → the scope's tools, paved road first
 */
export function resolvedMapResult(map: ValidMap): MapResult {
  return mapWithOrganisation(mapResult(map), organisationConfig);
}

/**
 * The resolved map result of a map code (`m1.…`), or why it can't be read.
 *
 * @example
 * mapResultForCode("nope").ok // → false
 */
export function mapResultForCode(code: unknown): MapResultForCode {
  const decoded = decodeMap(code);
  if (!decoded.ok) return { ok: false, error: decoded.error, message: decoded.message };
  return { ok: true, map: decoded.map, result: resolvedMapResult(decoded.map) };
}

/** `mapResultForCode`, once per request (React `cache`, keyed by the code). */
export const cachedMapResultForCode = cache((code: string) => mapResultForCode(code));
