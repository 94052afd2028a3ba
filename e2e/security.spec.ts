import { expect, test, type Page, type Request, type Response } from "@playwright/test";
import { encodeMap, validateMap } from "../lib/map";
import { largestMap } from "../lib/map-view/largest-map";
import { fixtureCodes } from "../lib/testing/scenarios";
import { baseURL } from "../playwright.config";

/** The pinned share code of the calibration scenario "checkout-core-and-side-effects". */
const CODE = fixtureCodes()["checkout-core-and-side-effects"]!;

/** The code of the largest allowed flow map (lib/map-view/largest-map.ts). */
const MAP_CODE = (() => {
  const checked = validateMap(largestMap());
  if (!checked.ok)
    throw new Error(checked.errors.map((e) => `${e.field}: ${e.message}`).join("; "));
  return encodeMap(checked.map);
})();

interface Route {
  path: string;
  kind: "html" | "json";
  /** The status the route answers once built. */
  status: 200 | 404;
}

const ROUTES: Route[] = [
  { path: "/", kind: "html", status: 200 },
  { path: "/advisor", kind: "html", status: 200 },
  { path: "/guides", kind: "html", status: 200 },
  { path: "/guides/what-is-orchestration", kind: "html", status: 200 },
  { path: "/r/{code}", kind: "html", status: 200 },
  { path: "/team", kind: "html", status: 200 },
  { path: "/embed-help", kind: "html", status: 200 },
  { path: "/embed", kind: "html", status: 200 },
  { path: "/embed/r/{code}", kind: "html", status: 200 },
  { path: "/map", kind: "html", status: 200 },
  { path: "/m/{map}", kind: "html", status: 200 },
  { path: "/embed/m/{map}", kind: "html", status: 200 },
  { path: "/m/m1.damaged", kind: "html", status: 404 },
  { path: "/api/v1/recommendation?code={code}", kind: "json", status: 200 },
  { path: "/api/openapi.json", kind: "json", status: 200 },
  { path: "/no-such-page-here", kind: "html", status: 404 },
];

const ORIGIN = new URL(baseURL).origin;
const PORT = Number(new URL(baseURL).port);
/** The embed allow-list the Playwright web server is started with (playwright.config.ts). */
const EMBED_ORIGINS = (process.env.BATON_EMBED_ORIGINS ?? `'self' http://127.0.0.2:${PORT + 1}`)
  .split(/\s+/)
  .filter(Boolean);
const STRICT_REFERRER_POLICIES = [
  "no-referrer",
  "same-origin",
  "strict-origin",
  "strict-origin-when-cross-origin",
];
/** URL schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(["data:", "blob:", "about:"]);

const withCode = (path: string) => path.replaceAll("{code}", CODE).replaceAll("{map}", MAP_CODE);
const isEmbed = (path: string) => path === "/embed" || path.startsWith("/embed/");

/** The directives of a CSP header, by name. */
function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Checks the security headers of one response of `path`; returns the CSP nonce. */
function expectSecurityHeaders(path: string, headers: Record<string, string>): string {
  const csp = parseCsp(headers["content-security-policy"] ?? "");
  const scriptSrc = csp.get("script-src") ?? [];
  const nonce = scriptSrc.find((s) => /^'nonce-[A-Za-z0-9+/=_-]{16,}'$/.test(s));
  expect(nonce, `script-src of ${path} carries a nonce`).toBeDefined();
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'none'"]);
  expect(csp.get("default-src")).toEqual(["'self'"]);

  const frameAncestors = csp.get("frame-ancestors");
  if (isEmbed(path)) {
    expect(frameAncestors, `${path} may be framed by the allow-list only`).toEqual(EMBED_ORIGINS);
  } else {
    expect(frameAncestors, `${path} refuses framing`).toEqual(["'none'"]);
  }

  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(STRICT_REFERRER_POLICIES).toContain(headers["referrer-policy"]);
  expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);
  expect(headers["permissions-policy"]).toMatch(/microphone=\(\)/);
  expect(headers["permissions-policy"]).toMatch(/geolocation=\(\)/);
  expect(headers["x-powered-by"]).toBeUndefined();
  expect(headers["set-cookie"]).toBeUndefined();
  return nonce!.slice("'nonce-".length, -1);
}

/** Records what a page does while it loads: requests, responses and console errors. */
function watch(page: Page) {
  const requests: string[] = [];
  const responses: Response[] = [];
  const errors: { text: string; url: string }[] = [];
  const awaitingResponse = new Set<Request>();
  page.on("request", (request) => {
    requests.push(request.url());
    awaitingResponse.add(request);
  });
  page.on("response", (response) => {
    responses.push(response);
    awaitingResponse.delete(response.request());
  });
  page.on("requestfailed", (request) => awaitingResponse.delete(request));
  page.on("console", (message) => {
    if (message.type() === "error")
      errors.push({ text: message.text(), url: message.location().url });
  });
  page.on("pageerror", (error) => errors.push({ text: error.message, url: page.url() }));
  return { requests, responses, errors, awaitingResponse };
}

