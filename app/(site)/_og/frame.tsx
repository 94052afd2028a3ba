/**
 * The frame every Open Graph image of Baton shares, as JSX for next/og (satori: flexbox only,
 * inline styles, every text node through `ogText`): a white 1200×630 card, a bar in the style's
 * colour down the left, and a text column whose top block and footer are pushed apart. An optional
 * picture (the flow map's thumbnail) takes the right-hand side and narrows the column.
 *
 * The result image (`r/[code]/_og/card.tsx`) and the map image (`m/[code]/og/route.tsx`) fill it
 * with their own words; `ogImage` answers with it, drawn with the bundled fonts only.
 */
import type { CSSProperties, ReactElement, ReactNode } from "react";
import { ImageResponse } from "next/og";
import { SHARE_CODE } from "@/lib/http/cache-control";
import { OG_FONT_FAMILY, ogFonts, ogText } from "./fonts";
import { OG_SIZE } from "./size";

export { OG_SIZE };

/** Secondary text, and the bar when there is no style to show (too early, direct calls). */
export const OG_MUTED = "#4a5160";

/** Style colours from the light theme in app/globals.css. */
const STYLE_COLOUR: Record<string, string> = {
  orchestration: "#7a3fc4",
  choreography: "#0b7a5b",
  hybrid: "#a35a00",
};

/**
 * The colour of a verdict or map style; OG_MUTED for none or any other style.
 *
 * @example
 * ogColour("hybrid") // → "#a35a00"
 * ogColour("direct") // → "#4a5160"
 */
export function ogColour(style: string | null): string {
  return (style !== null && STYLE_COLOUR[style]) || OG_MUTED;
}

/** The small line above the title ("Baton recommends, for"). */
export const OG_KICKER: CSSProperties = { fontSize: 28, color: OG_MUTED };

/** The flow's or the map's name, under the kicker. */
export const OG_TITLE: CSSProperties = {
  fontSize: 48,
  fontWeight: 700,
  marginTop: 8,
  lineHeight: 1.2,
};

/** One block of text in the card: satori lays out flex boxes only, so each is its own box. */
export interface OgLine {
  text: string;
  style: CSSProperties;
}

/**
 * The card: the colour bar, then the `top` lines and the `bottom` lines at the column's two ends,
 * then `aside` on the right when given. Lines are data, not elements: satori would lay out a
 * fragment as a box of its own, in a row.
 */
export function OgFrame({
  colour,
  top,
  bottom,
  aside,
}: {
  colour: string;
  top: readonly OgLine[];
  bottom: readonly OgLine[];
  aside?: ReactNode;
}) {
  const lines = (list: readonly OgLine[]) =>
    list.map(({ text, style }, i) => (
      <div key={i} style={{ display: "flex", ...style }}>
        {ogText(text)}
      </div>
    ));
  return (
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
          ...(aside
            ? { padding: "56px 40px 56px 64px", width: 580 }
            : { padding: "56px 64px", flex: 1 }),
        }}
      >
        <div style={{ display: "flex", flexDirection: "column" }}>{lines(top)}</div>
        <div style={{ display: "flex", flexDirection: "column" }}>{lines(bottom)}</div>
      </div>
      {aside ? (
        <div
          style={{
            display: "flex",
            flex: 1,
            alignItems: "center",
            justifyContent: "center",
            paddingRight: 40,
          }}
        >
          {aside}
        </div>
      ) : null}
    </div>
  );
}

/**
 * The PNG answer for an Open Graph image: 1200×630, the bundled fonts, cached as a share code's
 * pages are (the image depends only on the URL).
 */
export function ogImage(card: ReactElement): ImageResponse {
  return new ImageResponse(card, {
    ...OG_SIZE,
    fonts: ogFonts,
    headers: { "Cache-Control": SHARE_CODE },
  });
}
