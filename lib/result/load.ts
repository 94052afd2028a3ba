/**
 * Turns the untrusted parts of a result URL (the share code and `?flow=`) into a Result JSON (with
 * this deployment's organisation config applied to its tools, if any), or into the reason the code
 * can't be read. Pure and total: it never throws, whatever it is given.
 * Used by the result pages, their exports (image, ADR, JSON) and oEmbed.
 */
import { cleanFlow } from "../answers/flow";
import { withOrganisation } from "../organisation/result";
import { organisationConfig } from "../organisation/server";
import { decode, type DecodeError } from "../share/codec";
import { buildResult, type ResultJson } from "./index";

export type ResultForCode =
  | { ok: true; result: ResultJson; flow?: string }
  | { ok: false; error: DecodeError; message: string };

/**
 * The first value of a search parameter that may be repeated (`?flow=a&flow=b` gives "a").
 *
 * @example
 * firstParam(["a", "b"]) // → "a"
 */
export function firstParam(value: string | string[] | null | undefined): string | undefined {
  if (Array.isArray(value)) return value[0];
  return value ?? undefined;
}

/**
 * The result for a share code and an optional flow name (cleaned with `cleanFlow`).
 *
 * @example
 * resultForCode("1BCh4XOE9d", "Checkout") // → { ok: true, result: { verdict: …, flow: "Checkout", … } }
 * resultForCode("nope!") // → { ok: false, error: "bad-characters", message: "…" }
 */
export function resultForCode(code: unknown, rawFlow?: unknown): ResultForCode {
  const decoded = decode(code);
  if (!decoded.ok) return { ok: false, error: decoded.error, message: decoded.message };
  const flow = cleanFlow(rawFlow);
  const result = withOrganisation(
    buildResult({ model: decoded.model, answers: decoded.answers, flow }),
    organisationConfig,
  );
  return flow ? { ok: true, result, flow } : { ok: true, result };
}

/** The props Next passes a result page (`/r/<code>`, `/embed/r/<code>`). */
export type ResultRouteProps = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The result a result page shows: its code, scored, with the first `?flow=` name cleaned. */
export async function resultForRoute({
  params,
  searchParams,
}: ResultRouteProps): Promise<ResultForCode> {
  const [{ code }, search] = await Promise.all([params, searchParams]);
  return resultForCode(code, firstParam(search.flow));
}
