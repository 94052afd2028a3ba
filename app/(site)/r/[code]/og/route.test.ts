import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixtureCodes } from "@/lib/testing/scenarios";
import { GET } from "./route";

const codes = fixtureCodes();

// The renderer fetches a font or an emoji image for any character its fonts lack. Every such
// request is recorded and refused here; only the renderer's own inlined data: URLs (its WebAssembly)
// go through.
const realFetch = globalThis.fetch;
const outbound: string[] = [];

beforeAll(() => {
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith("data:")) return realFetch(input, init);
    outbound.push(url);
    throw new Error(`Blocked network request to ${url}`);
  }) as typeof fetch;
});

afterEach(() => {
  expect(outbound.splice(0)).toEqual([]);
});

afterAll(() => {
  globalThis.fetch = realFetch;
});

async function image(code: string, flow?: string) {
  const url = new URL(`http://localhost/r/${code}/og`);
  if (flow !== undefined) url.searchParams.set("flow", flow);
  const response = await GET(new NextRequest(url), { params: Promise.resolve({ code }) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes };
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("GET /r/<code>/og", { timeout: 60_000 }, () => {
  it.each([
    ["Latin", "Order checkout"],
    ["CJK", "注文チェックアウト 订单结算 訂單結帳"],
    ["emoji", "Checkout 🚀🛒 ❤️ 👍🏽 🇫🇷 👨‍👩‍👧"],
    ["scripts without a bundled font", "결제 흐름 · الدفع · תשלום · भुगतान"],
    ["markup", "</text><script>alert(1)</script>"],
  ])("draws a PNG for a %s flow name without touching the network", async (_kind, flow) => {
    const { response, bytes } = await image(codes["checkout-core-and-side-effects"]!, flow);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe(
      "public, max-age=86400, stale-while-revalidate=604800",
    );
    expect([...bytes.slice(0, 8)]).toEqual(PNG);
  });

  it("draws a result that is too early to recommend", async () => {
    const { response, bytes } = await image(codes["nothing-known"]!);
    expect(response.status).toBe(200);
    expect([...bytes.slice(0, 8)]).toEqual(PNG);
  });

  it("answers 404 with the reason for a damaged code", async () => {
    const { response, bytes } = await image("1BCh4XOE9!");
    expect(response.status).toBe(404);
    expect(new TextDecoder().decode(bytes)).toContain("letters, digits");
  });

  it("never reaches the network, whatever the flow name", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 90 }),
          fc.string({ unit: "binary", maxLength: 90 }),
        ),
        async (flow) => {
          const { response } = await image(codes["seed-simple"]!, flow);
          expect(response.status).toBe(200);
          expect(outbound).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
