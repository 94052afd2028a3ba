/**
 * The one builder of result URLs. The browser questionnaire, the no-JavaScript form route, the
 * result pages, their exports and the embed all call it, so the same code and flow name always
 * give the same address.
 */
import { cleanFlow } from "../answers/flow";

/** Which page of a result: the page itself or one of its exports. */
export type ResultSuffix = "" | "/og" | "/adr" | "/json" | "/summary";

/**
 * The path of a result: `/r/<code>` (or `/embed/r/<code>` with `embed`), then the export suffix,
 * then the cleaned flow name as `?flow=`, percent-encoded (a space is `%20`). A flow name that
 * cleans to nothing is left out.
 *
 * @example
 * resultPath("1BCh4XOE9d", " Order checkout ") // → "/r/1BCh4XOE9d?flow=Order%20checkout"
 * resultPath("1BCh4XOE9d", "x", { suffix: "/og" }) // → "/r/1BCh4XOE9d/og?flow=x"
 * resultPath("1BCh4XOE9d", undefined, { embed: true }) // → "/embed/r/1BCh4XOE9d"
 */
export function resultPath(
  code: string,
  flow?: string,
  options: { embed?: boolean; suffix?: ResultSuffix } = {},
): string {
  const base = `${options.embed ? "/embed/r/" : "/r/"}${encodeURIComponent(code)}${options.suffix ?? ""}`;
  const cleaned = cleanFlow(flow);
  return cleaned ? `${base}?flow=${encodeURIComponent(cleaned)}` : base;
}
