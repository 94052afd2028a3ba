import type { NextRequest } from "next/server";
import { damagedCodeResponse } from "@/lib/result/export-response";
import { resultForCode } from "@/lib/result/load";
import { ogImage } from "../../../_og/frame";
import { OgCard } from "../_og/card";

/** The Open Graph image of a result: verdict, flow name, confidence. Drawn with bundled fonts only. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const loaded = resultForCode(code, request.nextUrl.searchParams.get("flow"));
  if (!loaded.ok) return damagedCodeResponse(loaded.message);
  return ogImage(<OgCard result={loaded.result} words={loaded.words} />);
}
