/** Response headers shared by the result's deterministic exports (image, JSON, ADR). */

/**
 * Not `immutable`: a code's exports are rendered by the current release, whose wording, tool
 * catalogue and "the current model would say" note can change, so caches keep them a day and
 * revalidate (serving the old copy for up to a week meanwhile). The name is kept for the importers.
 */
export const IMMUTABLE = "public, max-age=86400, stale-while-revalidate=604800";

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
