import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { MODEL_V1, MODEL_V3 } from "@/lib/scoring";
import { encode } from "@/lib/share";
import { scenarioAnswers } from "@/lib/testing/scenarios";

// React's cache() memoises only inside a server render; this stands in for one request's cache,
// keyed by the arguments as React keys primitives, and is emptied between requests.
const requestCache = new Map<unknown, Map<string, unknown>>();
vi.mock("react", async (original) => ({
  ...(await original<typeof import("react")>()),
  cache: <A extends unknown[], R>(fn: (...args: A) => R) => {
    return (...args: A): R => {
      const calls = requestCache.get(fn) ?? new Map<string, unknown>();
      requestCache.set(fn, calls);
      const key = JSON.stringify(args);
      if (!calls.has(key)) calls.set(key, fn(...args));
      return calls.get(key) as R;
    };
  },
}));
vi.mock("@/lib/config/origin", () => ({ siteOrigin: async () => "https://baton.example" }));
vi.mock("@/lib/share/codec", async (original) => {
  const actual = await original<typeof import("@/lib/share/codec")>();
  return { ...actual, decode: vi.fn(actual.decode) };
});
vi.mock("@/lib/scoring/recommend", async (original) => {
  const actual = await original<typeof import("@/lib/scoring/recommend")>();
  return { ...actual, recommend: vi.fn(actual.recommend) };
});

const { decode } = await import("@/lib/share/codec");
const { recommend } = await import("@/lib/scoring/recommend");
const page = await import("./page");

/** What Next does for one GET of /r/<code>: the metadata, then the page, in one render. */
async function renderRequest(code: string) {
  requestCache.clear();
  vi.mocked(decode).mockClear();
  vi.mocked(recommend).mockClear();
  const props = {
    params: Promise.resolve({ code }),
    searchParams: Promise.resolve({ flow: "Checkout" }),
  };
  const metadata = await page.generateMetadata(props);
  // The page's element tree rendered to HTML, so a component that decoded or scored again while
  // rendering would be counted too.
  const html = renderToStaticMarkup(await page.default(props));
  return { metadata, html };
}

describe("a result page request", () => {
  const answers = scenarioAnswers("m2-checkout-core-and-side-effects.json");

  beforeEach(() => requestCache.clear());

  it("decodes its code once and scores it once (current model)", async () => {
    const code = encode(answers, MODEL_V3);
    const { metadata, html } = await renderRequest(code);
    expect(metadata.title).toBeTruthy();
    expect(html).toContain(code);
    expect(html).toContain("How to build it");
    expect(vi.mocked(decode)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(recommend)).toHaveBeenCalledTimes(1);
  });

  it("decodes a model-1 code once, and scores it once with model 1 and once with the current model", async () => {
    const { html } = await renderRequest(encode(answers, MODEL_V1));
    expect(html).toContain("Scored by model 1");
    expect(vi.mocked(decode)).toHaveBeenCalledTimes(1);
    // The second run is the "model 3, the current one, would say" comparison the page shows.
    expect(vi.mocked(recommend).mock.calls.map(([, model]) => model?.version)).toEqual([1, 3]);
  });
});
