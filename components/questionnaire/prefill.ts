import { cleanFlow } from "@/lib/answers/flow";
import { QUESTIONS, UNSURE, type Answers } from "@/lib/scoring/questions";
import { decode } from "@/lib/share/codec";
import type { SavedAnswers } from "./answers-store";

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
