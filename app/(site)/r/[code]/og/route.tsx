import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { SHARE_CODE } from "@/lib/http/cache-control";
import { damagedCodeResponse } from "@/lib/result/export-response";
import { resultForCode } from "@/lib/result/load";
import { OG_SIZE, OgCard } from "../_og/card";
import { ogFonts } from "../_og/fonts";

/** The Open Graph image of a result: verdict, flow name, confidence. Drawn with bundled fonts only. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = resultForCode(code, request.nextUrl.searchParams.get("flow"));
  if (!loaded.ok) return damagedCodeResponse(loaded.message);
  return new ImageResponse(<OgCard result={loaded.result} words={loaded.words} />, {
    ...OG_SIZE,
    fonts: ogFonts,
    headers: { "Cache-Control": SHARE_CODE },
  });
}
