import { describe, expect, it } from "vitest";
import { encode } from "@/lib/share";
import { iframeSnippet, parseResultUrl } from "./index";
import { parseMapUrl } from "./map-url";
import mapFixtures from "../map/fixtures/map-1-codes.json";

const origin = "https://baton.example.com";
const code = encode({ teams: "one", consistency: "near-atomic" });

describe("result URLs for oEmbed", () => {
  it("accepts this site's result and embed-result pages, with the flow name", () => {
    expect(parseResultUrl(`${origin}/r/${code}?flow=Order%20checkout`, origin)).toEqual({
      ok: true,
      code,
      flow: "Order checkout",
    });
    expect(parseResultUrl(`${origin}/embed/r/${code}`, origin)).toEqual({ ok: true, code });
  });

  it("refuses other sites, other pages and damaged codes, saying why", () => {
    const cases = [
      [`https://evil.example.com/r/${code}`, /not a page of/],
      [`${origin}/guides/tool-map`, /not a Baton result page/],
      [`${origin}/r/${code.slice(0, -1)}X`, /check character|wrong length/],
      ["not a url", /absolute URL/],
      [`${origin}/r/${"x".repeat(3000)}`, /2048/],
    ] as const;
    for (const [url, message] of cases) {
      const r = parseResultUrl(url, origin);
      expect(r.ok, url).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });
});

describe("flow map URLs for oEmbed", () => {
  const mapCode = mapFixtures[0]!.code;

  it("accepts this site's map and embed-map pages", () => {
    expect(parseMapUrl(`${origin}/m/${mapCode}`, origin)).toEqual({ ok: true, code: mapCode });
    expect(parseMapUrl(`${origin}/embed/m/${mapCode}/`, origin)).toEqual({
      ok: true,
      code: mapCode,
    });
  });

  it("refuses other sites, result pages, bad escapes and damaged codes, saying why", () => {
    const cases = [
      [`https://evil.example.com/m/${mapCode}`, /not a page of/],
      [`${origin}/r/${code}`, /^url: not a Baton flow map page/],
      [`${origin}/m/m1.%ED%A0%80`, /^url: the map code has a malformed %-escape\.$/],
      [`${origin}/m/${mapCode.slice(0, -1)}`, /^url: .*damaged/],
      [`${origin}/m/${"x".repeat(3000)}`, /2048/],
    ] as const;
    for (const [url, message] of cases) {
      const r = parseMapUrl(url, origin);
      expect(r.ok, url).toBe(false);
      if (!r.ok) expect(r.message, url).toMatch(message);
    }
    // A result URL's reader refuses a map page, and a bad escape, as not one of its pages.
    for (const url of [`${origin}/m/${mapCode}`, `${origin}/r/%ED%A0%80`]) {
      expect(parseResultUrl(url, origin)).toEqual({
        ok: false,
        message: "url: not a Baton result page (/r/<code>).",
      });
    }
  });
});

describe("snippets", () => {
  it("escapes the flow name inside the iframe URL", () => {
    const html = iframeSnippet(origin, { code, flow: '"><script>alert(1)</script>' });
    expect(html).not.toContain("<script>alert");
    expect(html).toContain(`src="${origin}/embed/r/${code}?flow=`);
  });

  it("adds the host script only when asked", () => {
    expect(iframeSnippet(origin, {}, { withScript: true })).toContain(
      `<script src="${origin}/embed.js" async></script>`,
    );
    expect(iframeSnippet(origin, {})).not.toContain("<script");
  });
});
