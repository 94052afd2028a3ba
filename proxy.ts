import { NextResponse, type NextRequest } from "next/server";
import { embedOrigins } from "@/lib/config/env";
import { PRIVATE_NO_STORE } from "@/lib/http/cache-control";
import { classifySharePath } from "@/lib/result/damaged-page";

const isDev = process.env.NODE_ENV === "development";

/** Routes other sites may frame; everything else refuses framing. */
export function isEmbedPath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

/** The Content-Security-Policy for one response. */
export function contentSecurityPolicy(nonce: string, pathname: string): string {
  const frameAncestors = isEmbedPath(pathname) ? embedOrigins.join(" ") : "'none'";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Inline style attributes (chart geometry, widths) are not scripts; they need this.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** Whether every %-escape in a path decodes; Next's router answers 500 for one that doesn't. */
function isWellEscaped(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  if (!isWellEscaped(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address contains a malformed %-escape.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, request.nextUrl.pathname);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const readsPage = request.method === "GET" || request.method === "HEAD";
  const { pathname, search } = request.nextUrl;
  // One decode of the share code, if the path has one (the page decodes once more to render).
  const share = readsPage ? classifySharePath(pathname, search) : { kind: "other" as const };
  // A share link that picked up a sentence's punctuation: send it to the page it meant.
  if (share.kind === "repair") {
    // Next resolves a proxy's Location against the request; it must be absolute here.
    return NextResponse.redirect(new URL(share.location, request.nextUrl), 308);
  }
  if (share.kind === "damaged") {
    return new NextResponse(request.method === "HEAD" ? null : share.page(nonce), {
      status: 404,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": PRIVATE_NO_STORE,
        "Content-Security-Policy": csp,
      },
    });
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // The share-page route declares that its HTML may be kept by the in-process cache of
  // scripts/lib/page-cache.mjs (which removes this header before answering).
  if (share.kind === "ok" && share.cacheable) {
    response.headers.set("X-Baton-Cacheable", "share-page");
  }
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|embed.js).*)",
    },
  ],
};
