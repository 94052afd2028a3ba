import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import {
  acceptsGzip,
  cacheKey,
  clientKind,
  createPageCache,
  deflateParts,
  gzipWithNonce,
  withoutInternalHeaders,
} from "./page-cache.mjs";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Hosts the tests' caches believe (BATON_ALLOWED_HOSTS). */
const HOSTS = { allowedHosts: ["127.0.0.1", "example.test", "other.test"] };

type FakeOptions = {
  status?: number;
  cookie?: boolean;
  /** Whether the route marks the page cacheable, as proxy.ts does for share pages (default yes). */
  cacheable?: boolean;
  cacheControl?: string;
  /** Held until the test opens it: the render starts, then waits. */
  gate?: Promise<void>;
  delayMs?: number;
};

/**
 * A stand-in for Next + proxy.ts: a fresh nonce per request, in the CSP header and the body; the
 * body names the URL, the host and whether the client is a bot, as Next's HTML differs for bots.
 */
function fakeNext(options: FakeOptions = {}) {
  const calls: string[] = [];
  const started: Array<() => void> = [];
  let counter = 0;
  const handler: Handler = async (req, res) => {
    calls.push(req.url ?? "");
    for (const notify of started.splice(0)) notify();
    const nonce = `nonce${String(++counter).padStart(4, "0")}abcdefghijklmnop`;
    if (options.gate) await options.gate;
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    res.setHeader("Content-Security-Policy", `script-src 'nonce-${nonce}' 'strict-dynamic'`);
    res.setHeader("Vary", "rsc");
    if (options.cacheable !== false) res.setHeader("X-Baton-Cacheable", "share-page");
    if (options.cacheControl) res.setHeader("Cache-Control", options.cacheControl);
    if (options.cookie) res.setHeader("Set-Cookie", "a=b");
    res.writeHead(options.status ?? 200, { "Content-Type": "text/html; charset=utf-8" });
    res.write(`<html><script nonce="${nonce}">1</script>`);
    const bot = /bot/i.test(req.headers["user-agent"] ?? "") ? "bot" : "browser";
    res.write(Buffer.from(`<p>${req.url} ${req.headers.host} ${bot}</p>`));
    res.end(`<script nonce="${nonce}">self.__next_f.push("${nonce}")</script></html>`);
  };
  /** Resolves when the next render starts. */
  const nextStart = () => new Promise<void>((resolve) => started.push(resolve));
  return { handler, calls, nextStart };
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

function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ port, host: "127.0.0.1", path, headers, method }, (res) => {
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
  const SLACKBOT = "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)";

  it("keys share pages by scheme, a believed host, the kind of client and the URL", () => {
    expect(cacheKey(req("/r/1Bq8R1Wu64"), HOSTS)).toBe("http://example.test|browser|/r/1Bq8R1Wu64");
    expect(
      cacheKey(req("/embed/r/1Bq8R1Wu64?flow=Checkout", { "x-forwarded-proto": "https" }), HOSTS),
    ).toBe("https://example.test|browser|/embed/r/1Bq8R1Wu64?flow=Checkout");
    expect(cacheKey(req("/r/1Bq8R1Wu64", { "user-agent": SLACKBOT }), HOSTS)).toBe(
      "http://example.test|html|/r/1Bq8R1Wu64",
    );
  });

  it("separates the chat-unfurl bots from browsers as Next does", () => {
    expect(clientKind(SLACKBOT)).toBe("html");
    expect(clientKind("Discordbot/2.0; +https://discordapp.com")).toBe("html");
    expect(clientKind("Mozilla/5.0 (compatible; Googlebot/2.1)")).toBe("dom");
    expect(clientKind("Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36")).toBe(
      "browser",
    );
    expect(clientKind(undefined)).toBe("browser");
  });

  it("believes only listed hosts, and leaves the Host out when there is a public origin", () => {
    expect(cacheKey(req("/r/1Bq8R1Wu64", { host: "junk-123.example" }), HOSTS)).toBeUndefined();
    expect(cacheKey(req("/r/1Bq8R1Wu64", { host: "example.test/../x" }), HOSTS)).toBeUndefined();
    expect(cacheKey(req("/r/1Bq8R1Wu64"), {})).toBeUndefined();
    const policy = { publicOrigin: "https://baton.example.com" };
    expect(cacheKey(req("/r/1Bq8R1Wu64", { host: "junk-123.example" }), policy)).toBe(
      "https://baton.example.com|browser|/r/1Bq8R1Wu64",
    );
  });

  it("leaves every other request to Next", () => {
    const none = (r: IncomingMessage) => expect(cacheKey(r, HOSTS)).toBeUndefined();
    none(req("/r/1Bq8R1Wu64", {}, "POST"));
    none(req("/r/1Bq8R1Wu64", {}, "HEAD"));
    none(req("/r/1Bq8R1Wu64", { rsc: "1" }));
    none(req("/r/1Bq8R1Wu64", { "next-router-prefetch": "1" }));
    none(req("/r/1Bq8R1Wu64?_rsc=abc"));
    none(req("/r/1Bq8R1Wu64", { cookie: "session=1" }));
    none(req("/r/1Bq8R1Wu64", { authorization: "Basic dTpw" }));
    none(req("/r/1Bq8R1Wu64/adr"));
    none(req("/r/1Bq8R1Wu64/og"));
    none(req("/advisor"));
    none(req("/r/has%20space"));
  });
});

