import { type NextRequest, NextResponse } from "next/server";
import { getCorsHeaders, openPreflight } from "@/lib/api/cors";
import { siteOrigin } from "@/lib/config/origin";
import {
  DEFAULT_EMBED_HEIGHT,
  DEFAULT_EMBED_WIDTH,
  iframeSnippet,
  parseResultUrl,
} from "@/lib/embed";
import { parseMapUrl } from "@/lib/embed/map-url";
import { mapForCode } from "@/lib/map-view/load";
import { styleHeadline } from "@/lib/map-view/words";
import { ONE_DAY } from "@/lib/http/cache-control";
import { resultForCode } from "@/lib/result/load";
import { verdictHeadline } from "@/lib/result/wording";

function error(status: number, field: string, message: string) {
  return NextResponse.json({ error: { field, message } }, { status, headers: getCorsHeaders() });
}

/** The CORS preflight: any origin may read oEmbed answers (they describe public pages). */
export function OPTIONS(request: NextRequest): Response {
  return openPreflight(request);
}

function dimension(raw: string | null, name: string): number | undefined | Error {
  if (raw === null || raw === "") return undefined;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1)
    return new Error(`${name}: must be a positive whole number.`);
  return Number(raw);
}

/** oEmbed 1.0 for result pages and flow map pages: `type: "rich"` with the embed iframe. */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const format = params.get("format");
  if (format !== null && format !== "json") {
    return error(501, "format", "format: only json is supported.");
  }
  const raw = params.get("url");
  if (!raw) return error(400, "url", "url: required, the address of a Baton result page.");
  const origin = await siteOrigin();
  const isMap = /^\/(?:embed\/)?m\//.test(pathnameOf(raw));
  const target = isMap ? parseMapUrl(raw, origin) : parseResultUrl(raw, origin);
  if (!target.ok) return error(404, "url", target.message);

  const maxwidth = dimension(params.get("maxwidth"), "maxwidth");
  const maxheight = dimension(params.get("maxheight"), "maxheight");
  if (maxwidth instanceof Error) return error(400, "maxwidth", maxwidth.message);
  if (maxheight instanceof Error) return error(400, "maxheight", maxheight.message);
  const width = Math.min(DEFAULT_EMBED_WIDTH, maxwidth ?? DEFAULT_EMBED_WIDTH);
  const height = Math.min(DEFAULT_EMBED_HEIGHT, maxheight ?? DEFAULT_EMBED_HEIGHT);

  if (isMap) {
    const map = mapForCode(target.code);
    if (!map.ok) return error(404, "url", map.message);
    return answer(origin, {
      title: `${map.result.name ? `${map.result.name}: ` : ""}${styleHeadline(map.result)}`,
      width,
      height,
      html: iframeSnippet(origin, { mapCode: target.code }, { width, height }),
    });
  }
  const flow = "flow" in target && typeof target.flow === "string" ? target.flow : undefined;
  // parseResultUrl has checked the URL's shape; resultForCode decodes and scores the code once.
  const loaded = resultForCode(target.code, flow);
  if (!loaded.ok) return error(404, "url", loaded.message);
  return answer(origin, {
    title: `${flow ? `${flow}: ` : ""}${verdictHeadline(loaded.words, loaded.result)}`,
    width,
    height,
    html: iframeSnippet(
      origin,
      { code: target.code, ...(flow ? { flow } : {}) },
      { width, height },
    ),
  });
}

/** The path of a URL, or "" when it isn't one (parseResultUrl then names the problem). */
function pathnameOf(raw: string): string {
  try {
    return new URL(raw).pathname;
  } catch {
    return "";
  }
}

function answer(
  origin: string,
  fields: { title: string; width: number; height: number; html: string },
): Response {
  return NextResponse.json(
    {
      version: "1.0",
      type: "rich",
      provider_name: "Baton",
      provider_url: `${origin}/`,
      title: fields.title,
      width: fields.width,
      height: fields.height,
      cache_age: 86400,
      html: fields.html,
    },
    {
      headers: {
        "Cache-Control": ONE_DAY,
        ...getCorsHeaders(),
      },
    },
  );
}
