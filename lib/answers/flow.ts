import { wellFormed } from "../text/well-formed";

/** The longest flow name kept, in characters (code points). */
export const FLOW_MAX_LENGTH = 80;

/**
 * One pass over the name, in three alternatives:
 * 1. an emoji tag sequence (Unicode TS #51, ED-14a) as the subdivision flags (Scotland, Wales,
 *    England) write it: U+1F3F4 WAVING BLACK FLAG, a Unicode subdivision code in tag characters,
 *    then U+E007F CANCEL TAG. The code is lowercase: a 2-letter or 3-digit region and 1–4 letters
 *    or digits (CLDR `unicode_subdivision_id`, UTS #35), so 3 to 7 tags from a–z and 0–9
 *    (U+E0061–E007A, U+E0030–E0039). Kept whole. Other tag runs (capitals, spaces, punctuation,
 *    longer runs) are hidden ASCII text even after a flag, and are dropped by 3.
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
  /(\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{3,7}\u{E007F})|([\p{Cc}\u2028\u2029])|(?![\u200C\u200D])\p{Cf}/gu;

/**
 * A character that shows: anything but white space, the joiners, variation selectors and the
 * Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), which draw nothing on their own. A name made
 * only of those is no name.
 */
const VISIBLE = /[^\s\u200C\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u115F\u1160\u3164\uFFA0]/u;

const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });

/**
 * Normalises an untrusted flow name. It is first made well-formed Unicode (a lone surrogate becomes
 * U+FFFD, see lib/text/well-formed.ts). Controls and line separators become spaces; bidirectional
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
  const cleaned = wellFormed(raw)
    .replace(UNWANTED, (_, tagSequence?: string, control?: string) =>
      tagSequence ? tagSequence : control ? " " : "",
    )
    .replace(/\s+/gu, " ")
    .trim();
  if (!VISIBLE.test(cleaned)) return undefined;
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