describe("gzipWithNonce: a page deflated once, re-stamped per hit (RFC 1951, RFC 1952)", () => {
  const nonce = "Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXhxdXV4";
  it("gunzips to the parts joined by the nonce, whatever their sizes and wherever the nonces sit", () => {
    const big = Buffer.from(
      Array.from({ length: 9000 }, (_, i) => `<p id="r${i}">row</p>`).join(""),
    );
    const cases: string[][] = [
      ["<html>", "</html>"],
      ["", "middle", ""],
      ["only one part"],
      [big.toString(), '<script nonce="', '">x</script>', big.toString().slice(0, 70000)],
    ];
    for (const texts of cases) {
      const parts = texts.map((t) => Buffer.from(t));
      const zipped = gzipWithNonce(parts, deflateParts(parts), nonce);
      expect(gunzipSync(zipped).toString()).toBe(texts.join(nonce));
    }
  });

  it("gives each hit its own nonce from the same deflated parts, and stays compressed", () => {
    const page = Buffer.from(`<html>${"<div>same text</div>".repeat(2000)}</html>`);
    const parts = [page.subarray(0, 100), page.subarray(100)];
    const deflated = deflateParts(parts);
    const other = nonce.replace("Zm9v", "YmFy");
    expect(gunzipSync(gzipWithNonce(parts, deflated, other)).toString()).toBe(
      `${parts[0]}${other}${parts[1]}`,
    );
    expect(gzipWithNonce(parts, deflated, nonce).length).toBeLessThan(page.length / 10);
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
    const port = await serve(createPageCache(next.handler, HOSTS).handle);
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
      expect(reply.headers["vary"]).toBe("rsc, Accept-Encoding, User-Agent");
      expect(reply.headers["x-baton-cacheable"]).toBeUndefined();
      expect(reply.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(Number(reply.headers["content-length"])).toBeGreaterThan(0);
    }
    expect(nonces[1]).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });

  it("keeps pages apart by URL and host", async () => {
    const next = fakeNext();
    const port = await serve(createPageCache(next.handler, HOSTS).handle);
    const a = await get(port, "/r/AAAAAAAAAA");
    const b = await get(port, "/r/AAAAAAAAAA?flow=Checkout");
    const c = await get(port, "/r/AAAAAAAAAA", { host: "other.test" });
    await get(port, "/r/AAAAAAAAAA?flow=Checkout");
    expect(next.calls).toHaveLength(3);
    expect(a.body).toContain("<p>/r/AAAAAAAAAA 127.0.0.1:");
    expect(b.body).toContain("<p>/r/AAAAAAAAAA?flow=Checkout ");
    expect(c.body).toContain("other.test browser</p>");
  });

  it("stores no error page and no response that sets a cookie", async () => {
    for (const options of [{ status: 404 }, { status: 500 }, { cookie: true }]) {
      const next = fakeNext(options);
      const port = await serve(createPageCache(next.handler, HOSTS).handle);
      const first = await get(port, "/r/1Bq8R1Wu64");
      await get(port, "/r/1Bq8R1Wu64");
      expect(next.calls).toHaveLength(2);
      expect(first.status).toBe(options.status ?? 200);
      expect(first.body).toContain("</html>");
    }
  });

  it("renders a burst of requests for a new page once", async () => {
    const next = fakeNext({ delayMs: 50 });
    const port = await serve(createPageCache(next.handler, HOSTS).handle);
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
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const next = fakeNext({ gate });
    const cache = createPageCache(next.handler, HOSTS);
    let serverSide!: Promise<void>;
    const port = await serve((req, res) => {
      // The cache sees the visitor leave through this response's "close" event.
      serverSide = new Promise((resolve) => res.once("close", () => resolve()));
      return cache.handle(req, res);
    });
    const started = next.nextStart();
    const client = request({ port, host: "127.0.0.1", path: "/r/1Bq8R1Wu64" });
    const clientGone = new Promise<void>((resolve) => client.on("close", () => resolve()));
    client.on("error", () => {});
    client.end();
    // 1. The render has begun and waits at the gate.
    await started;
    // 2. The visitor leaves; the server notices.
    client.destroy();
    await clientGone;
    await serverSide;
    // 3. Only now does the render finish.
    open();
    await gate;
    await new Promise((resolve) => setImmediate(resolve));
    expect(cache.size()).toBe(0);
    const reply = await get(port, "/r/1Bq8R1Wu64");
    expect(reply.status).toBe(200);
    expect(reply.headers["x-baton-page-cache"]).toBe("miss");
    expect(next.calls).toHaveLength(2);
    expect(cache.size()).toBe(1);
  });

  it("stores only what the route declares cacheable, whatever else the page says", async () => {
    for (const options of [
      { cacheable: false },
      { cacheable: false, cacheControl: "private, no-store" },
    ]) {
      const next = fakeNext(options);
      const cache = createPageCache(next.handler, HOSTS);
      const port = await serve(cache.handle);
      const first = await get(port, "/r/1Bq8R1Wu64");
      await get(port, "/r/1Bq8R1Wu64");
      expect(first.status).toBe(200);
      expect(next.calls).toHaveLength(2);
      expect(cache.size()).toBe(0);
    }
  });

  it("never stores or serves a page for a request that carries credentials", async () => {
    const next = fakeNext();
    const cache = createPageCache(next.handler, HOSTS);
    const port = await serve(cache.handle);
    await get(port, "/r/1Bq8R1Wu64", { cookie: "session=abc" });
    expect(cache.size()).toBe(0);
    await get(port, "/r/1Bq8R1Wu64");
    const withAuth = await get(port, "/r/1Bq8R1Wu64", { authorization: "Bearer x" });
    expect(withAuth.headers["x-baton-page-cache"]).toBeUndefined();
    expect(next.calls).toHaveLength(3);
  });

  it("gives a chat-unfurl bot its own copy, not the browser's", async () => {
    const next = fakeNext();
    const port = await serve(createPageCache(next.handler, HOSTS).handle);
    const browser = await get(port, "/r/1Bq8R1Wu64", { "user-agent": "Mozilla/5.0 Chrome/140.0" });
    const slackbot = await get(port, "/r/1Bq8R1Wu64", {
      "user-agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    });
    const again = await get(port, "/r/1Bq8R1Wu64", {
      "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
    });
    expect(next.calls).toHaveLength(2);
    expect(browser.body).toContain(" browser</p>");
    expect(slackbot.body).toContain(" bot</p>");
    expect(again.headers["x-baton-page-cache"]).toBe("hit");
    expect(again.body).toContain(" bot</p>");
  });

  it("can't be filled with junk Host headers: they are rendered, never stored, and evict nothing", async () => {
    const next = fakeNext();
    const cache = createPageCache(next.handler, { ...HOSTS, maxEntries: 2 });
    const port = await serve(cache.handle);
    await get(port, "/r/A");
    for (let i = 0; i < 5; i++) await get(port, "/r/A", { host: `junk-${i}.example` });
    const hot = await get(port, "/r/A");
    expect(hot.headers["x-baton-page-cache"]).toBe("hit");
    expect(cache.size()).toBe(1);
    expect(next.calls).toHaveLength(6);
  });

  it("with a public origin, serves every Host the same page", async () => {
    const next = fakeNext();
    const cache = createPageCache(next.handler, { publicOrigin: "https://baton.example.com" });
    const port = await serve(cache.handle);
    await get(port, "/r/A", { host: "a.example" });
    const other = await get(port, "/r/A", { host: "b.example" });
    expect(other.headers["x-baton-page-cache"]).toBe("hit");
    expect(next.calls).toHaveLength(1);
  });

  it("forgets the least recently used page beyond its limit", async () => {
    const next = fakeNext();
    const cache = createPageCache(next.handler, { ...HOSTS, maxEntries: 2 });
    const port = await serve(cache.handle);
    for (const path of ["/r/A", "/r/B", "/r/A", "/r/C", "/r/A", "/r/B"]) await get(port, path);
    // A stays (used recently), B is dropped when C arrives, so B renders twice.
    expect(next.calls).toEqual(["/r/A", "/r/B", "/r/C", "/r/B"]);
    expect(cache.size()).toBe(2);
    expect(cache.stats).toMatchObject({ hits: 2, misses: 4, evicted: 2 });
  });

  it("passes other routes through untouched, compression left to Next", async () => {
    const next = fakeNext();
    const port = await serve(createPageCache(next.handler, HOSTS).handle);
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
      }, HOSTS).handle,
    );
    const reply = await get(port, "/r/1Bq8R1Wu64");
    await get(port, "/r/1Bq8R1Wu64");
    expect(reply.status).toBe(500);
    expect(calls).toBe(2);
  });
});

