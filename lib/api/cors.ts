/**
 * CORS for the recommendation API.
 * - GET is open to every origin: a share code's result is public and deterministic.
 * - POST is same-origin, unless BATON_API_CORS_ORIGINS (space-separated origins, or *) allows
 *   more. It is read when the server starts, like the other BATON_* settings.
 * The API holds no state and sets no cookie, so these headers only decide which other sites'
 * browser scripts may read the answer; clients outside a browser are unaffected.
 */

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

/**
 * Parses BATON_API_CORS_ORIGINS. Entries that are not an origin (scheme://host[:port]) or * are
 * dropped; a trailing slash is forgiven.
 *
 * @example
 * parseCorsOrigins("https://wiki.example.com/ nonsense http://localhost:8080") // → ["https://wiki.example.com", "http://localhost:8080"]
 */
export function parseCorsOrigins(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(/\s+/)
    .map((entry) => entry.replace(/\/+$/, ""))
    .filter((entry) => entry === "*" || ORIGIN.test(entry))
    .map((entry) => (entry === "*" ? entry : entry.toLowerCase()));
}

export const apiCorsOrigins = parseCorsOrigins(process.env.BATON_API_CORS_ORIGINS);

/** Whether a browser on `origin` may POST (and read the answer) under this allow-list. */
export function mayPost(origin: string | null, allowed: readonly string[]): boolean {
  if (!origin) return false;
  return allowed.includes("*") || allowed.includes(origin.toLowerCase());
}

/** Headers for GET answers: any origin may read them. */
export function getCorsHeaders(): Record<string, string> {
  return { "Access-Control-Allow-Origin": "*" };
}

/** Headers for POST answers: the caller's origin when it is allowed, nothing otherwise. */
export function postCorsHeaders(
  origin: string | null,
  allowed: readonly string[],
): Record<string, string> {
  if (!mayPost(origin, allowed)) return { Vary: "Origin" };
  return { "Access-Control-Allow-Origin": origin!, Vary: "Origin" };
}

/** An HTTP token (RFC 9110 §5.6.2), the syntax of a header name. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * The header names a preflight may allow: those the browser lists in
 * Access-Control-Request-Headers (a comma-separated list of names, Fetch standard §3.2.5), when
 * every one is a valid header name, lower-cased; otherwise "content-type". Allowing what is asked
 * is safe here: the API reads no header but Content-Type, keeps no state and sets no cookie.
 *
 * @example
 * allowedRequestHeaders("content-type,x-request-id") // → "content-type, x-request-id"
 * allowedRequestHeaders(null) // → "content-type"
 */
export function allowedRequestHeaders(requested: string | null): string {
  const names = (requested ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0 || !names.every((name) => TOKEN.test(name))) return "content-type";
  return [...new Set(names)].join(", ");
}

/**
 * Headers for a preflight (the 204 answer to OPTIONS). Every origin may GET, with any request
 * header (a GET that sends `Content-Type: application/json` needs a preflight that allows it); an
 * origin on the allow-list may also POST JSON. `requestedHeaders` is the request's
 * Access-Control-Request-Headers.
 *
 * @example
 * preflightHeaders("https://evil.example", [])["Access-Control-Allow-Methods"] // → "GET, OPTIONS"
 * preflightHeaders("https://evil.example", [], "content-type")["Access-Control-Allow-Headers"] // → "content-type"
 */
export function preflightHeaders(
  origin: string | null,
  allowed: readonly string[],
  requestedHeaders: string | null = null,
): Record<string, string> {
  const common = {
    "Access-Control-Max-Age": "86400",
    "Access-Control-Allow-Headers": allowedRequestHeaders(requestedHeaders),
    Vary: "Origin, Access-Control-Request-Headers",
  };
  if (mayPost(origin, allowed)) {
    return {
      ...common,
      "Access-Control-Allow-Origin": origin!,
      "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    };
  }
  return {
    ...common,
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, OPTIONS",
  };
}

/**
 * The answer to a preflight for a read-only endpoint open to every origin (oEmbed): 204 with
 * `Access-Control-Allow-Origin: *`, GET and OPTIONS, and the request headers asked for.
 */
export function openPreflight(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, OPTIONS",
      "Access-Control-Allow-Headers": allowedRequestHeaders(
        request.headers.get("access-control-request-headers"),
      ),
      "Access-Control-Max-Age": "86400",
      Vary: "Access-Control-Request-Headers",
      Allow: "GET, OPTIONS",
    },
  });
}

/**
 * The answer to a preflight for an API endpoint: 204 with `preflightHeaders` for the requesting
 * origin (POST only for the origins BATON_API_CORS_ORIGINS lists) and `Allow`.
 *
 * @example
 * apiPreflight(request, "GET, POST, OPTIONS").status // → 204
 */
export function apiPreflight(request: Request, allow: string): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...preflightHeaders(
        request.headers.get("origin"),
        apiCorsOrigins,
        request.headers.get("access-control-request-headers"),
      ),
      Allow: allow,
    },
  });
}
