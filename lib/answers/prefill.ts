/**
 * The answers the questionnaire starts from, read on the server from `/advisor?code=…&flow=…`.
 * Pure: no React, no next/*.
 */
import { QUESTIONS } from "../scoring/current";
import { UNSURE, type Answers } from "../scoring/questions";
import { decode } from "../share/codec";
import { cleanFlow } from "./flow";

/** What the questionnaire keeps in the browser: the answers and the flow name, nothing derived. */
export interface SavedAnswers {
  answers: Answers;
  flow: string;
}

export type Prefill =
  | { fromCode: true; initial: SavedAnswers }
  | { fromCode: false; initial: SavedAnswers; damaged?: string };

type Param = string | string[] | undefined;

/**
 * The answers `/advisor?code=<code>&flow=<name>` starts from. A share code leaves nothing
 * unanswered: what it doesn't say counts as "Not sure", as it did for its result. A damaged code
 * pre-fills nothing and says why.
 *
 * @example
 * prefillFrom({ code: "garbage!" }) // → { fromCode: false, initial: {…empty}, damaged: "A share code uses only …" }
 */
export function prefillFrom(params: { code?: Param; flow?: Param }): Prefill {
  const empty: SavedAnswers = { answers: {}, flow: "" };
  if (params.code === undefined) return { fromCode: false, initial: empty };
  if (Array.isArray(params.code)) {
    return {
      fromCode: false,
      initial: empty,
      damaged: "The link carries more than one share code.",
    };
  }
  const decoded = decode(params.code);
  if (!decoded.ok) return { fromCode: false, initial: empty, damaged: decoded.message };
  const given: Record<string, string | undefined> = decoded.answers;
  const answers = Object.fromEntries(
    QUESTIONS.map((q) => [q.id, given[q.id] ?? UNSURE]),
  ) as Answers;
  const flow = typeof params.flow === "string" ? (cleanFlow(params.flow) ?? "") : "";
  return { fromCode: true, initial: { answers, flow } };
}
