import type { NextRequest } from "next/server";
import { adrQuery, mapFileName } from "@/lib/adr/adr";
import { exportDay } from "@/lib/adr/export-day";
import { siteOrigin } from "@/lib/config/origin";
import { ORGANISATION_SECONDS } from "@/lib/http/cache-control";
import { mapAdrMarkdown } from "@/lib/map";
import { mapForCode } from "@/lib/map-view/load";
import {
  badQueryResponse,
  damagedCodeResponse,
  namedAttachment,
} from "@/lib/result/export-response";

/**
 * The map as an MADR 4 Architecture Decision Record with a Mermaid block (MAP.md §10), as a
 * Markdown download named `NNNN-<map-slug>-map.md` with a number (`?number=`, else the
 * organisation config's `adr.nextNumber`), or `<map-slug>-map.md` without one, as the one-flow
 * ADR is. `?decision-makers=` (at most 200 characters) fills the front matter's field, else the
 * config's `adr.decisionMakers`, else a placeholder. A bad `number` answers 400 naming it. It
 * carries the day of export, so it is cached only until the end of that day (UTC), never as
 * immutable, and with an organisation config an hour at most.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = mapForCode(code);
  if (!loaded.ok) return damagedCodeResponse(loaded.message);
  let asked: ReturnType<typeof adrQuery>;
  try {
    asked = adrQuery(request.nextUrl.searchParams, loaded.adr);
  } catch (error) {
    return badQueryResponse((error as Error).message);
  }
  const day = exportDay(new Date());
  const maxAge = loaded.organised
    ? Math.min(day.secondsLeft, ORGANISATION_SECONDS)
    : day.secondsLeft;
  const fileName = mapFileName(
    loaded.result.name,
    "md",
    asked.number,
    loaded.adr?.numberWidth ?? 4,
  );
  return new Response(
    mapAdrMarkdown(loaded.result, {
      origin: await siteOrigin(),
      date: day.date,
      ...(asked.decisionMakers ? { decisionMakers: asked.decisionMakers } : {}),
    }),
    {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": namedAttachment(fileName),
        "Cache-Control": `public, max-age=${maxAge}`,
      },
    },
  );
}
