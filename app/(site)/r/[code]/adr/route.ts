import type { NextRequest } from "next/server";
import { adrFileName, adrMarkdown, adrQuery } from "@/lib/adr";
import { exportDay } from "@/lib/adr/export-day";
import { siteOrigin } from "@/lib/config/origin";
import { ORGANISATION_SECONDS } from "@/lib/http/cache-control";
import { badQueryResponse, damagedCodeResponse } from "@/lib/result/export-response";
import { resultForCode } from "@/lib/result/load";
import { resultPath } from "@/lib/result/path";

/**
 * The result as an Architecture Decision Record in MADR 4 layout, as a Markdown download named
 * `NNNN-<flow-slug>.md` with a number (`?number=`, else the config's `adr.nextNumber`), or
 * `<flow-slug>.md` without one. `?decision-makers=` (at most 200 characters) fills the front
 * matter's field, else the config's `adr.decisionMakers`; without either the field is left out. A
 * bad `number` answers 400 naming it. The record carries the day of export, so it may be cached
 * only until the end of that day (UTC), never as immutable, and with an organisation config an
 * hour at most.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = resultForCode(code, request.nextUrl.searchParams.get("flow"));
  if (!loaded.ok) return damagedCodeResponse(loaded.message);
  const url = `${await siteOrigin()}${resultPath(loaded.result.code, loaded.flow)}`;
  const organisation = loaded.organisation && {
    name: loaded.organisation.organisation.name,
    adr: loaded.organisation.adr,
  };
  const day = exportDay(new Date());
  const maxAge = organisation ? Math.min(day.secondsLeft, ORGANISATION_SECONDS) : day.secondsLeft;
  let asked: ReturnType<typeof adrQuery>;
  try {
    asked = adrQuery(request.nextUrl.searchParams, organisation?.adr);
  } catch (error) {
    return badQueryResponse((error as Error).message);
  }
  const { number } = asked;
  const fileName = adrFileName(loaded.result, number, organisation?.adr?.numberWidth ?? 4);
  return new Response(
    adrMarkdown(loaded, {
      url,
      date: day.date,
      ...(organisation ? { organisation } : {}),
      ...asked,
    }),
    {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": `public, max-age=${maxAge}`,
      },
    },
  );
}
