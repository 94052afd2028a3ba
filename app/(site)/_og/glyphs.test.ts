import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { drawableText, readCoverage } from "./glyphs";

const font = (file: string) =>
  readCoverage(readFileSync(join(process.cwd(), "assets/fonts", file)));
const latin = font("NotoSans-Regular.ttf");
const latinBold = font("NotoSans-Bold.ttf");
const cjk = font("NotoSansHans-Regular.otf");
const emoji = font("NotoEmoji-Regular.ttf");
const fonts = [latin, cjk, emoji];

describe("readCoverage", () => {
  it("reads the character maps of the bundled fonts", () => {
    expect(latin.has(0x41)).toBe(true); // A
    expect(latin.has(0x416)).toBe(true); // Ж
    expect(latin.has(0x4e2d)).toBe(false); // 中
    expect(cjk.has(0x4e2d)).toBe(true);
    expect(cjk.has(0x3042)).toBe(true); // あ
    expect(cjk.has(0xac00)).toBe(false); // 가
    expect(emoji.has(0x1f680)).toBe(true); // 🚀
    expect(latin.size).toBe(3094);
  });

  it("sees the same characters in both Noto Sans weights", () => {
    expect([...latinBold].sort()).toEqual([...latin].sort());
  });

  it("refuses what isn't a TrueType or OpenType font", () => {
    expect(() => readCoverage(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/TrueType/);
  });
});

describe("drawableText", () => {
  it("keeps Latin, CJK and emoji that the fonts draw", () => {
    expect(drawableText("Order checkout", fonts)).toBe("Order checkout");
    expect(drawableText("注文チェックアウト 订单结算", fonts)).toBe("注文チェックアウト 订单结算");
    expect(drawableText("Checkout 🚀🛒", fonts)).toBe("Checkout 🚀🛒");
  });

  it("replaces graphemes no font draws", () => {
    expect(drawableText("결제 flow", fonts)).toBe("?? flow");
    expect(drawableText("\u{10FFFD}", fonts)).toBe("?");
  });

  it("drops variation selectors", () => {
    expect(drawableText("\u2764\uFE0F", fonts)).toBe("\u2764");
  });

  it("replaces a grapheme whose chosen font lacks one of its code points", () => {
    // "1" is in Noto Sans, the combining keycap isn't: the renderer would fetch a font.
    expect(drawableText("1\u20E3 step", fonts)).toBe("? step");
  });

  it("follows the renderer's per-node memory of which font a UTF-16 unit chose", () => {
    // 🅰 (U+1F170) is in the CJK font, so its high surrogate sticks to that font and a later
    // 🌍 (same high surrogate, not in the CJK font) could not be drawn.
    expect(cjk.has(0x1f170)).toBe(true);
    expect(cjk.has(0x1f30d)).toBe(false);
    expect(drawableText("\u{1F170} then \u{1F30D}", fonts)).toBe("\u{1F170} then ?");
    expect(drawableText("\u{1F30D} then \u{1F170}", fonts)).toBe("\u{1F30D} then \u{1F170}");
  });
});
