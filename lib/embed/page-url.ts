/**
 * The one reader of this site's page URLs (result pages and flow map pages) for oEmbed. It reads
 * the URL and the code's place in it and decodes no code: the callers do, each with its own
 * decoder, so the map decoder stays out of what imports lib/embed/index.ts, and the reverse.
 */

/** Which page a URL must be, and what to say when it isn't. */
export interface SitePage {
  /** The path segment before the code: `r` (`/r/<code>`) or `m` (`/m/<code>`). */
  segment: "r" | "m";
  /** The message when the path is not such a page. */
  notThisPage: string;
  /** The message when the code's %-escapes are not UTF-8 (e.g. %ED%A0%80, a lone surrogate's bytes). */
  malformedEscape: string;
}

/** `/r/<code>`, `/m/<code>`, or either under `/embed`, with a trailing "/" or none. */
const SITE_PAGE_PATH = /^\/(?:embed\/)?([rm])\/([^/]+)\/?$/;

export type SitePageUrl = { ok: true; code: string; url: URL } | { ok: false; message: string };

/**
 * Reads `raw` as a page of this site: at most 2048 characters, an absolute URL on `origin`, the
 * path `/<segment>/<code>` or `/embed/<segment>/<code>` (a trailing "/" allowed). Gives the code
 * %-decoded and the parsed URL (for its query); messages start with "url: ".
 *
 * @example
 * readSitePageUrl("https://b.example/embed/m/m1.AbC", "https://b.example", { segment: "m", notThisPage: "…", malformedEscape: "…" })
 * // → { ok: true, code: "m1.AbC", url: URL }
 */
export function readSitePageUrl(raw: string, origin: string, page: SitePage): SitePageUrl {
  if (raw.length > 2048) return { ok: false, message: "url: longer than 2048 characters." };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: "url: not an absolute URL." };
  }
  if (url.origin !== origin) return { ok: false, message: `url: not a page of ${origin}.` };
  const match = SITE_PAGE_PATH.exec(url.pathname);
  if (!match || match[1] !== page.segment) return { ok: false, message: page.notThisPage };
  try {
    return { ok: true, code: decodeURIComponent(match[2]!), url };
  } catch {
    return { ok: false, message: page.malformedEscape };
  }
}
