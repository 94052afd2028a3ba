/**
 * The one place text from outside becomes well-formed Unicode. Pure: no React, no next/*.
 *
 * JavaScript strings are UTF-16 code units and may hold a lone surrogate (half of a character,
 * e.g. cut by a tool that counts code units, or written as a `\ud800` escape in JSON). Such a
 * string is not Unicode text: `encodeURIComponent` throws on it, `TextEncoder` silently changes it,
 * and strict JSON parsers and PostgreSQL `jsonb` refuse the `\ud800` escape `JSON.stringify` writes
 * for it. Every text input the product accepts (flow names, team names, config files, answers
 * files, API bodies, query parameters) passes through `wellFormed` where it enters, so nothing
 * downstream has to care.
 */

/** U+FFFD REPLACEMENT CHARACTER: what a lone surrogate becomes (as TextDecoder does for bad bytes). */
export const REPLACEMENT_CHARACTER = "\uFFFD";

// With the `u` flag a surrogate pair is one code point, so this class matches lone halves only.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

// `String.prototype.toWellFormed` is ES2024: Node 20+, Chrome 111, Safari 16.4 and Firefox 119.
// Next's browser targets include Firefox 111, so the fallback below stays.
const native = (String.prototype as { toWellFormed?: (this: string) => string }).toWellFormed;

/**
 * `text` with every lone surrogate replaced by U+FFFD; well-formed text comes back unchanged (the
 * same string). This is `String.prototype.toWellFormed` (ECMA-262, 2024), with a fallback for
 * engines that lack it.
 *
 * @example
 * wellFormed("Checkout \uD83D") // → "Checkout \uFFFD"
 * wellFormed("👩‍💻 on-call") // → "👩‍💻 on-call"
 */
export function wellFormed(text: string): string {
  return native ? native.call(text) : replaceLoneSurrogates(text);
}

/**
 * The fallback of `wellFormed` for engines without `toWellFormed`; the same result.
 *
 * @example
 * replaceLoneSurrogates("\uDC00a") // → "\uFFFDa"
 */
export function replaceLoneSurrogates(text: string): string {
  return text.replace(new RegExp(LONE_SURROGATE, "gu"), REPLACEMENT_CHARACTER);
}

/**
 * Whether `text` is well-formed Unicode (no lone surrogate), as `String.prototype.isWellFormed`.
 *
 * @example
 * isWellFormed("a\uDC00") // → false
 */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * A parsed JSON or YAML value with every string in it, object keys included, made well-formed.
 * Shapes are kept: arrays stay arrays, plain objects (and null-prototype ones) plain objects, made
 * with their own keys, so a `__proto__` key stays data; other values are left as they are. Two keys that only differ in a lone
 * surrogate would become one; the later value wins, as it would in JSON.parse.
 *
 * @example
 * wellFormedData({ flow: "A\uD800", tags: ["\uDC00"] }) // → { flow: "A\uFFFD", tags: ["\uFFFD"] }
 */
export function wellFormedData(value: unknown): unknown {
  if (typeof value === "string") return wellFormed(value);
  if (Array.isArray(value)) return value.map(wellFormedData);
  if (
    value !== null &&
    typeof value === "object" &&
    [Object.prototype, null].includes(Object.getPrototypeOf(value))
  ) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      Object.defineProperty(out, wellFormed(key), {
        value: wellFormedData(inner),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
