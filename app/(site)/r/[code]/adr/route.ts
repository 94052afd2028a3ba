import type { NextRequest } from "next/server";
import { adrFileName, adrMarkdown } from "@/lib/adr";
import { exportDay } from "@/lib/adr/export-day";
import { siteOrigin } from "@/lib/config/origin";
import { resultPath } from "@/lib/result/wording";
import { damagedCodeResponse } from "@/components/result/export-headers";
import { resultForCode } from "@/components/result/result-for-code";

/**
 * The result as an Architecture Decision Record in MADR 4 layout, as a Markdown download named
 * `NNNN-<flow-slug>.md`. The record carries the day of export, so it may be cached only until the
 * end of that day (UTC), never as immutable.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = resultForCode(code, request.nextUrl.searchParams.get("flow"));
  if (!loaded.ok) return damagedCodeResponse(loaded.message);
  const url = `${await siteOrigin()}${resultPath(loaded.result.code, loaded.flow)}`;
  const day = exportDay(new Date());
  return new Response(adrMarkdown(loaded.result, { url, date: day.date }), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${adrFileName(loaded.result)}"`,
      "Cache-Control": `public, max-age=${day.secondsLeft}`,
    },
  });
}
