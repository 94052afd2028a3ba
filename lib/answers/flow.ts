/** The longest flow name kept, in characters (code points). */
export const FLOW_MAX_LENGTH = 80;

/**
 * Normalises an untrusted flow name: drops control and formatting characters, collapses white
 * space, trims, and cuts to 80 code points. Returns undefined for nothing usable.
 * Escaping for HTML, images and Markdown happens where the name is written out.
 *
 * @example
 * cleanFlow("  Order\u0000 checkout \n") // → "Order checkout"
 */
export function cleanFlow(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const cleaned = raw
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  if (!cleaned) return undefined;
  return [...cleaned].slice(0, FLOW_MAX_LENGTH).join("").trim();
}
