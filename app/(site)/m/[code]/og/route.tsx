import { ImageResponse } from "next/og";
import { SHARE_CODE } from "@/lib/http/cache-control";
import { mapSvg } from "@/lib/map/svg";
import { mapForCode } from "@/lib/map-view/load";
import { styleHeadline } from "@/lib/map-view/words";
import { damagedCodeResponse } from "@/lib/result/export-response";
import { OG_SIZE } from "../../../r/[code]/_og/card";
import { OG_FONT_FAMILY, ogFonts, ogText } from "../../../r/[code]/_og/fonts";

const STYLE_COLOUR: Record<string, string> = {
  orchestration: "#7a3fc4",
  choreography: "#0b7a5b",
  hybrid: "#a35a00",
  direct: "#4a5160",
};

/**
 * The Open Graph image of a map (MAP.md §10): its name, its style, the number of scopes and flags,
 * and a thumbnail of the diagram (boxes and lines, no text). Drawn with bundled fonts only.
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
  const colour = STYLE_COLOUR[result.style] ?? "#4a5160";
  const flags = result.flags.length;
  const scopes = result.scopes.length;
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        width: "100%",
        height: "100%",
        background: "#ffffff",
        color: "#15171c",
        fontFamily: OG_FONT_FAMILY,
      }}
    >
      <div style={{ display: "flex", width: 24, height: "100%", background: colour }} />
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "56px 40px 56px 64px",
          width: 580,
        }}
      >
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 28, color: "#4a5160" }}>
            {ogText("Baton flow map")}
          </div>
          <div
            style={{
              display: "flex",
              fontSize: 48,
              fontWeight: 700,
              marginTop: 8,
              lineHeight: 1.2,
            }}
          >
            {ogText(result.name || "Flow map")}
          </div>
          <div
            style={{
              display: "flex",
              fontSize: 40,
              fontWeight: 700,
              color: colour,
              marginTop: 24,
              lineHeight: 1.2,
            }}
          >
            {ogText(styleHeadline(result))}
          </div>
          <div style={{ display: "flex", fontSize: 30, marginTop: 24 }}>
            {ogText(
              `${scopes} ${scopes === 1 ? "scope" : "scopes"} \u00b7 ${flags} ${flags === 1 ? "flag" : "flags"} \u00b7 ${result.handoffs.length} hand-offs`,
            )}
          </div>
        </div>
        <div style={{ display: "flex", fontSize: 22, color: "#4a5160" }}>
          {ogText(`Baton \u00b7 map model ${result.map}`)}
        </div>
      </div>
      <div
        style={{
          display: "flex",
          flex: 1,
          alignItems: "center",
          justifyContent: "center",
          paddingRight: 40,
        }}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image */}
        <img
          alt=""
          width={Math.round(w * scale)}
          height={Math.round(h * scale)}
          src={`data:image/svg+xml;base64,${Buffer.from(thumbnail).toString("base64")}`}
        />
      </div>
    </div>,
    { ...OG_SIZE, fonts: ogFonts, headers: { "Cache-Control": SHARE_CODE } },
  );
}
