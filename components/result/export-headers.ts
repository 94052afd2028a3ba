/** Response headers shared by the result's deterministic exports (image, JSON, ADR). */

/** A code and flow name always give the same bytes, so caches may keep them for good. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** A 404 for a damaged share code: plain text naming what is wrong. Never cached for long. */
export function damagedCodeResponse(message: string): Response {
  return new Response(`${message}\n`, {
    status: 404,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}

/** An attachment filename built only from the share code (safe characters by construction). */
export function attachment(code: string, suffix: string): string {
  return `attachment; filename="baton-${code.replace(/[^A-Za-z0-9_-]/g, "")}${suffix}"`;
}

/** A 404 for a damaged share code, as JSON for scripts: `{ error, message }`. */
export function damagedCodeJson(error: string, message: string): Response {
  return Response.json(
    { error, message },
    { status: 404, headers: { "Cache-Control": "public, max-age=300" } },
  );
}
