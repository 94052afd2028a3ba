import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CURRENT_MODEL } from "@/lib/scoring";

// Liveness and readiness: no rendering, no I/O per request. While the server drains after SIGTERM,
// scripts/serve.mjs answers this path with 503 itself, before Next sees the request.
export const dynamic = "force-dynamic";

const build = (() => {
  try {
    return readFileSync(join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return "development";
  }
})();

/** 200 with the build id and the current model version. */
export function GET(): Response {
  return Response.json(
    { status: "ok", build, model: CURRENT_MODEL.version },
    { headers: { "Cache-Control": "no-store" } },
  );
}
