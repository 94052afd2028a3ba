/**
 * The recommendation endpoint's logic, free of Next: turns a query or a request body into Result
 * JSON (with the organisation overlay, through lib/result's one door) or a documented 4xx. Never
 * throws on any input.
 */
import { z } from "zod";
import { cleanFlow, parseAnswersJson } from "../answers";
import type { ResultJson } from "../result";
import { resultForAnswers } from "../result/load";
import { MAX_CODE_LENGTH, decode } from "../share";
import { parseJsonText } from "../text/data";
import { errorJson, type ErrorJson, type ErrorStatus } from "./errors";

z.config({ jitless: true });

/** Bodies larger than this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Answers JSON is three levels deep; anything far deeper is not Answers JSON. */
const MAX_JSON_DEPTH = 32;

export const ShareCodeSchema = z
  .string()
  .min(1, "code: the share code is empty.")
  .max(MAX_CODE_LENGTH, `code: a share code has at most ${MAX_CODE_LENGTH} characters.`)
  .regex(/^[A-Za-z0-9_-]+$/, "code: a share code uses only letters, digits, '-' and '_'.")
  .describe("A share code, the last part of a result link /r/{code}.");

export const FlowParamSchema = z
  .string()
  .describe("Optional flow name to echo in the result, as share links carry it (?flow=…).");

export type ApiOutcome =
  { status: 200; body: ResultJson } | { status: ErrorStatus; body: ErrorJson };

const fail = (status: ErrorStatus, field: string, message: string): ApiOutcome => ({
  status,
  body: errorJson(field, message),
});

/**
 * GET: the result of a share code (`?code=…`, optionally `&flow=…`).
 *
 * @example
 * recommendationForQuery(new URLSearchParams("code=garbage!")).status // → 400
 */
export function recommendationForQuery(params: URLSearchParams): ApiOutcome {
  const codes = params.getAll("code");
  if (codes.length === 0) {
    return fail(400, "code", "code: missing; add ?code=<share code> (the last part of /r/<code>).");
  }
  if (codes.length > 1) return fail(400, "code", "code: give exactly one share code.");
  const checked = ShareCodeSchema.safeParse(codes[0]);
  if (!checked.success) return fail(400, "code", checked.error.issues[0]!.message);
  const decoded = decode(checked.data);
  if (!decoded.ok) return fail(400, "code", `code: ${decoded.message}`);
  const flows = params.getAll("flow");
  if (flows.length > 1) return fail(400, "flow", "flow: give at most one flow name.");
  const flow = cleanFlow(flows[0]);
  return {
    status: 200,
    body: resultForAnswers({
      model: decoded.model,
      answers: decoded.answers,
      ...(flow ? { flow } : {}),
    }).result,
  };
}

/**
 * POST: checks the media type, decodes UTF-8, parses JSON and then Answers JSON. The body must
 * already be size-checked (see readBody).
 *
 * @example
 * recommendationForBody({ contentType: "application/json", body: '{"answers":{}}' }).status // → 200
 * recommendationForBody({ contentType: "text/plain", body: "{}" }).status // → 415
 */
export function recommendationForBody(input: {
  contentType: string | null;
  body: string | Uint8Array;
}): ApiOutcome {
  const mediaType = checkMediaType(input.contentType);
  if (mediaType) return fail(415, "Content-Type", mediaType);

  let text: string;
  if (typeof input.body === "string") {
    text = input.body;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input.body);
    } catch {
      return fail(400, "(body)", "The body is not valid UTF-8 text.");
    }
  }
  if (text.trim() === "") {
    return fail(400, "(body)", 'The body is empty; send Answers JSON such as {"answers": {}}.');
  }

  // A byte-order mark is dropped, a repeated key refused, every string made well-formed.
  const json = parseJsonText(text, { maxDepth: MAX_JSON_DEPTH });
  if (!json.ok) {
    if (json.kind === "too-deep") {
      return fail(400, "(body)", "The body is nested far deeper than Answers JSON ever is.");
    }
    if (json.kind === "repeated-key") return fail(400, json.field, json.message);
    return fail(400, "(body)", `The body is not valid JSON: ${json.message}`);
  }

  const parsed = parseAnswersJson(json.value);
  if (!parsed.ok) {
    // An empty key ({"": 1}) makes an empty path; show it as "" so the field is never blank.
    if (parsed.field === "") return fail(400, '""', `""${parsed.message}`);
    return fail(400, parsed.field, parsed.message);
  }
  return { status: 200, body: resultForAnswers(parsed.value).result };
}

/** Why a Content-Type is refused, or undefined when it is JSON in UTF-8. */
function checkMediaType(contentType: string | null): string | undefined {
  const expected = "Content-Type must be application/json";
  if (!contentType) return `${expected}; the request has none.`;
  const [type = "", ...parameters] = contentType.split(";");
  const essence = type.trim().toLowerCase();
  if (essence !== "application/json" && !/^application\/[a-z0-9.!#$&^_-]+\+json$/.test(essence)) {
    return `${expected}, not ${JSON.stringify(essence.slice(0, 60))}.`;
  }
  for (const parameter of parameters) {
    const [name = "", value = ""] = parameter.split("=");
    if (name.trim().toLowerCase() !== "charset") continue;
    const charset = value.trim().replace(/^"|"$/g, "").toLowerCase();
    if (charset !== "utf-8" && charset !== "utf8") {
      return `The body must be UTF-8, not ${JSON.stringify(charset.slice(0, 40))}.`;
    }
  }
  return undefined;
}
