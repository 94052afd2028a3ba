import type { NextRequest } from "next/server";
import { escapeHtml } from "@/lib/html/escape";
import { plainPage } from "@/lib/html/plain-page";
import { NO_STORE } from "@/lib/http/cache-control";
import { resultPath } from "@/lib/result/path";
import { encode } from "@/lib/share/codec";
import { parseSubmission } from "./parse-submission";

/**
 * The no-JavaScript questionnaire submits here (GET). Valid answers redirect (303) to their
 * result; anything else gets a 400 page that names the bad field.
 */
export function GET(request: NextRequest) {
  const submission = parseSubmission(request.nextUrl.searchParams);
  if (!submission.ok) return badRequest(submission.message);
  const location = resultPath(encode(submission.answers), submission.flow, {
    embed: submission.embed,
  });
  // A relative Location is valid HTTP and stays right behind any proxy or load balancer.
  return new Response(null, {
    status: 303,
    headers: { Location: location, "Cache-Control": NO_STORE },
  });
}

function badRequest(message: string): Response {
  return plainPage(
    "The answers can't be read",
    `<p>${escapeHtml(message)}</p>
<p><a href="/advisor">Back to the questionnaire</a></p>`,
    400,
  );
}
