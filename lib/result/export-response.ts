/** HTTP responses shared by the result's deterministic exports (image, JSON, ADR). */
import { DAMAGED_CODE, NO_STORE } from "../http/cache-control";

/** A 404 for a damaged share code: plain text naming what is wrong. Never cached for long. */
export function damagedCodeResponse(message: string): Response {
  return new Response(`${message}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": DAMAGED_CODE },
  });
}

/** A 400 for a bad query field: plain text whose message names the field. Never cached. */
export function badQueryResponse(message: string): Response {
  return new Response(`${message}\n`, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NO_STORE },
  });
}

/**
 * A `Content-Disposition` value naming the download after the share code: only `A–Z a–z 0–9 _ -`
 * of the code are kept, so the quoted filename needs no escaping.
 *
 * @example
 * attachment("1BCh4XOE9d", "-adr.md") // → 'attachment; filename="baton-1BCh4XOE9d-adr.md"'
 */
export function attachment(code: string, suffix: string): string {
  return namedAttachment(`baton-${code.replace(/[^A-Za-z0-9_-]/g, "")}${suffix}`);
}

/**
 * A Content-Disposition header for a download named `fileName`: only letters, digits, `.`, `_`
 * and `-` are kept, so the name is safe in the quoted header on every platform.
 *
 * @example
 * namedAttachment("order-flow-map.md") // → 'attachment; filename="order-flow-map.md"'
 */
export function namedAttachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "")}"`;
}

/** A 404 for a damaged share code, as JSON for scripts: `{ error, message }`. */
export function damagedCodeJson(error: string, message: string): Response {
  return Response.json(
    { error, message },
    { status: 404, headers: { "Cache-Control": DAMAGED_CODE } },
  );
}
