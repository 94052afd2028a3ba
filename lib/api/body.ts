import { errorJson, type ErrorJson } from "./errors";

export type BodyRead =
  { ok: true; bytes: Uint8Array } | { ok: false; status: 400 | 413; body: ErrorJson };

/**
 * Reads a request body of at most `limit` bytes. A declared Content-Length over the limit is
 * refused unread; otherwise the stream is counted as it arrives and cancelled as soon as it passes
 * the limit, so a missing or false Content-Length (chunked uploads) cannot get more through.
 *
 * @example
 * await readBody(new Request("http://x/", { method: "POST", body: "x".repeat(20_000) }), 16_384)
 * // → { ok: false, status: 413, body: { error: { field: "(body)", message: "…" } } }
 */
export async function readBody(request: Request, limit: number): Promise<BodyRead> {
  const tooLarge = (): BodyRead => ({
    ok: false,
    status: 413,
    body: errorJson("(body)", `The body is larger than ${limit} bytes (${limit / 1024} KiB).`),
  });
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    if (!/^\d+$/.test(declared.trim())) {
      return {
        ok: false,
        status: 400,
        body: errorJson("Content-Length", "Content-Length must be a number of bytes."),
      };
    }
    if (Number(declared) > limit) return tooLarge();
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return tooLarge();
      }
      chunks.push(value);
    }
  } catch {
    return {
      ok: false,
      status: 400,
      body: errorJson("(body)", "The body could not be read to the end."),
    };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
