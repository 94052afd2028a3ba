/**
 * Turns the untrusted parts of a result URL (the share code and `?flow=`) into a Result JSON (with
 * this deployment's organisation config applied to its tools, if any), or into the reason the code
 * can't be read. Pure and total: it never throws, whatever it is given.
 */
import { cleanFlow } from "@/lib/answers";
import { withOrganisation } from "@/lib/organisation/result";
import { organisationConfig } from "@/lib/organisation/server";
import { buildResult, type ResultJson } from "@/lib/result";
import { decode, type DecodeError } from "@/lib/share";

export type ResultForCode =
  | { ok: true; result: ResultJson; flow?: string }
  | { ok: false; error: DecodeError; message: string };

/** The first value of a search parameter that may be repeated. */
export function firstParam(value: string | string[] | null | undefined): string | undefined {
  if (Array.isArray(value)) return value[0];
  return value ?? undefined;
}

/**
 * The result for a share code and an optional flow name.
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

export { DAMAGE_ADVICE } from "@/lib/result/damage-advice";

/** The props Next passes a result route (`/r/<code>`, `/embed/r/<code>`). */
export type ResultRouteProps = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The result a result route shows: its code, scored, with the `?flow=` name cleaned. */
export async function resultForRoute({ params, searchParams }: ResultRouteProps) {
  const [{ code }, search] = await Promise.all([params, searchParams]);
  return resultForCode(code, firstParam(search.flow));
}
