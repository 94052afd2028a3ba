import { readBody } from "@/lib/api/body";
import { exportCacheControl } from "@/lib/result/load";
import { SHARE_CODE, NO_STORE } from "@/lib/http/cache-control";
import { apiCorsOrigins, getCorsHeaders, postCorsHeaders, preflightHeaders } from "@/lib/api/cors";
import {
  MAX_BODY_BYTES,
  recommendationForBody,
  recommendationForQuery,
  type ApiOutcome,
} from "@/lib/api/recommendation";

function respond(outcome: ApiOutcome, headers: Record<string, string>, cache: string): Response {
  return Response.json(outcome.body, {
    status: outcome.status,
    headers: { ...headers, "Cache-Control": cache },
  });
}

export function GET(request: Request): Response {
  const outcome = recommendationForQuery(new URL(request.url).searchParams);
  const cache = outcome.status === 200 ? exportCacheControl(SHARE_CODE) : NO_STORE;
  return respond(outcome, getCorsHeaders(), cache);
}

export async function POST(request: Request): Promise<Response> {
  const cors = postCorsHeaders(request.headers.get("origin"), apiCorsOrigins);
  const read = await readBody(request, MAX_BODY_BYTES);
  const outcome: ApiOutcome = read.ok
    ? recommendationForBody({ contentType: request.headers.get("content-type"), body: read.bytes })
    : { status: read.status, body: read.body };
  return respond(outcome, cors, NO_STORE);
}

export function OPTIONS(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...preflightHeaders(
        request.headers.get("origin"),
        apiCorsOrigins,
        request.headers.get("access-control-request-headers"),
      ),
      Allow: "GET, POST, OPTIONS",
    },
  });
}
