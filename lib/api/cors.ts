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

/**
 * Headers for a preflight. Every origin may GET; an allowed origin may also POST JSON.
 *
 * @example
 * preflightHeaders("https://evil.example", [])["Access-Control-Allow-Methods"] // → "GET, OPTIONS"
 */
export function preflightHeaders(
  origin: string | null,
  allowed: readonly string[],
): Record<string, string> {
  const common = { "Access-Control-Max-Age": "86400", Vary: "Origin" };
  if (mayPost(origin, allowed)) {
    return {
      ...common,
      "Access-Control-Allow-Origin": origin!,
      "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
      "Access-Control-Allow-Headers": "Content-Type",
    };
  }
  return {
    ...common,
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, OPTIONS",
  };
}
