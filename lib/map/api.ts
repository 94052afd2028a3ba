/**
 * The map endpoints' logic, free of Next (MAP.md §12): Map JSON or a map code in, Map Result JSON
 * out; import text in, a draft Map JSON out. Errors are the API's documented shape
 * (lib/api/errors.ts), naming the field. Never throws on any input.
 */
import { errorJson, type ErrorJson, type ErrorStatus } from "../api/errors";
import { jsonOfBody } from "../api/recommendation";
import { decodeMap, MAX_MAP_CODE_LENGTH } from "./code";
import { importAsyncApi, importMermaid } from "./import";
import { resolvedMapResult } from "./load";
import type { MapError, MapJson, MapResult } from "./types";
import { formatMapError, validateMap } from "./validate";

/** Map JSON bodies larger than this are refused with 413 (the largest valid map is far smaller). */
export const MAX_MAP_BODY_BYTES = 16 * 1024;
/** Import bodies may carry several AsyncAPI documents. */
export const MAX_IMPORT_BODY_BYTES = 64 * 1024;

export const IMPORT_FORMATS = ["mermaid", "asyncapi"] as const;

export type MapApiOutcome<T> = { status: 200; body: T } | { status: ErrorStatus; body: ErrorJson };

const refuse = (error: MapError): { status: 400; body: ErrorJson } => ({
  status: 400,
  body: errorJson(error.field, formatMapError(error)),
});

/**
 * POST /api/v1/map: Map JSON in, Map Result JSON out.
 *
 * @example
 * mapForBody({ contentType: "application/json", body: "{}" }).status // → 400 (participants missing)
 */
export function mapForBody(input: {
  contentType: string | null;
  body: string | Uint8Array;
}): MapApiOutcome<MapResult> {
  const read = jsonOfBody(
    input,
    'send Map JSON such as {"participants": […], "handoffs": […]}',
    "Map JSON",
  );
  if (!read.ok) return { status: read.status, body: read.body };
  const valid = validateMap(read.json);
  if (!valid.ok) return refuse(valid.errors[0]!);
  return { status: 200, body: resolvedMapResult(valid.map).result };
}

/**
 * GET /api/v1/map?code=: the result of a map code.
 *
 * @example
 * mapForQuery(new URLSearchParams("code=m2.x")).status // → 400
 */
export function mapForQuery(params: URLSearchParams): MapApiOutcome<MapResult> {
  const codes = params.getAll("code");
  if (codes.length !== 1) {
    return refuse({
      field: "code",
      message: codes.length
        ? "give exactly one map code"
        : "missing; add ?code=<map code> (the last part of /m/<code>)",
    });
  }
  const code = codes[0]!;
  if (code.length > MAX_MAP_CODE_LENGTH) {
    return refuse({
      field: "code",
      message: `a map code has at most ${MAX_MAP_CODE_LENGTH} characters`,
    });
  }
  const decoded = decodeMap(code);
  if (!decoded.ok) return refuse({ field: "code", message: decoded.message });
  return { status: 200, body: resolvedMapResult(decoded.map).result };
}

/**
 * POST /api/v1/map/import: `{ "format": "mermaid" | "asyncapi", "text": "…" }` in, a draft Map
 * JSON out, with the answer paths the import set (`imported`) and the import's notes (`notes`:
 * merged branches, shortened text, participant kinds).
 *
 * @example
 * importForBody({ contentType: "application/json", body: '{"format":"mermaid","text":"sequenceDiagram\\nA->>B: Go"}' }).status // → 200
 */
export function importForBody(input: {
  contentType: string | null;
  body: string | Uint8Array;
}): MapApiOutcome<{ map: MapJson; imported: string[]; notes: string[] }> {
  const read = jsonOfBody(
    input,
    'send {"format": "mermaid", "text": "sequenceDiagram …"}',
    "an import request",
  );
  if (!read.ok) return { status: read.status, body: read.body };
  const json = read.json;
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return refuse({
      field: "(body)",
      message: 'The body must be a JSON object: {"format": …, "text": …}.',
    });
  }
  const body = json as Record<string, unknown>;
  for (const key of Object.keys(body)) {
    if (key !== "format" && key !== "text") {
      return refuse({ field: key || '""', message: "unknown field; expected one of format, text" });
    }
  }
  if (!IMPORT_FORMATS.includes(body.format as (typeof IMPORT_FORMATS)[number])) {
    return refuse({
      field: "format",
      message: `${JSON.stringify(body.format ?? null).slice(0, 40)} is not an option; expected one of ${IMPORT_FORMATS.join(", ")}`,
    });
  }
  if (typeof body.text !== "string" || body.text.trim() === "") {
    return refuse({ field: "text", message: "must be the text to import" });
  }
  const imported = body.format === "mermaid" ? importMermaid(body.text) : importAsyncApi(body.text);
  if (!imported.ok) return refuse(imported.errors[0]!);
  return {
    status: 200,
    body: { map: imported.map, imported: imported.imported, notes: imported.notes },
  };
}
