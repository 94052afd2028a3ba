/**
 * The one door from a request to a result: turns a share code (with `?flow=`) or an answer set
 * into a resolved result, the document every surface renders. It carries the Result JSON with
 * this deployment's organisation config applied to its tools, the words of the model that made it
 * (a model-1 code speaks model 1's words), and the organisation's links for it. Pure and total
 * apart from the config read at start-up: it never throws, whatever it is given.
 */
import { cache } from "react";
import { cleanFlow } from "../answers/flow";
import { ORGANISATION_EXPORT } from "../http/cache-control";
import { guidanceFor, withOrganisation, type GuidanceItem } from "../organisation/result";
import type { OrganisationConfig } from "../organisation/schema";
import { organisationConfig } from "../organisation/server";
import type { Answers, ModelWords } from "../scoring";
import { decode, type DecodeError } from "../share/codec";
import { buildResult, type ResultJson } from "./index";
import { wordsFor } from "./wording";

/** A result with everything a surface shows for it, resolved once. */
export interface ResolvedResult {
  /** The Result JSON, with the organisation's paved road applied to `tools` when one is loaded. */
  result: ResultJson;
  /** The words of the model that made it: gate, pattern, form, note and question wording. */
  words: ModelWords;
  /** The organisation's internal links that apply to it; empty without a config. */
  guidance: GuidanceItem[];
  /** The organisation's name and ADR settings, when a config is loaded. */
  organisation?: Pick<OrganisationConfig, "organisation" | "adr">;
  /** The cleaned flow name, when one was given. */
  flow?: string;
}

export type ResultForCode =
  ({ ok: true } & ResolvedResult) | { ok: false; error: DecodeError; message: string };

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
 * The resolved result of an answer set, scored by the given model version (current by default),
 * with the organisation overlay applied once. What the API's POST and the team view use.
 *
 * @example
 * resultForAnswers({ model: 1, answers: { teams: "one" } }).words.version // → 1
 */
export function resultForAnswers(input: {
  model?: number;
  flow?: string;
  answers: Answers;
}): ResolvedResult {
  const result = withOrganisation(buildResult(input), organisationConfig);
  return {
    result,
    words: wordsFor(result),
    guidance: guidanceFor(result, organisationConfig),
    ...(organisationConfig
      ? {
          organisation: {
            organisation: organisationConfig.organisation,
            ...(organisationConfig.adr ? { adr: organisationConfig.adr } : {}),
          },
        }
      : {}),
    ...(input.flow ? { flow: input.flow } : {}),
  };
}

/**
 * The Cache-Control of a share code's export or API answer. Without a config, the policy the
 * caller passes (e.g. SHARE_CODE: a day, then revalidate); with one, an hour at most, since its
 * tools follow the config, which changes at a rollout.
 *
 * @example
 * exportCacheControl(SHARE_CODE) // → SHARE_CODE without BATON_CONFIG, ORGANISATION_EXPORT with it
 */
export function exportCacheControl(withoutConfig: string): string {
  return organisationConfig ? ORGANISATION_EXPORT : withoutConfig;
}

/**
 * The resolved result of a share code and an optional flow name (cleaned with `cleanFlow`).
 *
 * @example
 * resultForCode("1BCh4XOE9d", "Checkout") // → { ok: true, result: { flow: "Checkout", … }, words: model 1's, … }
 * resultForCode("nope!") // → { ok: false, error: "bad-characters", message: "…" }
 */
export function resultForCode(code: unknown, rawFlow?: unknown): ResultForCode {
  const decoded = decode(code);
  if (!decoded.ok) return { ok: false, error: decoded.error, message: decoded.message };
  const flow = cleanFlow(rawFlow);
  return {
    ok: true,
    ...resultForAnswers({ model: decoded.model, answers: decoded.answers, flow }),
  };
}

/**
 * `resultForCode`, once per request: a result page's metadata, its body and anything else the
 * same render asks decode and score the code once (React `cache`, keyed by the code and the flow).
 */
export const cachedResultForCode = cache((code: string, flow: string | undefined): ResultForCode =>
  resultForCode(code, flow),
);

/** The props Next passes a result page (`/r/<code>`, `/embed/r/<code>`). */
export type ResultRouteProps = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The resolved result a result page shows: its code, with the first `?flow=` name. */
export async function resultForRoute({
  params,
  searchParams,
}: ResultRouteProps): Promise<ResultForCode> {
  const [{ code }, search] = await Promise.all([params, searchParams]);
  return cachedResultForCode(code, firstParam(search.flow));
}

/**
 * A Result JSON built elsewhere (the CLI, tests) paired with its own model's words, as the
 * surfaces take it. No organisation overlay: apply one first if it should show.
 *
 * @example
 * withWords(buildResult({ model: 1, answers })).words.version // → 1
 */
export function withWords(result: ResultJson): Pick<ResolvedResult, "result" | "words"> {
  return { result, words: wordsFor(result) };
}
