/**
 * The fonts bundled for Open Graph images (assets/fonts, SIL Open Font License): Noto Sans for
 * Latin, Greek and Cyrillic, Noto Sans S Chinese for Chinese, Japanese kana and kanji, Noto Emoji
 * for emoji. Read once per server process. Text goes through `ogText` so the renderer never has
 * to fetch a font for a character these can't draw.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { drawableText, readCoverage, type Coverage } from "./glyphs";

type FontSpec = { name: string; file: string; weight: 400 | 700 };

/** In the order the renderer tries them: the requested family first, then the rest as listed. */
const FONT_FILES: readonly FontSpec[] = [
  { name: "Noto Sans", file: "NotoSans-Regular.ttf", weight: 400 },
  { name: "Noto Sans", file: "NotoSans-Bold.ttf", weight: 700 },
  { name: "Noto Sans SC", file: "NotoSansHans-Regular.otf", weight: 400 },
  { name: "Noto Emoji", file: "NotoEmoji-Regular.ttf", weight: 400 },
];

export const OG_FONT_FAMILY = "Noto Sans";

const FONT_DIR = join(process.cwd(), "assets", "fonts");

const loaded = FONT_FILES.map((spec) => {
  const data = readFileSync(join(FONT_DIR, spec.file));
  return { ...spec, data, coverage: readCoverage(data) };
});

/** Fonts for `new ImageResponse(…, { fonts })`. One array for the process: the renderer caches by identity. */
export const ogFonts = loaded.map(({ name, data, weight }) => ({
  name,
  data,
  weight,
  style: "normal" as const,
}));

/** One coverage per family, in the renderer's order; a family covers what all its weights cover. */
const ogCoverage: readonly Coverage[] = (() => {
  const families = [...new Set(loaded.map((f) => f.name))];
  return families.map((family) => {
    const weights = loaded.filter((f) => f.name === family).map((f) => f.coverage);
    const [first, ...rest] = weights;
    return new Set([...first!].filter((c) => rest.every((w) => w.has(c))));
  });
})();

/** Text the bundled fonts can draw: white space collapsed, anything else undrawable replaced. */
export function ogText(text: string): string {
  return drawableText(text.replace(/\s+/g, " ").trim(), ogCoverage);
}
