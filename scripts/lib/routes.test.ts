import { describe, expect, it } from "vitest";
import { BUDGETED_PAGES, gzipSize, initialScriptUrls, withCode } from "./routes.mjs";

const PAGE = "http://127.0.0.1:3600/r/abc";

describe("initialScriptUrls", () => {
  it("lists the page's own script sources in order, resolved against the page", () => {
    const html = `<script src="/_next/static/chunks/a.js" async="" nonce="n"></script>
      <script nonce="n" src='/_next/static/chunks/b.js'></script>
      <script src=c.js></script>`;
    expect(initialScriptUrls(html, PAGE)).toEqual([
      "http://127.0.0.1:3600/_next/static/chunks/a.js",
      "http://127.0.0.1:3600/_next/static/chunks/b.js",
      "http://127.0.0.1:3600/r/c.js",
    ]);
  });

  it("skips inline scripts, nomodule fallbacks and repeats", () => {
    const html = `<script nonce="n">self.__next_f.push([1,"x"])</script>
      <script src="/a.js"></script><script src="/a.js"></script>
      <script src="/polyfills.js" noModule=""></script>`;
    expect(initialScriptUrls(html, PAGE)).toEqual(["http://127.0.0.1:3600/a.js"]);
  });

  it("decodes &amp; in a source", () => {
    const html = `<script src="/s.js?a=1&amp;b=2"></script>`;
    expect(initialScriptUrls(html, PAGE)).toEqual(["http://127.0.0.1:3600/s.js?a=1&b=2"]);
  });
});

describe("budgets", () => {
  it("gzipSize measures the gzip stream, far smaller than repetitive input", () => {
    const input = Buffer.from("export const x = 1;\n".repeat(500));
    const size = gzipSize(input);
    expect(size).toBeLessThan(input.length / 10);
    expect(size).toBeGreaterThan(20);
  });

  it("holds landing and articles to 145 KiB, questionnaire, result, embed and the map editor to 185 KiB", () => {
    const budgets = Object.fromEntries(BUDGETED_PAGES.map((p) => [p.name, p.budgetBytes / 1024]));
    expect(budgets).toEqual({
      landing: 145,
      article: 145,
      questionnaire: 185,
      result: 185,
      embed: 185,
      "map editor": 185,
    });
  });

  it("puts the sample code into result paths", () => {
    expect(withCode("/r/{code}", "1Bq8R1Wu64")).toBe("/r/1Bq8R1Wu64");
  });
});
