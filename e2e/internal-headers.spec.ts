import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { fixtureCodes } from "../lib/testing/scenarios";
import { baseURL } from "../playwright.config";
import { startOwnServer } from "./own-server";

// `X-Baton-Cacheable` is how proxy.ts tells the page cache a response may be shared. It is
// internal: no response may carry it, whether the cache served it, passed it by, or is off.

const CODE = fixtureCodes()["checkout-core-and-side-effects"]!;
/** The `npm start` port paired with this run's E2E port (E2E_PORT + 100). */
const OWN_PORT = Number(new URL(baseURL).port) + 100;

/** Requests the cache serves, and every kind it passes by. */
const REQUESTS: Array<{ method: string; path: string; headers?: Record<string, string> }> = [
  { method: "GET", path: `/r/${CODE}` },
  { method: "GET", path: `/r/${CODE}` },
  { method: "GET", path: `/embed/r/${CODE}` },
  { method: "HEAD", path: `/r/${CODE}` },
  { method: "POST", path: `/r/${CODE}` },
  {
    method: "GET",
    path: `/r/${CODE}`,
    headers: { "cache-control": "no-cache", pragma: "no-cache" },
  },
  { method: "GET", path: `/r/${CODE}?flow=Checkout` },
  { method: "GET", path: `/r/${CODE}?_rsc=1a2b3` },
  { method: "GET", path: `/r/${CODE}`, headers: { rsc: "1" } },
  { method: "GET", path: `/r/${CODE}`, headers: { cookie: "a=b" } },
  { method: "GET", path: `/r/${CODE}`, headers: { "accept-encoding": "gzip;q=0" } },
  { method: "GET", path: "/advisor" },
];

/** Sends one request as written (no client adds or drops headers) and gives its status and headers. */
function send(origin: string, r: (typeof REQUESTS)[number]) {
  const url = new URL(r.path, origin);
  return new Promise<{ status: number; headers: Record<string, unknown> }>((done, fail) => {
    const req = httpRequest(url, { method: r.method, headers: r.headers }, (res) => {
      res.resume();
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", fail);
    req.end();
  });
}

async function expectNoInternalHeaders(origin: string) {
  for (const r of REQUESTS) {
    const reply = await send(origin, r);
    const label = `${r.method} ${r.path} ${JSON.stringify(r.headers ?? {})}`;
    expect(reply.status, label).toBeLessThan(500);
    expect(Object.keys(reply.headers), label).not.toContain("x-baton-cacheable");
  }
}

test("no response carries the internal cache mark, cached or passed by", async () => {
  await expectNoInternalHeaders(baseURL);
});

test("no response carries the internal cache mark with BATON_PAGE_CACHE=off", async () => {
  test.setTimeout(120_000);
  const server = await startOwnServer(OWN_PORT, { BATON_PAGE_CACHE: "off" });
  try {
    expect(server.output()).toContain("share-page cache off");
    await expectNoInternalHeaders(server.url);
  } finally {
    await server.stop();
  }
});
