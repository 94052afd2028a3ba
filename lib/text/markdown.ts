/**
 * Escaping for Markdown. CommonMark lets any ASCII punctuation be escaped with a backslash, so
 * escaping all of it turns untrusted text into literal text: no links, emphasis, headings, raw
 * HTML or tables can be smuggled in.
 */

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * Escapes text for use inside a Markdown paragraph, heading or list item.
 *
 * @example
 * escapeMarkdown("<b>Pay</b> *now*") // → "\\<b\\>Pay\\<\\/b\\> \\*now\\*"
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(ASCII_PUNCTUATION, (c) => `\\${c}`);
}