describe("createPageCache with Next's own response writer", () => {
  // Next 16.4 sends a page through sendRenderResult (next/dist/server/send-payload.js): headers
  // with setHeader, then `end(payload)` for a static page or, for a streamed one, flushHeaders,
  // write and end through pipe-readable.js. If a Next release writes another way, these fail.
  const require = createRequire(import.meta.url);
  const { sendRenderResult } = require("next/dist/server/send-payload.js") as {
    sendRenderResult: (options: Record<string, unknown>) => Promise<void>;
  };
  const RenderResult = (
    require("next/dist/server/render-result.js") as { default: new (...args: unknown[]) => unknown }
  ).default;

  function nextLike(streamed: boolean): Handler {
    let counter = 0;
    return async (req, res) => {
      const nonce = `nextnonce${String(++counter).padStart(4, "0")}abcdefghijkl`;
      res.setHeader("Content-Security-Policy", `script-src 'nonce-${nonce}'`);
      res.setHeader("X-Baton-Cacheable", "share-page");
      const parts = [`<html><script nonce="${nonce}">1</script>`, `<p>${req.url}</p></html>`];
      const body = streamed
        ? new ReadableStream<Uint8Array>({
            start(controller) {
              for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
              controller.close();
            },
          })
        : parts.join("");
      const result = new RenderResult(body, {
        contentType: "text/html; charset=utf-8",
        metadata: {},
      });
      await sendRenderResult({
        req,
        res,
        result,
        generateEtags: false,
        poweredByHeader: false,
        cacheControl: { revalidate: 0, expire: undefined },
      });
    };
  }

  for (const streamed of [false, true]) {
    it(`captures a ${streamed ? "streamed" : "static"} page whole and re-stamps it`, async () => {
      const cache = createPageCache(nextLike(streamed), HOSTS);
      const port = await serve(cache.handle);
      const first = await get(port, "/r/1Bq8R1Wu64");
      const second = await get(port, "/r/1Bq8R1Wu64", { "accept-encoding": "gzip" });
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(second.headers["x-baton-page-cache"]).toBe("hit");
      const nonce = nonceOf(second.headers["content-security-policy"])!;
      expect(second.body).toBe(
        `<html><script nonce="${nonce}">1</script><p>/r/1Bq8R1Wu64</p></html>`,
      );
      expect(first.body.replace(nonceOf(first.headers["content-security-policy"])!, nonce)).toBe(
        second.body,
      );
      expect(cache.stats).toMatchObject({ hits: 1, misses: 1, stored: 1 });
    });
  }
});

