/**
 * Turns the untrusted parts of a result URL (the share code and `?flow=`) into a Result JSON, or
 * into the reason the code can't be read. Pure and total: it never throws, whatever it is given.
 */
import { cleanFlow } from "@/lib/answers";
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
  const result = buildResult({ model: decoded.model, answers: decoded.answers, flow });
  return flow ? { ok: true, result, flow } : { ok: true, result };
}

/** What a person can do about each kind of damaged code. */
export const DAMAGE_ADVICE: Record<DecodeError, string> = {
  empty:
    "The link ends where the code should be. Copy the whole link again from where it was shared.",
  "too-long":
    "Something was pasted onto the end of the code. A share code is ten characters long; check the link for extra text.",
  "bad-characters":
    "The code contains a character a share code never uses, often punctuation picked up when the link was copied out of a sentence.",
  "unknown-version":
    "It may come from a newer Baton than this one, or its first character was changed. Ask whoever shared it which site it came from.",
  "wrong-length":
    "A character was lost or added when the link was copied. Copy the whole link again.",
  checksum:
    "One character no longer matches the rest, usually a typo made while retyping the link. Copy the link instead of typing it.",
  "out-of-range":
    "The characters are valid, but together they don't describe a set of answers Baton could have made.",
};
