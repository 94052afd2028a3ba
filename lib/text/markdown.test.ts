import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "./markdown";

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
