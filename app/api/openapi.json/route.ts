import { buildOpenApiDocument } from "@/lib/api/openapi";

// The document depends only on the code, so it is built once, at build time.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(buildOpenApiDocument(), {
    headers: { "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" },
  });
}
