/**
 * Keeps the Open Graph renderer off the network. When a text node holds a character that none of
 * its fonts can draw, the renderer (satori, inside next/og) downloads a font or an emoji image for
 * it. So before text reaches the renderer, every grapheme that the bundled fonts can't draw is
 * replaced, using the renderer's own rule for choosing a font:
 * - fonts are tried in order; the first whose cmap maps the grapheme's first code point wins,
 *   and that choice is remembered for the grapheme's first UTF-16 unit for the rest of the node;
 * - the grapheme is drawable only if the chosen font maps every one of its code points;
 * - a tab is never checked.
 * Pure: fonts come in as bytes.
 */

/** The code points a font maps to a real glyph (glyph 0, .notdef, doesn't count). */
export type Coverage = ReadonlySet<number>;

/**
 * Reads the character map of a TrueType or OpenType font: the subtable the renderer's font parser
 * uses (the last Unicode one, format 4 or 12).
 *
 * @example
 * readCoverage(readFileSync("assets/fonts/NotoSans-Regular.ttf")).has(0x41) // → true
 */
export function readCoverage(font: Uint8Array): Coverage {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const signature = view.getUint32(0);
  if (signature !== 0x00010000 && signature !== 0x4f54544f /* OTTO */) {
    throw new Error("Only TrueType and OpenType fonts are supported.");
  }
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i += 1) {
    const record = 12 + 16 * i;
    if (view.getUint32(record) === 0x636d6170 /* cmap */) cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error("The font has no cmap table.");

  const subtables = view.getUint16(cmap + 2);
  let subtable = -1;
  for (let i = subtables - 1; i >= 0; i -= 1) {
    const platform = view.getUint16(cmap + 4 + 8 * i);
    const encoding = view.getUint16(cmap + 4 + 8 * i + 2);
    if ((platform === 3 && [0, 1, 10].includes(encoding)) || (platform === 0 && encoding <= 4)) {
      subtable = cmap + view.getUint32(cmap + 4 + 8 * i + 4);
      break;
    }
  }
  if (subtable < 0) throw new Error("The font has no Unicode cmap subtable.");

  const covered = new Set<number>();
  const format = view.getUint16(subtable);
  if (format === 12) {
    const groups = view.getUint32(subtable + 12);
    for (let g = 0; g < groups; g += 1) {
      const at = subtable + 16 + 12 * g;
      const start = view.getUint32(at);
      const end = view.getUint32(at + 4);
      const glyph = view.getUint32(at + 8);
      for (let c = start; c <= end; c += 1) if (glyph + (c - start) !== 0) covered.add(c);
    }
  } else if (format === 4) {
    const segments = view.getUint16(subtable + 6) / 2;
    const ends = subtable + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    // The last segment is the 0xFFFF terminator; the renderer skips it too.
    for (let s = 0; s < segments - 1; s += 1) {
      const end = view.getUint16(ends + 2 * s);
      const start = view.getUint16(starts + 2 * s);
      const delta = view.getInt16(deltas + 2 * s);
      const rangeOffsetAt = rangeOffsets + 2 * s;
      const rangeOffset = view.getUint16(rangeOffsetAt);
      for (let c = start; c <= end; c += 1) {
        let glyph: number;
        if (rangeOffset === 0) {
          glyph = (c + delta) & 0xffff;
        } else {
          const at = rangeOffsetAt + rangeOffset + 2 * (c - start);
          glyph = at + 1 < font.byteLength ? view.getUint16(at) : 0;
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) covered.add(c);
      }
    }
  } else {
    throw new Error(`Unsupported cmap format ${format}.`);
  }
  return covered;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Replaces every grapheme that the fonts (in the renderer's order) can't draw. Variation
 * selectors are dropped first: they only ask for colour or text presentation.
 *
 * @example
 * drawableText("Checkout 🛒 결제", [latin, cjk, emoji]) // → "Checkout 🛒 ??" when no font has Hangul
 */
export function drawableText(text: string, fonts: readonly Coverage[], replacement = "?"): string {
  const chosen = new Map<number, number>();
  const pick = (grapheme: string): number | undefined => {
    const unit = grapheme.charCodeAt(0);
    if (chosen.has(unit)) return chosen.get(unit);
    const first = grapheme.codePointAt(0)!;
    const index = fonts.findIndex((font) => font.has(first));
    return index < 0 ? undefined : index;
  };
  let out = "";
  for (const { segment } of graphemes.segment(text.replace(/[\uFE00-\uFE0F]/g, ""))) {
    if (segment === "\t") {
      out += segment;
      continue;
    }
    const index = pick(segment);
    const font = index === undefined ? undefined : fonts[index];
    const drawable = font !== undefined && [...segment].every((c) => font.has(c.codePointAt(0)!));
    const kept = drawable ? segment : replacement;
    const keptIndex = drawable ? index : pick(replacement);
    if (keptIndex !== undefined && !chosen.has(kept.charCodeAt(0))) {
      chosen.set(kept.charCodeAt(0), keptIndex);
    }
    out += kept;
  }
  return out;
}
