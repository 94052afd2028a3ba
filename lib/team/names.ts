import { wellFormed } from "../text/well-formed";

/** The longest name kept for a person, in characters (code points). */
export const NAME_MAX_LENGTH = 40;

/**
 * Names for the people, in the order of their links: comma- or line-separated, made well-formed
 * Unicode (lib/text/well-formed.ts). Control and
 * formatting characters are dropped, space collapsed, each name cut to 40 characters; an empty
 * slot keeps its place so later names still line up. Escaping happens where a name is written out.
 *
 * @example
 * parseNames("Ana, ,Ben") // → ["Ana", "", "Ben"]
 */
export function parseNames(raw: string | readonly string[] | undefined, max = 20): string[] {
  const text = wellFormed(typeof raw === "string" ? raw : (raw ?? []).join(","));
  const names = text
    .split(/[,\n]/u)
    .slice(0, max)
    .map((name) =>
      [
        ...name
          .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, " ")
          .replace(/\s+/gu, " ")
          .trim(),
      ]
        .slice(0, NAME_MAX_LENGTH)
        .join("")
        .trim(),
    );
  while (names.length > 0 && names[names.length - 1] === "") names.pop();
  return names;
}

/**
 * The name shown for the person at a 1-based position: theirs, or "Person N".
 *
 * @example
 * nameAt(["Ana"], 2) // → "Person 2"
 */
export function nameAt(names: readonly string[], position: number): string {
  return names[position - 1] || `Person ${position}`;
}
