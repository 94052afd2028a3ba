/**
 * The 404 page for a map link whose code can't be read (damaged, cut, or made by a newer map
 * model), and the test proxy.ts uses to mark map pages cacheable. As for `/r/` links
 * (lib/result/damaged-page.ts), the proxy answers with complete HTML, since a Next page that calls
 * notFound() sends a shell that only JavaScript fills in.
 */
import { decodeMap } from "../map";
import { damagedPageHtml, type SharePath } from "../result/damaged-page";

const MAP_PAGE = /^\/(embed\/)?m\/([^/]*)\/?$/;

/** The code of a map page path (`/m/<code>`, `/embed/m/<code>`), %-escapes decoded. */
function readMapPath(pathname: string): { embed: boolean; code: string } | undefined {
  const match = MAP_PAGE.exec(pathname);
  if (!match) return undefined;
  let code: string;
  try {
    code = decodeURIComponent(match[2]!);
  } catch {
    code = match[2]!;
  }
  return { embed: match[1] !== undefined, code };
}

/**
 * What the proxy does with a request path, as classifySharePath does for result links: a map page
 * with a readable code ("ok", cacheable unless the path ends in "/"), a damaged one (its 404
 * page), or not a map page ("other"). Map codes have no repairs. One decode per call.
 *
 * @example
 * classifyMapPath("/m/m1.nope").kind // → "damaged"
 * classifyMapPath("/guides").kind // → "other"
 */
export function classifyMapPath(pathname: string): SharePath {
  const read = readMapPath(pathname);
  if (!read) return { kind: "other" };
  const decoded = decodeMap(read.code);
  if (decoded.ok) return { kind: "ok", cacheable: !pathname.endsWith("/") };
  return { kind: "damaged", page: (nonce) => mapPageHtml(read, decoded, nonce) };
}

/**
 * Whether a request path is a map page with a readable code: its HTML depends only on the URL,
 * the origin, the kind of client and the build, so the share-page cache may keep it.
 *
 * @example
 * isMapPage("/m/m1.nope") // → false (a damaged code)
 * isMapPage("/m/<a valid code>/og") // → false (an export, not the page)
 */
export function isMapPage(pathname: string): boolean {
  const read = readMapPath(pathname);
  return read !== undefined && !pathname.endsWith("/") && decodeMap(read.code).ok;
}

/**
 * For a map page path with an unreadable code, the 404 HTML to send (it names what is wrong:
 * damaged, too long, or from a newer map model); otherwise undefined.
 */
export function damagedMapPage(pathname: string, nonce: string): string | undefined {
  const read = readMapPath(pathname);
  if (!read) return undefined;
  const decoded = decodeMap(read.code);
  return decoded.ok ? undefined : mapPageHtml(read, decoded, nonce);
}

function mapPageHtml(
  read: { embed: boolean; code: string },
  decoded: Extract<ReturnType<typeof decodeMap>, { ok: false }>,
  nonce: string,
): string {
  return damagedPageHtml({
    nonce,
    embed: read.embed,
    code: read.code,
    kind: "map",
    error: decoded.error,
    message: decoded.message,
    advice:
      decoded.error === "unknown-version"
        ? "It may come from a newer version of Baton than this one."
        : "Part of the link may have been lost when it was copied: the code is damaged or from a newer version.",
  });
}
