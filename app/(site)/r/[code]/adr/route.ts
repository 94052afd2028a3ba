import type { NextRequest } from "next/server";
import { adrMarkdown } from "@/lib/adr";
import { siteOrigin } from "@/lib/config/origin";
import { exportCacheControl, organisationConfig } from "@/lib/organisation/server";
import { SHARE_CODE } from "@/lib/http/cache-control";
import { attachment, damagedCodeResponse } from "@/lib/result/export-response";
import { resultForCode } from "@/lib/result/load";
import { resultPath } from "@/lib/result/path";

/** The result as an Architecture Decision Record in MADR layout, as a Markdown download. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = resultForCode(code, request.nextUrl.searchParams.get("flow"));
  if (!loaded.ok) return damagedCodeResponse(loaded.message);
  const url = `${await siteOrigin()}${resultPath(loaded.result.code, loaded.flow)}`;
  const organisation = organisationConfig && {
    name: organisationConfig.organisation.name,
    adr: organisationConfig.adr,
  };
  return new Response(
    adrMarkdown(loaded.result, { url, ...(organisation ? { organisation } : {}) }),
    {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": attachment(loaded.result.code, "-adr.md"),
        "Cache-Control": exportCacheControl(SHARE_CODE),
      },
    },
  );
}