/**
 * Waits until no request has been waiting for its response for half a second (at most 10 s).
 * Unlike "networkidle" this ignores response bodies a page never reads (Next's prefetches).
 */
async function settle(page: Page, awaitingResponse: Set<Request>) {
  const deadline = Date.now() + 10_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (awaitingResponse.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 500) return;
    await page.waitForTimeout(100);
  }
}

for (const route of ROUTES) {
  test(`${route.path} keeps to its origin, sets no cookie and sends the security headers`, async ({
    page,
    context,
  }) => {
    const path = withCode(route.path);
    const seen = watch(page);

    const response = await page.goto(path);
    expect(response, `${path} answered`).not.toBeNull();
    const status = response!.status();
    expect(status, `${path} status`).toBe(route.status);

    const nonce = expectSecurityHeaders(path, await response!.allHeaders());

    if (route.kind === "html") {
      // Every script in the server HTML carries this response's nonce, or the CSP would block it
      // (JSON data blocks are never executed, so they need none).
      const html = await response!.text();
      for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
        if (/\stype="application\/(?:ld\+)?json"/i.test(tag)) continue;
        expect(tag, `a script tag of ${path}`).toContain(`nonce="${nonce}"`);
      }
      // Scroll to the end so lazily loaded pieces (charts, images) load too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    }
    await page.waitForLoadState("load");
    await settle(page, seen.awaitingResponse);

    const offOrigin = seen.requests.filter(
      (url) => !LOCAL_SCHEMES.has(new URL(url).protocol) && new URL(url).origin !== ORIGIN,
    );
    expect(offOrigin, `requests from ${path} that leave ${ORIGIN}`).toEqual([]);

    for (const r of seen.responses) {
      expect(await r.headerValue("set-cookie"), `Set-Cookie on ${r.url()}`).toBeNull();
    }
    expect(await context.cookies()).toEqual([]);

    // A route that is meant to answer 404 logs "Failed to load resource" for its own document;
    // anything else on the console is a fault.
    const expected404 = (e: { text: string; url: string }) =>
      /Failed to load resource: .* status of 404/.test(e.text) &&
      status === 404 &&
      new URL(e.url).pathname === new URL(path, ORIGIN).pathname;
    const consoleErrors = seen.errors.filter((e) => !expected404(e));
    expect(consoleErrors, `console errors on ${path}`).toEqual([]);
  });
}

test("every response gets a fresh nonce", async ({ request }) => {
  const nonceOf = async () => {
    const response = await request.get("/");
    return /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  };
  const [first, second] = [await nonceOf(), await nonceOf()];
  expect(first).toBeDefined();
  expect(first).not.toBe(second);
});

for (const path of [
  "/r/{code}?flow=Cache%20check",
  "/embed/r/{code}?flow=Cache%20check",
  "/m/{map}",
]) {
  test(`a cached share page (${path}) is re-stamped with a fresh nonce and still runs its scripts`, async ({
    page,
  }) => {
    const url = withCode(path);
    const seen = watch(page);
    const nonces: string[] = [];
    const how: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await page.goto(url);
      expect(response!.status()).toBe(200);
      const headers = await response!.allHeaders();
      how.push(headers["x-baton-page-cache"]);
      const nonce = expectSecurityHeaders(url, headers);
      nonces.push(nonce);
      const html = await response!.text();
      const tags = [...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag);
      expect(tags.length).toBeGreaterThan(3);
      for (const tag of tags) expect(tag, `a script tag of ${url}`).toContain(`nonce="${nonce}"`);
      // No nonce of an earlier response survives anywhere in the page.
      for (const earlier of nonces.slice(0, -1)) expect(html).not.toContain(earlier);
      // The scripts ran under the new nonce: Next's bootstrap, its inline payload and, on the
      // full page, the chart's (or the map page's share buttons') hydration. A blocked script would also log a CSP error.
      await page.waitForFunction(() => {
        const w = window as unknown as { next?: unknown; __next_f?: unknown };
        return w.next !== undefined && Array.isArray(w.__next_f);
      });
      if (url.startsWith("/m/")) {
        // The map page's share buttons appear only once React has hydrated them.
        await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
      } else if (!url.startsWith("/embed/")) {
        await expect(page.locator("[data-chart]")).toHaveAttribute(
          "data-chart",
          /hydrated|interactive/,
        );
      }
    }
    // The first visit of this URL may be rendered or already cached by another test; the rest are hits.
    expect(how.slice(1)).toEqual(["hit", "hit"]);
    expect(new Set(nonces).size).toBe(3);
    expect(seen.errors, `console errors on ${url}`).toEqual([]);
  });
}

test("static assets carry nosniff and no cookie", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const src = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
  expect(src, "the landing page loads a /_next/static script").toBeDefined();
  const response = await request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["set-cookie"]).toBeUndefined();
  expect(response.headers()["x-powered-by"]).toBeUndefined();
});
