import { exportDay } from "@/lib/adr/export-day";
import { mapFileName } from "@/lib/adr/adr";
import { siteOrigin } from "@/lib/config/origin";
import { mapAdrMarkdown } from "@/lib/map";
import { mapForCode } from "@/lib/map-view/load";
import { ORGANISATION_SECONDS } from "@/lib/http/cache-control";
import { damagedCodeResponse, namedAttachment } from "@/lib/result/export-response";

/**
 * The map as an MADR 4 Architecture Decision Record with a Mermaid block (MAP.md §10), as a
 * Markdown download. It carries the day of export, so it is cached only until the end of that day
 * (UTC), never as immutable, as the one-flow ADR is.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = mapForCode(code);
  if (!loaded.ok) return damagedCodeResponse(loaded.message);
  const day = exportDay(new Date());
  const maxAge = loaded.organised
    ? Math.min(day.secondsLeft, ORGANISATION_SECONDS)
    : day.secondsLeft;
  return new Response(
    mapAdrMarkdown(loaded.result, { origin: await siteOrigin(), date: day.date }),
    {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": namedAttachment(mapFileName(loaded.result.name, "md")),
        "Cache-Control": `public, max-age=${maxAge}`,
      },
    },
  );
}
