import { type NextRequest, NextResponse } from "next/server";
import { getCorsHeaders, openPreflight } from "@/lib/api/cors";
import { embedOrigins } from "@/lib/config/env";
import { siteOrigin } from "@/lib/config/origin";
import { checkEmbedOrigins } from "@/lib/embed/allow-list";
import { NO_STORE } from "@/lib/http/cache-control";

/** The CORS preflight: any page may ask whether it may frame Baton. */
export function OPTIONS(request: NextRequest): Response {
  return openPreflight(request);
}

/**
 * Whether pages on the given origins may frame Baton's embed routes (BATON_EMBED_ORIGINS), so
 * public/embed.js can tell a wiki admin at once why a frame stays empty. `?origin=` once per
 * origin (the page's, then its ancestors'); without it, the request's Origin header. Answers
 * `EmbedOriginCheck` JSON; 400 with `error.field: "origin"` when no origin is given. Any origin
 * may read the answer: the allow-list is public (it is in every embed's CSP header).
 */
export async function GET(request: NextRequest): Promise<Response> {
  const asked = request.nextUrl.searchParams.getAll("origin");
  const origins = asked.length > 0 ? asked : [request.headers.get("origin") ?? ""].filter(Boolean);
  const headers = { "Cache-Control": NO_STORE, ...getCorsHeaders() };
  if (origins.length === 0) {
    return NextResponse.json(
      {
        error: {
          field: "origin",
          message: "origin: required, the page's origin (scheme://host[:port]).",
        },
      },
      { status: 400, headers },
    );
  }
  return NextResponse.json(checkEmbedOrigins(origins, embedOrigins, await siteOrigin()), {
    headers,
  });
}
