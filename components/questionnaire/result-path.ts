import { cleanFlow } from "@/lib/answers/flow";

/**
 * Where a finished questionnaire goes: `/r/<code>`, or `/embed/r/<code>` inside an embed, with the
 * cleaned flow name as `?flow=`. The browser and the no-JavaScript form route both use this, so the
 * same answers always land on the same URL.
 *
 * @example
 * resultPath("1BCh4XOE9d", " Order checkout ", false) // → "/r/1BCh4XOE9d?flow=Order+checkout"
 */
export function resultPath(code: string, flow: string | undefined, embed: boolean): string {
  const cleaned = cleanFlow(flow);
  const query = cleaned ? `?${new URLSearchParams({ flow: cleaned })}` : "";
  return `${embed ? "/embed/r/" : "/r/"}${encodeURIComponent(code)}${query}`;
}
