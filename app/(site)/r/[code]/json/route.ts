import type { NextRequest } from "next/server";
import { SHARE_CODE } from "@/lib/http/cache-control";
import { attachment, damagedCodeJson } from "@/lib/result/export-response";
import { exportCacheControl, resultForCode } from "@/lib/result/load";

/** The Result JSON of a share code (docs/contracts.md, "Result JSON"), as a download. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = resultForCode(code, request.nextUrl.searchParams.get("flow"));
  if (!loaded.ok) return damagedCodeJson(loaded.error, loaded.message);
  return new Response(`${JSON.stringify(loaded.result, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachment(loaded.result.code, ".json"),
      "Cache-Control": exportCacheControl(SHARE_CODE),
    },
  });
}
