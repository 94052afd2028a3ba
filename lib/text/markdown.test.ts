import { describe, expect, it } from "vitest";
import { escapeMarkdown, escapeMarkdownInline } from "./markdown";

describe("escapeMarkdown", () => {
  it("escapes every ASCII punctuation character", () => {
    expect(escapeMarkdown("a*b_c[d](e)")).toBe("a\\*b\\_c\\[d\\]\\(e\\)");
    expect(escapeMarkdown("<b>")).toBe("\\<b\\>");
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
  });

  it("leaves letters, digits, spaces and other scripts alone", () => {
    expect(escapeMarkdown("Order checkout 2 注文 🛒")).toBe("Order checkout 2 注文 🛒");
  });

  it("puts everything on one line", () => {
    expect(escapeMarkdown("a\n# b\r\nc")).toBe("a \\# b c");
  });
});

describe("escapeMarkdownInline", () => {
  it("leaves punctuation that changes nothing mid-line alone", () => {
    expect(escapeMarkdownInline("Checkout v2.1 (EU) - payments/refunds: 50% off!")).toBe(
      "Checkout v2.1 (EU) - payments/refunds: 50% off!",
    );
  });

  it("escapes what would format, link, mention or embed HTML", () => {
    expect(
      escapeMarkdownInline("*a* _b_ `c` ~d~ [e](f) <g> &amp; $x$ @team #12 www.x.io a\\b"),
    ).toBe(
      "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\[e\\](f) \\<g> \\&amp; \\$x\\$ \\@team \\#12 www\\.x.io a\\\\b",
    );
  });
});
