/**
 * Turns the untrusted code of a map URL into the map and its Map Result JSON, with this
 * deployment's organisation config applied to every scope's tools (as lib/result/load.ts does for
 * one flow), or into the reason the code can't be read. Total: it never throws.
 * Used by the map pages, their exports (SVG, image, ADR, JSON), the embed and oEmbed.
 */
import { cache } from "react";
import { decodeMap, type MapResult, type ValidMap } from "../map";
import type { AdrSettings } from "../adr/adr";
import { resolvedMapResult } from "../map/load";

export type MapForCode =
  | {
      ok: true;
      map: ValidMap;
      result: MapResult;
      organised: boolean;
      /** The organisation config's ADR settings (numbering, decision-makers), when it has them. */
      adr?: AdrSettings;
    }
  | { ok: false; error: string; message: string };

/**
 * The map and result for a map code (`m1.…`). A damaged, newer or over-limit code gives
 * `{ ok: false }` with the decoder's error id and message; nothing throws, even a rule bug (then
 * `error: "internal"`), so a page can always answer.
 *
 * @example
 * mapForCode("nope") // → { ok: false, error: "…", message: "…" }
 */
export function mapForCode(code: unknown): MapForCode {
  if (typeof code !== "string")
    return { ok: false, error: "empty", message: "The link has no map code." };
  const decoded = decodeMap(code);
  if (!decoded.ok) return { ok: false, error: decoded.error, message: decoded.message };
  try {
    return { ok: true, map: decoded.map, ...resolvedMapResult(decoded.map) };
  } catch {
    return {
      ok: false,
      error: "internal",
      message: "This map can't be scored by this version of Baton.",
    };
  }
}

/** The props Next passes a map page (`/m/<code>`, `/embed/m/<code>`) and its exports. */
export type MapRouteProps = { params: Promise<{ code: string }> };

/**
 * mapForCode, once per request and code: a page's metadata and its body ask for the same map, and
 * scoring a map (every scope's one-flow result included) is the costly part of rendering it.
 */
export const cachedMapForCode = cache(mapForCode);

/** The map a map page shows, from its route's code (%-escapes already decoded by Next). */
export async function mapForRoute({ params }: MapRouteProps): Promise<MapForCode> {
  const { code } = await params;
  return cachedMapForCode(code);
}
