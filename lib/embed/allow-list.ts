/**
 * Whether a page's origin may frame Baton's embed routes: the `frame-ancestors` check a browser
 * makes, done on the server so that public/embed.js can tell a wiki admin why a frame stays empty
 * instead of waiting for it to time out. Pure: the caller passes the allow-list and Baton's origin.
 *
 * Matching follows CSP Level 3 §6.7.2.8 ("Does url match expression in origin with redirect
 * count?") for the source forms parseEmbedOrigins keeps: `'self'`, `*`, and
 * `scheme://host[:port]` with an optional leading `*.` on the host.
 */

const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443" };

function portOf(url: URL): string {
  return url.port || DEFAULT_PORTS[url.protocol] || "";
}

/** One host-source against one origin; `self` is Baton's own origin for `'self'`. */
function matches(source: string, origin: URL, self: URL | null): boolean {
  if (source === "*") return origin.protocol === "http:" || origin.protocol === "https:";
  if (source === "'self'") {
    if (!self) return false;
    // 'self' also admits the secure upgrade of Baton's own origin (CSP3 §6.7.2.8 step 4.2).
    if (origin.host === self.host && origin.protocol === self.protocol) return true;
    return (
      self.protocol === "http:" && origin.protocol === "https:" && origin.hostname === self.hostname
    );
  }
  const match = /^(https?):\/\/(\*\.)?([^:/]+)(?::(\d{1,5}))?$/i.exec(source);
  if (!match) return false;
  const [, scheme, wildcard, host, port] = match;
  const schemeOk =
    origin.protocol === `${scheme!.toLowerCase()}:` ||
    (scheme!.toLowerCase() === "http" && origin.protocol === "https:");
  if (!schemeOk) return false;
  const hostname = origin.hostname.toLowerCase();
  const wanted = host!.toLowerCase();
  // "*.example.com" admits any subdomain of example.com, not example.com itself.
  const hostOk = wildcard ? hostname.endsWith(`.${wanted}`) : hostname === wanted;
  if (!hostOk) return false;
  if (port === undefined) {
    // No port: the default port of the origin's scheme (443 for an http source upgraded).
    return portOf(origin) === DEFAULT_PORTS[origin.protocol];
  }
  return portOf(origin) === port;
}

/**
 * Whether `origin` (a page's `scheme://host[:port]`) may frame the embed under `allowList` (CSP
 * source expressions as parseEmbedOrigins returns them). `self` is Baton's own public origin, for
 * `'self'`. An origin that does not parse, or the opaque origin `"null"`, is never allowed.
 *
 * @example
 * isOriginAllowed("https://acme.atlassian.net", ["https://*.atlassian.net"], "https://baton.example") // → true
 * isOriginAllowed("https://atlassian.net", ["https://*.atlassian.net"], "https://baton.example") // → false
 */
export function isOriginAllowed(
  origin: string,
  allowList: readonly string[],
  self: string,
): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // Only a bare origin: no path, query, fragment or credentials; never the opaque "null".
  if (url.origin === "null" || `${url.origin}/` !== url.href) return false;
  let selfUrl: URL | null = null;
  try {
    selfUrl = new URL(self);
  } catch {
    selfUrl = null;
  }
  return allowList.some((source) => matches(source, url, selfUrl));
}

/** What GET /api/embed-origin answers: each origin asked about, and whether it may frame Baton. */
export interface EmbedOriginCheck {
  /** The origins asked about, in the order given: the page's, then its ancestors'. */
  origins: { origin: string; allowed: boolean }[];
  /** Whether every origin asked about may frame Baton. */
  allowed: boolean;
  /** The absolute URL of /embed-help, where an admin reads how to add an origin. */
  help: string;
}

/**
 * Checks a page's origin and its ancestors' (a macro's iframe inside a wiki page: the browser
 * checks `frame-ancestors` against every frame above Baton). At most 8 origins are checked.
 *
 * @example
 * checkEmbedOrigins(["https://wiki.example.com"], ["'self'"], "https://baton.example").allowed // → false
 */
export function checkEmbedOrigins(
  origins: readonly string[],
  allowList: readonly string[],
  self: string,
): EmbedOriginCheck {
  const checked = origins
    .slice(0, 8)
    .map((origin) => ({ origin, allowed: isOriginAllowed(origin, allowList, self) }));
  return {
    origins: checked,
    allowed: checked.length > 0 && checked.every((o) => o.allowed),
    help: new URL("/embed-help", self).toString(),
  };
}
