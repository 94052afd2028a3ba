/**
 * Text in the diagram: a width estimate (the server has no font metrics) and XML-safe escaping.
 */
import { escapeHtml } from "../../html/escape";

/** The font stack of every text in the diagram: the reader's system sans-serif, nothing loaded. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

const NARROW = new Set([..."iljtfrI.,:;'!|()[]{} "]);
const WIDE = new Set([..."mwMW@%"]);

/**
 * An upper estimate of a text's width in pixels at `size` px in a system sans-serif: per character
 * 0.34 em for narrow glyphs, 0.94 em for wide ones, 0.72 em for other capitals and 0.6 em for the
 * rest (sans-serif averages for DejaVu Sans, Segoe UI, Roboto and Helvetica, rounded up), and 1 em
 * for anything outside Latin-1, where CJK and emoji run a full em. Bold text runs 8 % wider.
 *
 * @example
 * textWidth("Order service", 13) // → 93
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.has(char)) em += 0.34;
    else if (WIDE.has(char)) em += 0.94;
    else if (char.codePointAt(0)! > 0xff) em += 1;
    else if (char >= "A" && char <= "Z") em += 0.72;
    else em += 0.6;
  }
  return Math.ceil(em * size * (bold ? 1.08 : 1));
}

// XML 1.0 allows tab, newline, carriage return and U+0020 upward, minus the surrogates and
// U+FFFE/U+FFFF; an SVG file with any other character is not well-formed and shows nothing.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;

/**
 * Map text made safe for SVG text and attributes: characters XML forbids are dropped (a lone
 * surrogate included), then `& < > " '` become entities (lib/html escapeHtml).
 *
 * @example
 * svgText(`<script>"x"</script>`) // → "&lt;script&gt;&quot;x&quot;&lt;/script&gt;"
 */
export function svgText(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ""));
}

/**
 * Splits text into lines of at most `maxWidth` px at `size` px, breaking between words (a word
 * longer than a line is cut between characters), and at most `maxLines` lines; the last line ends
 * in "…" when text is left over.
 *
 * @example
 * wrapText("Saga · Parallel · durable-execution · owned by Order service", 12, 200, 3)
 * // → ["Saga · Parallel ·", "durable-execution · owned by", "Order service"]
 */
export function wrapText(text: string, size: number, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = "";
    }
    while (textWidth(word, size) > maxWidth) {
      const chars = [...word];
      let cut = chars.length - 1;
      while (cut > 1 && textWidth(chars.slice(0, cut).join(""), size) > maxWidth) cut--;
      lines.push(chars.slice(0, cut).join(""));
      word = chars.slice(cut).join("");
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`, size) > maxWidth) last = [...last].slice(0, -1).join("");
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
