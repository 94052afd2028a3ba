/**
 * Flow map URLs for oEmbed. Apart from lib/embed/index.ts, which client components import (the
 * iframe height messages): reading a map URL decodes its map code, and the decoder must not ride
 * into the questionnaire's bundle.
 */
import { decodeMap } from "../map/code";
import { readSitePageUrl } from "./page-url";

/**
 * Reads a flow map URL of this site (`/m/<code>` or `/embed/m/<code>`).
 *
 * @example
 * parseMapUrl("https://baton.example.com/m/m1.AbC", "https://baton.example.com")
 * // → { ok: true, code: "m1.AbC" } when the code decodes
 */
export function parseMapUrl(
  raw: string,
  origin: string,
): { ok: true; code: string } | { ok: false; message: string } {
  const read = readSitePageUrl(raw, origin, {
    segment: "m",
    notThisPage: "url: not a Baton flow map page (/m/<code>).",
    malformedEscape: "url: the map code has a malformed %-escape.",
  });
  if (!read.ok) return read;
  const decoded = decodeMap(read.code);
  if (!decoded.ok) return { ok: false, message: `url: ${decoded.message}` };
  return { ok: true, code: read.code };
}
