import type { NextRequest } from "next/server";
import { IMMUTABLE, attachment, damagedCodeJson } from "@/components/result/export-headers";
import { resultForCode } from "@/components/result/result-for-code";
import { exportCacheControl } from "@/lib/organisation/server";

/** The Result JSON (SPEC §3.3) of a share code, as a download. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = resultForCode(code, request.nextUrl.searchParams.get("flow"));
  if (!loaded.ok) return damagedCodeJson(loaded.error, loaded.message);
  return new Response(`${JSON.stringify(loaded.result, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachment(loaded.result.code, ".json"),
      "Cache-Control": exportCacheControl(IMMUTABLE),
    },
  });
}
