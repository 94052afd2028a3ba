/**
 * Quotation marks for text that may quote something itself: the outer pair is curly double
 * quotes, and any curly double quotes inside become single ones, so quotes never nest
 * (“Near-atomic: ‘never charge without stock’”). Pure.
 */

/**
 * `text` inside curly double quotes, its own curly double quotes turned to single ones.
 *
 * @example
 * quoted("Near-atomic: “never charge”") // → "“Near-atomic: ‘never charge’”"
 */
export function quoted(text: string): string {
  return `\u201c${text.replace(/\u201c/g, "\u2018").replace(/\u201d/g, "\u2019")}\u201d`;
}
