import { mapSvg } from "@/lib/map/svg";
import { mapForCode } from "@/lib/map-view/load";
import { styleHeadline } from "@/lib/map-view/words";
import { damagedCodeResponse } from "@/lib/result/export-response";
import { OG_KICKER, OG_MUTED, OG_TITLE, OgFrame, ogColour, ogImage } from "../../../_og/frame";

/**
 * The Open Graph image of a map (MAP.md §10), in the frame every Baton image shares: its name, its
 * style, the number of scopes and flags, and a thumbnail of the diagram (boxes and lines, no text).
 * Drawn with bundled fonts only.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = mapForCode(code);
  if (!loaded.ok) return damagedCodeResponse(loaded.message);
  const { result } = loaded;
  const thumbnail = mapSvg(result, { thumbnail: true, idPrefix: "og" });
  const size = /width="(\d+)" height="(\d+)"/.exec(thumbnail);
  const [w, h] = size ? [Number(size[1]), Number(size[2])] : [400, 300];
  const scale = Math.min(520 / w, 420 / h, 1.5);
  const colour = ogColour(result.style);
  const flags = result.flags.length;
  const scopes = result.scopes.length;
  return ogImage(
    <OgFrame
      colour={colour}
      top={[
        { text: "Baton flow map", style: OG_KICKER },
        { text: result.name || "Flow map", style: OG_TITLE },
        {
          text: styleHeadline(result),
          style: { fontSize: 40, fontWeight: 700, color: colour, marginTop: 24, lineHeight: 1.2 },
        },
        {
          text: `${scopes} ${scopes === 1 ? "scope" : "scopes"} \u00b7 ${flags} ${flags === 1 ? "flag" : "flags"} \u00b7 ${result.handoffs.length} hand-offs`,
          style: { fontSize: 30, marginTop: 24 },
        },
      ]}
      bottom={[
        { text: `Baton \u00b7 map model ${result.map}`, style: { fontSize: 22, color: OG_MUTED } },
      ]}
      aside={
        // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
        <img
          alt=""
          width={Math.round(w * scale)}
          height={Math.round(h * scale)}
          src={`data:image/svg+xml;base64,${Buffer.from(thumbnail).toString("base64")}`}
        />
      }
    />,
  );
}
