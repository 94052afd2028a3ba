/** The longest flow name kept, in characters (code points). */
export const FLOW_MAX_LENGTH = 80;

/**
 * One pass over the name, in three alternatives:
 * 1. an emoji tag sequence (Unicode TS #51, ED-14a): U+1F3F4 WAVING BLACK FLAG, tag characters
 *    U+E0020–E007E, then U+E007F CANCEL TAG; the subdivision flags (Scotland, Wales, England) are
 *    written this way. Kept whole.
 * 2. C0/C1 controls (new lines, tabs, NUL...) and the line and paragraph separators: become a space.
 * 3. Format characters (general category Cf) other than U+200C ZERO WIDTH NON-JOINER (Persian,
 *    Urdu and Indic spelling need it) and U+200D ZERO WIDTH JOINER (emoji ZWJ sequences such as
 *    👩‍💻, Indic conjuncts): dropped. These are the bidirectional marks, embeddings, overrides and
 *    isolates (U+061C, U+200E/F, U+202A–202E, U+2066–2069), which can make a name read differently
 *    from what it says, the other invisible ones (soft hyphen, zero-width space, word joiner, BOM)
 *    and tag characters outside a tag sequence, which on their own carry hidden ASCII text.
 * Variation selectors (U+FE00–FE0F, U+E0100–E01EF) are marks (Mn), not Cf, so they stay.
 */
const UNWANTED =
  /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|([\p{Cc}\u2028\u2029])|(?![\u200C\u200D])\p{Cf}/gu;

const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });

/**
 * Normalises an untrusted flow name. Controls and line separators become spaces; bidirectional
 * controls and other invisible format characters are dropped (ZWJ, ZWNJ, variation selectors and
 * emoji tag sequences are kept, see UNWANTED); white space is collapsed and trimmed; the
 * name is cut to at most 80 code points at a grapheme-cluster boundary (Unicode UAX #29, through
 * `Intl.Segmenter`), so a cut never splits an emoji or a letter from its marks. Returns undefined
 * for anything but a string, or when nothing usable is left. Escaping for HTML, images and
 * Markdown happens where the name is written out.
 *
 * @example
 * cleanFlow("  Order\u0000 checkout \n") // → "Order checkout"
 * cleanFlow("\u202Eevil") // → "evil"
 * cleanFlow("👩‍💻 on-call") // → "👩‍💻 on-call" (ZWJ kept)
 */
export function cleanFlow(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const cleaned = raw
    .replace(UNWANTED, (_, tagSequence?: string, control?: string) =>
      tagSequence ? tagSequence : control ? " " : "",
    )
    .replace(/\s+/gu, " ")
    .trim();
  if (!cleaned) return undefined;
  if (cleaned.length <= FLOW_MAX_LENGTH) return cleaned; // UTF-16 units ≥ code points: fits
  // The code-unit index just after the 80th code point, then back to the start of the grapheme
  // cluster that index falls in, unless a cluster starts exactly there.
  let cut = 0;
  for (let points = 0; points < FLOW_MAX_LENGTH && cut < cleaned.length; points++) {
    cut += cleaned.codePointAt(cut)! > 0xffff ? 2 : 1;
  }
  if (cut >= cleaned.length) return cleaned;
  const cluster = graphemes.segment(cleaned).containing(cut);
  const kept = cleaned.slice(0, cluster && cluster.index < cut ? cluster.index : cut);
  return kept.trim() || undefined;
}
