import type { NextRequest } from "next/server";
import { siteOrigin } from "@/lib/config/origin";
import { chatSummary, SUMMARY_DIALECTS, type SummaryDialect } from "@/lib/result/explain";
import { SHARE_CODE } from "@/lib/http/cache-control";
import { damagedCodeResponse } from "@/lib/result/export-response";
import { resultForCode } from "@/lib/result/load";
import { resultPath } from "@/lib/result/path";

/**
 * A summary of the result short enough for a chat message (at most 600 characters): the flow, the
 * verdict headline, confidence in words, the top reasons, the first implementation and the link.
 * Markdown by default; `?format=slack` gives Slack's mrkdwn (for webhooks and apps). Shown inline,
 * not as a download, so it can be read and copied. An unknown format is a 400 naming it.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = resultForCode(code, request.nextUrl.searchParams.get("flow"));
  if (!loaded.ok) return damagedCodeResponse(loaded.message);
  const format = request.nextUrl.searchParams.get("format") ?? "markdown";
  if (!SUMMARY_DIALECTS.includes(format as SummaryDialect)) {
    return new Response(`format: must be one of ${SUMMARY_DIALECTS.join(", ")}.\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": SHARE_CODE },
    });
  }
  const dialect = format as SummaryDialect;
  const url = `${await siteOrigin()}${resultPath(loaded.result.code, loaded.flow)}`;
  return new Response(`${chatSummary(loaded.words, loaded.result, url, dialect)}\n`, {
    headers: {
      "Content-Type": `${dialect === "slack" ? "text/plain" : "text/markdown"}; charset=utf-8`,
      "Cache-Control": SHARE_CODE,
    },
  });
}
