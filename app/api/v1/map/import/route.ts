import { readBody } from "@/lib/api/body";
import { apiCorsOrigins, postCorsHeaders, apiPreflight } from "@/lib/api/cors";
import { NO_STORE } from "@/lib/http/cache-control";
import { MAX_IMPORT_BODY_BYTES, importForBody } from "@/lib/map/api";

/** POST /api/v1/map/import: Mermaid or AsyncAPI 3 text in, a draft Map JSON out (MAP.md §11). */
export async function POST(request: Request): Promise<Response> {
  const cors = postCorsHeaders(request.headers.get("origin"), apiCorsOrigins);
  const read = await readBody(request, MAX_IMPORT_BODY_BYTES);
  const outcome = read.ok
    ? importForBody({ contentType: request.headers.get("content-type"), body: read.bytes })
    : { status: read.status, body: read.body };
  return Response.json(outcome.body, {
    status: outcome.status,
    headers: { ...cors, "Cache-Control": NO_STORE },
  });
}

export function OPTIONS(request: Request): Response {
  return apiPreflight(request, "POST, OPTIONS");
}
