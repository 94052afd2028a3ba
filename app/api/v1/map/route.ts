import { readBody } from "@/lib/api/body";
import { errorJson } from "@/lib/api/errors";
import { apiCorsOrigins, getCorsHeaders, postCorsHeaders, apiPreflight } from "@/lib/api/cors";
import { NO_STORE, SHARE_CODE } from "@/lib/http/cache-control";
import { MAX_MAP_BODY_BYTES, mapForBody, mapForQuery, type MapApiOutcome } from "@/lib/map/api";
import type { MapResult } from "@/lib/map";
import { exportCacheControl } from "@/lib/result/load";

function respond(
  outcome: MapApiOutcome<MapResult>,
  headers: Record<string, string>,
  cache: string,
): Response {
  return Response.json(outcome.body, {
    status: outcome.status,
    headers: { ...headers, "Cache-Control": cache },
  });
}

/** GET /api/v1/map?code=: the Map Result JSON of a map code (MAP.md §12). */
export function GET(request: Request): Response {
  const outcome = mapForQuery(new URL(request.url).searchParams);
  const cache = outcome.status === 200 ? exportCacheControl(SHARE_CODE) : NO_STORE;
  return respond(outcome, getCorsHeaders(), cache);
}

/** POST /api/v1/map: Map JSON in, Map Result JSON out (MAP.md §12). */
export async function POST(request: Request): Promise<Response> {
  const cors = postCorsHeaders(request.headers.get("origin"), apiCorsOrigins);
  const read = await readBody(request, MAX_MAP_BODY_BYTES);
  const outcome: MapApiOutcome<MapResult> = read.ok
    ? mapForBody({ contentType: request.headers.get("content-type"), body: read.bytes })
    : read.status === 413
      ? // Every map within MAP.md §9's limits fits; what doesn't is most often a Map Result sent
        // back (new-user review 5), which validateMap would name if it were small enough.
        {
          status: 413,
          body: errorJson(
            "(body)",
            `${read.body.error.message} Every map within the limits fits; a Map Result (Baton's answer, with style, scopes and code) is larger: open it by its code instead (GET /api/v1/map?code=CODE).`,
          ),
        }
      : { status: read.status, body: read.body };
  return respond(outcome, cors, NO_STORE);
}

export function OPTIONS(request: Request): Response {
  return apiPreflight(request, "GET, POST, OPTIONS");
}
