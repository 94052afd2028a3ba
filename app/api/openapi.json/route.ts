import { buildOpenApiDocument } from "@/lib/api/openapi";
import { ONE_HOUR } from "@/lib/http/cache-control";

// The document depends only on the code, so it is built once, at build time.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(buildOpenApiDocument(), {
    headers: { "Cache-Control": ONE_HOUR, "Access-Control-Allow-Origin": "*" },
  });
}
