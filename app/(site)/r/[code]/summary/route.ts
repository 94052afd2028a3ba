import type { NextRequest } from "next/server";
import { siteOrigin } from "@/lib/config/origin";
import { chatSummary } from "@/lib/result/explain";
import { SHARE_CODE } from "@/lib/http/cache-control";
import { damagedCodeResponse } from "@/lib/result/export-response";
import { resultForCode } from "@/lib/result/load";
import { resultPath } from "@/lib/result/path";

/**
 * A summary of the result short enough for a chat message (at most 600 characters), as Markdown:
 * the flow, the verdict headline, confidence in words, the top reasons, the first implementation
 * and the link. Shown inline, not as a download, so it can be read and copied.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = resultForCode(code, request.nextUrl.searchParams.get("flow"));
  if (!loaded.ok) return damagedCodeResponse(loaded.message);
  const url = `${await siteOrigin()}${resultPath(loaded.result.code, loaded.flow)}`;
  return new Response(`${chatSummary(loaded.words, loaded.result, url)}\n`, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Cache-Control": SHARE_CODE,
    },
  });
}
