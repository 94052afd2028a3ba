import { SHARE_CODE } from "@/lib/http/cache-control";
import { mapSvg } from "@/lib/map/svg";
import { mapForCode } from "@/lib/map-view/load";
import { damagedCodeResponse } from "@/lib/result/export-response";

/**
 * The map's diagram on its own (MAP.md §10), as `image/svg+xml`. MAP.md asks for "cacheable as
 * immutable"; it is cached like every other share-code export instead (SHARE_CODE: a day, then
 * revalidate), because its bytes come from the running release (layout, legend, wording), which
 * lib/http/cache-control.ts says rules out `immutable`.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = mapForCode(code);
  if (!loaded.ok) return damagedCodeResponse(loaded.message);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${mapSvg(loaded.result)}\n`, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": SHARE_CODE,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
