/**
 * The 404 page for a map link whose code can't be read (damaged, cut, or made by a newer map
 * model), and the test proxy.ts uses to mark map pages cacheable. As for `/r/` links
 * (lib/result/damaged-page.ts), the proxy answers with complete HTML, since a Next page that calls
 * notFound() sends a shell that only JavaScript fills in.
 */
import { decodeMap } from "../map";
import { damagedPageHtml, readSharePath, type SharePath } from "../result/damaged-page";

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
  const read = readSharePath(pathname, "m");
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
  const path = classifyMapPath(pathname);
  return path.kind === "ok" && path.cacheable;
}

/**
 * For a map page path with an unreadable code, the 404 HTML to send (it names what is wrong:
 * damaged, too long, or from a newer map model); otherwise undefined.
 */
export function damagedMapPage(pathname: string, nonce: string): string | undefined {
  const path = classifyMapPath(pathname);
  return path.kind === "damaged" ? path.page(nonce) : undefined;
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
