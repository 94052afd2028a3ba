import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { acceptsGzip, cacheKey, createPageCache } from "./page-cache.mjs";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** A stand-in for Next + proxy.ts: a fresh nonce per request, in the CSP header and the body. */
function fakeNext(options: { status?: number; cookie?: boolean; delayMs?: number } = {}) {
  const calls: string[] = [];
  let counter = 0;
  const handler: Handler = async (req, res) => {
    calls.push(req.url ?? "");
    const nonce = `nonce${String(++counter).padStart(4, "0")}abcdefghijklmnop`;
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    res.setHeader("Content-Security-Policy", `script-src 'nonce-${nonce}' 'strict-dynamic'`);
    res.setHeader("Vary", "rsc");
    if (options.cookie) res.setHeader("Set-Cookie", "a=b");
    res.writeHead(options.status ?? 200, { "Content-Type": "text/html; charset=utf-8" });
    res.write(`<html><script nonce="${nonce}">1</script>`);
    res.write(Buffer.from(`<p>${req.url} ${req.headers.host}</p>`));
    res.end(`<script nonce="${nonce}">self.__next_f.push("${nonce}")</script></html>`);
  };
  return { handler, calls };
}

const servers: Array<{ close: () => void }> = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

async function serve(handler: Handler) {
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  servers.push(server);
  return (server.address() as AddressInfo).port;
}

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ port, host: "127.0.0.1", path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
        done({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString("utf8") });
      });
    });
    req.on("error", fail);
    req.end();
  });
}

const nonceOf = (csp: unknown) => /'nonce-([^']+)'/.exec(String(csp))?.[1];

describe("cacheKey", () => {
  const req = (url: string, headers: Record<string, string> = {}, method = "GET") =>
    ({ url, method, headers: { host: "example.test", ...headers } }) as unknown as IncomingMessage;

  it("keys share pages by host, scheme and URL, flow included", () => {
    expect(cacheKey(req("/r/1Bq8R1Wu64"))).toBe("|example.test|/r/1Bq8R1Wu64");
    expect(
      cacheKey(req("/embed/r/1Bq8R1Wu64?flow=Checkout", { "x-forwarded-proto": "https" })),
    ).toBe("https|example.test|/embed/r/1Bq8R1Wu64?flow=Checkout");
  });

  it("leaves every other request to Next", () => {
    expect(cacheKey(req("/r/1Bq8R1Wu64", {}, "POST"))).toBeUndefined();
    expect(cacheKey(req("/r/1Bq8R1Wu64", {}, "HEAD"))).toBeUndefined();
    expect(cacheKey(req("/r/1Bq8R1Wu64", { rsc: "1" }))).toBeUndefined();
    expect(cacheKey(req("/r/1Bq8R1Wu64", { "next-router-prefetch": "1" }))).toBeUndefined();
    expect(cacheKey(req("/r/1Bq8R1Wu64?_rsc=abc"))).toBeUndefined();
    expect(cacheKey(req("/r/1Bq8R1Wu64/adr"))).toBeUndefined();
    expect(cacheKey(req("/r/1Bq8R1Wu64/og"))).toBeUndefined();
    expect(cacheKey(req("/advisor"))).toBeUndefined();
    expect(cacheKey(req("/r/has%20space"))).toBeUndefined();
  });
});

