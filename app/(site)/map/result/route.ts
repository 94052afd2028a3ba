import type { NextRequest } from "next/server";
import { NO_STORE } from "@/lib/http/cache-control";
import { encodeMap, validateMap } from "@/lib/map";
import { draftFromParams, draftToMap, draftToParams } from "@/lib/map-view/draft";
import { marksFromParams, marksToParams } from "@/lib/map-view/import-marks";
import { mapPath } from "@/lib/map-view/path";

/**
 * The no-JavaScript editor's "Show the result" (GET): a valid map redirects (303) to its
 * `/m/<code>`; anything else goes back to the form with every field kept and `check=1`, so the
 * editor names the fields to fix, and the "imported, check" marks kept. Nothing is stored.
 */
export function GET(request: NextRequest) {
  const draft = draftFromParams(request.nextUrl.searchParams);
  let location = "/map";
  if (draft) {
    const checked = validateMap(draftToMap(draft));
    if (checked.ok) location = mapPath(encodeMap(checked.map));
    else {
      const marks = marksFromParams(request.nextUrl.searchParams, draft);
      location = `/map?${marksToParams(marks, draft, draftToParams(draft)).toString()}&check=1`;
    }
  }
  // A relative Location is valid HTTP and stays right behind any proxy or load balancer.
  return new Response(null, {
    status: 303,
    headers: { Location: location, "Cache-Control": NO_STORE },
  });
}
