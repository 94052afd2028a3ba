/**
 * Flow map URLs for oEmbed. Apart from lib/embed/index.ts, which client components import (the
 * iframe height messages): reading a map URL decodes its map code, and the decoder must not ride
 * into the questionnaire's bundle.
 */
import { decodeMap } from "../map/code";

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
  if (raw.length > 2048) return { ok: false, message: "url: longer than 2048 characters." };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: "url: not an absolute URL." };
  }
  if (url.origin !== origin) return { ok: false, message: `url: not a page of ${origin}.` };
  const match = /^\/(?:embed\/)?m\/([^/]+)\/?$/.exec(url.pathname);
  if (!match) return { ok: false, message: "url: not a Baton flow map page (/m/<code>)." };
  let code: string;
  try {
    code = decodeURIComponent(match[1]!);
  } catch {
    return { ok: false, message: "url: the map code has a malformed %-escape." };
  }
  const decoded = decodeMap(code);
  if (!decoded.ok) return { ok: false, message: `url: ${decoded.message}` };
  return { ok: true, code };
}
