import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf16String } from "@/lib/testing/arbitraries";
import { resultPath } from "@/lib/result/path";
import { FLOW_MAX_LENGTH, cleanFlow } from "./flow";

const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });
const clusters = (text: string) => [...graphemes.segment(text)].map((s) => s.segment);
const codePoints = (text: string) => [...text].length;

/**
 * Grapheme clusters that carry a format character or a variation selector the cleaner must keep:
 * emoji ZWJ sequences, a Persian letter with its ZWNJ, an Indic conjunct written with ZWJ,
 * variation selectors (text and emoji presentation, an ideographic variation sequence),
 * subdivision flags (tag sequences), a keycap and a skin tone.
 */
const KEPT_CLUSTERS = [
  "👩\u200D💻",
  "👨\u200D👩\u200D👧\u200D👦",
  "🏳\uFE0F\u200D🌈",
  "\u06CC\u200C", // ی + ZWNJ, as in می‌خواهم
  "\u0915\u094D\u200D", // क् + ZWJ (half form)
  "\u2764\uFE0F",
  "\u2764\uFE0E",
  "\u845B\u{E0100}",
  "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
  "\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}",
  "1\uFE0F\u20E3",
  "👍🏽",
];

/** Characters the cleaner must drop: bidi controls, invisible format characters, lone tags. */
const DROPPED = [
  "\u202A",
  "\u202B",
  "\u202C",
  "\u202D",
  "\u202E",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u200E",
  "\u200F",
  "\u061C",
  "\u00AD",
  "\u200B",
  "\u2060",
  "\uFEFF",
  "\u{E0041}",
  "\u{E007F}",
];

/** A cluster from the pool above, or any grapheme cluster fast-check draws (space-free). */
const cluster = fc.oneof(
  fc.constantFrom(...KEPT_CLUSTERS),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }).filter((g) => !/\s/u.test(g)),
);

// Property tests run thousands of cases; a shared, busy machine needs more than the 5 s default.
const SLOW = 60_000;

describe("cleanFlow over grapheme clusters", () => {
  it("the pool holds one grapheme cluster per entry", () => {
    for (const entry of KEPT_CLUSTERS) expect(clusters(entry)).toEqual([entry]);
  });

  it(
    "keeps every cluster of a clean name, and cuts only between clusters",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...KEPT_CLUSTERS), { minLength: 1, maxLength: 40 }),
          (words) => {
            const name = words.join(" ");
            const cleaned = cleanFlow(name)!;
            expect(name.startsWith(cleaned)).toBe(true);
            expect(codePoints(cleaned)).toBeLessThanOrEqual(FLOW_MAX_LENGTH);
            if (codePoints(name) <= FLOW_MAX_LENGTH) expect(cleaned).toBe(name);
            // Every kept cluster is whole: the output's clusters are the input's first clusters.
            const kept = clusters(cleaned);
            expect(clusters(name).slice(0, kept.length)).toEqual(kept);
            // And nothing more would have fit.
            const next = clusters(name)[kept.length === 0 ? 0 : kept.length] ?? "";
            if (next && next !== " ") {
              expect(codePoints(cleaned) + codePoints(next)).toBeGreaterThan(FLOW_MAX_LENGTH);
            }
          },
        ),
        { numRuns: 1_000 },
      );
    },
    SLOW,
  );

  it(
    "drops bidi controls and invisible characters between clusters and keeps the clusters",
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(cluster, fc.array(fc.constantFrom(...DROPPED), { maxLength: 2 })), {
            minLength: 1,
            maxLength: 20,
          }),
          (parts) => {
            const plain = parts.map(([c]) => c).join(" ");
            const dirty = parts.map(([c, junk]) => junk.join("") + c + junk.join("")).join(" ");
            expect(cleanFlow(dirty)).toBe(cleanFlow(plain));
          },
        ),
        { numRuns: 1_000 },
      );
    },
    SLOW,
  );

  it(
    "is idempotent, and what it returns has no controls and no bidi characters",
    () => {
      fc.assert(
        fc.property(fc.string({ unit: "grapheme", maxLength: 120 }), (raw) => {
          const cleaned = cleanFlow(raw);
          if (cleaned === undefined) return;
          expect(cleanFlow(cleaned)).toBe(cleaned);
          expect(cleaned).not.toMatch(/[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u);
          expect(codePoints(cleaned)).toBeLessThanOrEqual(FLOW_MAX_LENGTH);
        }),
        { numRuns: 1_000 },
      );
    },
    SLOW,
  );

  it("makes any UTF-16 string, lone surrogates included, well-formed, so a result link can be built", () => {
    fc.assert(
      fc.property(utf16String(120), (raw) => {
        const cleaned = cleanFlow(raw);
        if (cleaned === undefined) return;
        expect(cleaned.isWellFormed()).toBe(true);
        expect(() => resultPath("1BCh4XOE9d", raw)).not.toThrow();
      }),
      { numRuns: 1_000 },
    );
  });
});
