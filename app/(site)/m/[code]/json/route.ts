import { SHARE_CODE } from "@/lib/http/cache-control";
import { mapFileName } from "@/lib/adr/adr";
import { mapForCode } from "@/lib/map-view/load";
import { exportCacheControl } from "@/lib/result/load";
import { namedAttachment, damagedCodeJson } from "@/lib/result/export-response";

/** The Map Result JSON of a map code (MAP.md §8), as a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = mapForCode(code);
  if (!loaded.ok) return damagedCodeJson(loaded.error, loaded.message);
  return new Response(`${JSON.stringify(loaded.result, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": namedAttachment(mapFileName(loaded.result.name, "json")),
      "Cache-Control": exportCacheControl(SHARE_CODE),
    },
  });
}