describe("acceptsGzip", () => {
  it("reads Accept-Encoding, q=0 included", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("createPageCache", () => {
  it("renders a share page once and re-stamps every later copy with a fresh nonce", async () => {
    const next = fakeNext();
    const port = await serve(createPageCache(next.handler).handle);
    const first = await get(port, "/r/1Bq8R1Wu64", { "accept-encoding": "gzip" });
    const second = await get(port, "/r/1Bq8R1Wu64", { "accept-encoding": "gzip" });
    const third = await get(port, "/r/1Bq8R1Wu64");
    expect(next.calls).toEqual(["/r/1Bq8R1Wu64"]);
    expect([first, second, third].map((r) => r.headers["x-baton-page-cache"])).toEqual([
      "miss",
      "hit",
      "hit",
    ]);
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(second.headers["content-encoding"]).toBe("gzip");
    expect(third.headers["content-encoding"]).toBeUndefined();
    const nonces = [first, second, third].map((r) => nonceOf(r.headers["content-security-policy"]));
    expect(new Set(nonces).size).toBe(3);
    for (const [i, reply] of [first, second, third].entries()) {
      const nonce = nonces[i]!;
      expect(reply.status).toBe(200);
      expect(reply.body.split(nonce)).toHaveLength(4); // two script tags and the payload
      expect(reply.body.replaceAll(nonce, "N")).toBe(first.body.replaceAll(nonces[0]!, "N"));
      expect(reply.headers["vary"]).toBe("rsc, Accept-Encoding");
      expect(reply.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(Number(reply.headers["content-length"])).toBeGreaterThan(0);
    }
    expect(nonces[1]).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });

  it("keeps pages apart by URL and host", async () => {
    const next = fakeNext();
    const port = await serve(createPageCache(next.handler).handle);
    const a = await get(port, "/r/AAAAAAAAAA");
    const b = await get(port, "/r/AAAAAAAAAA?flow=Checkout");
    const c = await get(port, "/r/AAAAAAAAAA", { host: "other.test" });
    await get(port, "/r/AAAAAAAAAA?flow=Checkout");
    expect(next.calls).toHaveLength(3);
    expect(a.body).toContain("<p>/r/AAAAAAAAAA 127.0.0.1:");
    expect(b.body).toContain("<p>/r/AAAAAAAAAA?flow=Checkout ");
    expect(c.body).toContain("other.test</p>");
  });

  it("stores no error page and no response that sets a cookie", async () => {
    for (const options of [{ status: 404 }, { status: 500 }, { cookie: true }]) {
      const next = fakeNext(options);
      const port = await serve(createPageCache(next.handler).handle);
      const first = await get(port, "/r/1Bq8R1Wu64");
      await get(port, "/r/1Bq8R1Wu64");
      expect(next.calls).toHaveLength(2);
      expect(first.status).toBe(options.status ?? 200);
      expect(first.body).toContain("</html>");
    }
  });

  it("renders a burst of requests for a new page once", async () => {
    const next = fakeNext({ delayMs: 50 });
    const port = await serve(createPageCache(next.handler).handle);
    const replies = await Promise.all(
      Array.from({ length: 8 }, () => get(port, "/r/1Bq8R1Wu64", { "accept-encoding": "gzip" })),
    );
    expect(next.calls).toHaveLength(1);
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(reply.body).toContain(nonceOf(reply.headers["content-security-policy"])!);
    }
  });

  it("stores nothing from a render whose visitor left, and renders again for the next one", async () => {
    const next = fakeNext({ delayMs: 80 });
    const cache = createPageCache(next.handler);
    const port = await serve(cache.handle);
    await new Promise<void>((done) => {
      const req = request({ port, host: "127.0.0.1", path: "/r/1Bq8R1Wu64" });
      req.on("error", () => done());
      req.on("close", () => done());
      req.end();
      setTimeout(() => req.destroy(), 20);
    });
    await new Promise((r) => setTimeout(r, 150)); // the abandoned render finishes meanwhile
    expect(cache.size()).toBe(0);
    const reply = await get(port, "/r/1Bq8R1Wu64");
    expect(reply.status).toBe(200);
    expect(reply.headers["x-baton-page-cache"]).toBe("miss");
    expect(next.calls).toHaveLength(2);
    expect(cache.size()).toBe(1);
  });

  it("forgets the least recently used page beyond its limit", async () => {
    const next = fakeNext();
    const cache = createPageCache(next.handler, { maxEntries: 2 });
    const port = await serve(cache.handle);
    for (const path of ["/r/A", "/r/B", "/r/A", "/r/C", "/r/A", "/r/B"]) await get(port, path);
    // A stays (used recently), B is dropped when C arrives, so B renders twice.
    expect(next.calls).toEqual(["/r/A", "/r/B", "/r/C", "/r/B"]);
    expect(cache.size()).toBe(2);
    expect(cache.stats).toMatchObject({ hits: 2, misses: 4, evicted: 2 });
  });

  it("passes other routes through untouched, compression left to Next", async () => {
    const next = fakeNext();
    const port = await serve(createPageCache(next.handler).handle);
    const reply = await get(port, "/advisor", { "accept-encoding": "gzip" });
    await get(port, "/advisor");
    expect(next.calls).toEqual(["/advisor", "/advisor"]);
    expect(reply.headers["x-baton-page-cache"]).toBeUndefined();
  });

  it("answers 500 and stores nothing when the handler throws", async () => {
    let calls = 0;
    const port = await serve(
      createPageCache(() => {
        calls++;
        throw new Error("boom");
      }).handle,
    );
    const reply = await get(port, "/r/1Bq8R1Wu64");
    await get(port, "/r/1Bq8R1Wu64");
    expect(reply.status).toBe(500);
    expect(calls).toBe(2);
  });
});