describe("withoutInternalHeaders", () => {
  // Every kind of request the cache passes by, and the ones it serves.
  const REQUESTS: Array<[string, string, Record<string, string>]> = [
    ["GET", "/r/1Bq8R1Wu64", {}],
    ["GET", "/r/1Bq8R1Wu64", {}], // a hit
    ["HEAD", "/r/1Bq8R1Wu64", {}],
    ["POST", "/r/1Bq8R1Wu64", {}],
    ["GET", "/r/1Bq8R1Wu64", { "cache-control": "no-cache", pragma: "no-cache" }],
    ["GET", "/r/1Bq8R1Wu64?_rsc=abc", {}],
    ["GET", "/r/1Bq8R1Wu64?flow=Checkout&x=1", {}],
    ["GET", "/r/1Bq8R1Wu64", { rsc: "1" }],
    ["GET", "/r/1Bq8R1Wu64", { cookie: "a=b" }],
    ["GET", "/r/1Bq8R1Wu64", { host: "junk.example" }],
    ["GET", "/advisor", {}],
  ];

  /** A handler that marks its response internal every way Next can: setHeader, writeHead's object and list. */
  const marking: Handler = (req, res) => {
    res.setHeader("X-Baton-Cacheable", "share-page");
    res.setHeader("Content-Security-Policy", "script-src 'nonce-abcdefghijklmnopqrstuvwx'");
    if (req.url?.includes("x=1")) {
      res.writeHead(200, ["Content-Type", "text/html", "X-BATON-CACHEABLE", "share-page"]);
    } else {
      res.writeHead(200, "OK", { "Content-Type": "text/html", "x-baton-cacheable": "share-page" });
    }
    res.end(req.method === "HEAD" ? undefined : "<p>page nonce-abcdefghijklmnopqrstuvwx</p>");
  };

  for (const [name, handler] of [
    ["with the cache", createPageCache(marking, HOSTS).handle],
    ["with the cache off", marking],
  ] as const) {
    it(`keeps the internal header from every response, ${name}`, async () => {
      const port = await serve(withoutInternalHeaders(handler));
      for (const [method, path, headers] of REQUESTS) {
        const reply = await get(port, path, headers, method);
        expect(reply.status, `${method} ${path}`).toBe(200);
        expect(reply.headers["content-type"], `${method} ${path}`).toBe("text/html");
        expect(reply.headers["x-baton-cacheable"], `${method} ${path}`).toBeUndefined();
      }
    });
  }

  it("still lets the cache inside read the route's mark", async () => {
    const next = fakeNext();
    const port = await serve(withoutInternalHeaders(createPageCache(next.handler, HOSTS).handle));
    await get(port, "/r/1Bq8R1Wu64");
    const second = await get(port, "/r/1Bq8R1Wu64");
    expect(second.headers["x-baton-page-cache"]).toBe("hit");
    expect(next.calls).toHaveLength(1);
  });
});
