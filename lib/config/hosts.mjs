// Which `Host` headers the server believes, shared by the app (lib/config/origin.ts, for absolute
// URLs when BATON_PUBLIC_ORIGIN is unset) and the share-page cache (scripts/lib/page-cache.mjs,
// for its key). Plain JavaScript so the cache, which Node runs without a compiler, can import it.
//
// BATON_ALLOWED_HOSTS is a space-separated list of `host` or `host:port` entries (a bare host
// allows any port). Unset or blank: the loopback names only (localhost, 127.0.0.1, [::1]), so a
// server reached under any other name must be told its public origin or its names. A request
// with another Host is still answered; its absolute URLs just don't echo that Host, and the cache
// neither stores nor serves its pages.

/** The hosts believed when BATON_ALLOWED_HOSTS is unset: this machine's loopback names. */
export const DEFAULT_ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * Parses BATON_ALLOWED_HOSTS into lower-case `host[:port]` entries; entries that are not a host
 * name, an IPv4 address or a bracketed IPv6 address (with an optional port) are dropped.
 *
 * @param {string | undefined} raw
 * @returns {string[]}
 * @example
 * parseAllowedHosts("Baton.example.com  localhost:3000 http://x") // → ["baton.example.com", "localhost:3000"]
 */
export function parseAllowedHosts(raw) {
  if (raw === undefined || raw.trim() === "") return DEFAULT_ALLOWED_HOSTS;
  return raw
    .split(/\s+/)
    .map((entry) => entry.toLowerCase())
    .filter((entry) => HOST.test(entry));
}

/**
 * Whether a request's Host header is on the list: equal to an entry, or to an entry without a
 * port plus any port. Case-insensitive; anything that is not a plain host[:port] is refused.
 *
 * @param {string | undefined | null} host the Host header
 * @param {readonly string[]} allowed from parseAllowedHosts
 * @returns {boolean}
 * @example
 * isAllowedHost("localhost:3400", ["localhost"]) // → true
 * isAllowedHost("evil.example", ["localhost"]) // → false
 */
export function isAllowedHost(host, allowed) {
  if (typeof host !== "string") return false;
  const wanted = host.toLowerCase();
  if (!HOST.test(wanted)) return false;
  const bare = wanted.replace(/:\d{1,5}$/, "");
  return allowed.some((entry) => entry === wanted || entry === bare);
}

/**
 * The origin a request's Host and X-Forwarded-Proto give, when the Host is allowed; otherwise
 * `http://localhost:3000`. For absolute URLs when BATON_PUBLIC_ORIGIN is unset.
 *
 * @param {string | null | undefined} host the Host header
 * @param {string | null | undefined} forwardedProto X-Forwarded-Proto ("https" counts, first value)
 * @param {readonly string[]} allowed from parseAllowedHosts
 * @returns {string}
 * @example
 * originFromHost("localhost:3400", null, ["localhost"]) // → "http://localhost:3400"
 * originFromHost("evil.example", "https", ["localhost"]) // → "http://localhost:3000"
 */
export function originFromHost(host, forwardedProto, allowed) {
  if (!host || !isAllowedHost(host, allowed)) return "http://localhost:3000";
  const proto = forwardedProto?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host.toLowerCase()}`;
}
