import { readBody } from "@/lib/api/body";
import { withOrganisation } from "@/lib/organisation/result";
import { exportCacheControl, organisationConfig } from "@/lib/organisation/server";
import { apiCorsOrigins, getCorsHeaders, postCorsHeaders, preflightHeaders } from "@/lib/api/cors";
import {
  MAX_BODY_BYTES,
  recommendationForBody,
  recommendationForQuery,
  type ApiOutcome,
} from "@/lib/api/recommendation";

/**
 * A share code's answers never change, but its Result JSON is computed by the current release
 * (the tool catalogue, the wording, the note on what the current model would say), so a cache
 * keeps it a day and then revalidates, serving the old copy for up to a week meanwhile. Not
 * `immutable`: the bytes can change with a release. The result pages' exports say the same.
 */
const SHARE_CODE_CACHE = "public, max-age=86400, stale-while-revalidate=604800";

function respond(outcome: ApiOutcome, headers: Record<string, string>, cache: string): Response {
  const body =
    outcome.status === 200 ? withOrganisation(outcome.body, organisationConfig) : outcome.body;
  return Response.json(body, {
    status: outcome.status,
    headers: { ...headers, "Cache-Control": cache },
  });
}

export function GET(request: Request): Response {
  const outcome = recommendationForQuery(new URL(request.url).searchParams);
  const cache = outcome.status === 200 ? exportCacheControl(SHARE_CODE_CACHE) : "no-store";
  return respond(outcome, getCorsHeaders(), cache);
}

export async function POST(request: Request): Promise<Response> {
  const cors = postCorsHeaders(request.headers.get("origin"), apiCorsOrigins);
  const read = await readBody(request, MAX_BODY_BYTES);
  const outcome: ApiOutcome = read.ok
    ? recommendationForBody({ contentType: request.headers.get("content-type"), body: read.bytes })
    : { status: read.status, body: read.body };
  return respond(outcome, cors, "no-store");
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
