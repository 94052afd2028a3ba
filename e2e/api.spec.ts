import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import SwaggerParser from "@apidevtools/swagger-parser";
import { expect, test } from "@playwright/test";
import { loadScenarios } from "../lib/testing/scenarios";

const ENDPOINT = "/api/v1/recommendation";

/** The CLI's output for some arguments (and stdin), parsed. */
function cli(args: string[], input?: string): unknown {
  const stdout = execFileSync("node_modules/.bin/tsx", ["scripts/advise.ts", ...args], {
    input,
    encoding: "utf8",
  });
  return JSON.parse(stdout);
}

test.describe("the recommendation API equals the CLI", () => {
  for (const scenario of loadScenarios()) {
    test(`on ${scenario.name}`, async ({ request }) => {
      const expected = cli(["-"], JSON.stringify(scenario.input)) as { code: string };
      const posted = await request.post(ENDPOINT, { data: scenario.input });
      expect(posted.status()).toBe(200);
      expect(await posted.json()).toEqual(expected);

      const got = await request.get(`${ENDPOINT}?code=${expected.code}`);
      expect(got.status()).toBe(200);
      expect(await got.json()).toEqual(cli(["--code", expected.code]));
    });
  }
});

test.describe("the recommendation API over HTTP", () => {
  test("GET by code is public, cacheable for a day (then revalidated, never immutable) and JSON", async ({
    request,
  }) => {
    const { code } = (await (
      await request.post(ENDPOINT, { data: { answers: { teams: "one" } } })
    ).json()) as { code: string };
    const response = await request.get(`${ENDPOINT}?code=${code}`);
    expect(response.headers()["cache-control"]).toBe(
      "public, max-age=86400, stale-while-revalidate=604800",
    );
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  });

  test("a damaged code is a 400 naming the code, not cached", async ({ request }) => {
    const response = await request.get(`${ENDPOINT}?code=1AAAAAAAAB`);
    expect(response.status()).toBe(400);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = (await response.json()) as { error: { field: string; message: string } };
    expect(body.error.field).toBe("code");
    expect(body.error.message).toMatch(/check character/);
  });

  test("malformed JSON, unknown keys and wrong types are 400s naming the problem", async ({
    request,
  }) => {
    const cases: [string, string, RegExp][] = [
      ['{"answers": {"teams": "one",}}', "(body)", /not valid JSON/],
      ['{"answers": {"teams": "one"}, "extra": 1}', "extra", /unknown key "extra"/],
      ['{"answers": {"teamz": "one"}}', "answers.teamz", /unknown key "teamz"/],
      ['{"answers": {"teams": ["one"]}}', "answers.teams", /answers\.teams/],
      ['{"model": "one", "answers": {}}', "model", /model/],
    ];
    for (const [body, field, message] of cases) {
      // A Buffer is sent as is; a string with a JSON content type would be encoded again.
      const response = await request.post(ENDPOINT, {
        data: Buffer.from(body),
        headers: { "content-type": "application/json" },
      });
      expect(response.status(), body).toBe(400);
      const error = ((await response.json()) as { error: { field: string; message: string } })
        .error;
      expect(error.field).toBe(field);
      expect(error.message).toMatch(message);
    }
  });

  test("a body over 16 KiB is a 413 and a wrong media type a 415", async ({ request }) => {
    const big = await request.post(ENDPOINT, {
      data: Buffer.from(JSON.stringify({ answers: {}, flow: "x".repeat(20_000) })),
      headers: { "content-type": "application/json" },
    });
    expect(big.status()).toBe(413);
    expect(((await big.json()) as { error: { field: string } }).error.field).toBe("(body)");

    const text = await request.post(ENDPOINT, {
      data: Buffer.from('{"answers": {}}'),
      headers: { "content-type": "text/plain" },
    });
    expect(text.status()).toBe(415);
    expect(((await text.json()) as { error: { field: string } }).error.field).toBe("Content-Type");
  });

  test("the OpenAPI document is served and valid", async ({ request }) => {
    const response = await request.get("/api/openapi.json");
    expect(response.status()).toBe(200);
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain(ENDPOINT);
    await expect(SwaggerParser.validate(doc as never)).resolves.toBeTruthy();
  });
});

test.describe("CORS in a real browser", () => {
  let server: Server;
  let otherOrigin: string;

  test.beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<!doctype html><title>Another site</title><p>Another site</p>");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.2", resolve));
    otherOrigin = `http://127.0.0.2:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test("another site may read GET results but not POST ones unless configured", async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${otherOrigin}/`);
    const outcome = await page.evaluate(async (api) => {
      const code = "1AAAAAAAA1"; // the empty answer set
      const read = async (request: Promise<Response>) => {
        try {
          const response = await request;
          return response.status;
        } catch {
          return "blocked";
        }
      };
      return {
        get: await read(fetch(`${api}?code=${code}`)),
        post: await read(
          fetch(api, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ answers: {} }),
          }),
        ),
      };
    }, `${baseURL}${ENDPOINT}`);
    expect(outcome.get).toBe(200);
    expect(outcome.post).toBe("blocked");
  });

  test("another site's GETs that need a preflight pass it: the API with a JSON Content-Type, and oEmbed", async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${otherOrigin}/`);
    const outcome = await page.evaluate(async (site) => {
      const read = async (request: Promise<Response>) => {
        try {
          const response = await request;
          return {
            status: response.status,
            json: (await response.json()) as Record<string, unknown>,
          };
        } catch {
          return "blocked";
        }
      };
      const headers = { "content-type": "application/json" }; // not CORS-safelisted: a preflight
      const code = "1AAAAAAAA1"; // the empty answer set
      return {
        api: await read(fetch(`${site}/api/v1/recommendation?code=${code}`, { headers })),
        oembed: await read(
          fetch(`${site}/api/oembed?url=${encodeURIComponent(`${site}/r/${code}`)}`, { headers }),
        ),
      };
    }, baseURL!);
    expect(outcome.api).toMatchObject({ status: 200, json: { code: "1AAAAAAAA1" } });
    expect(outcome.oembed).toMatchObject({ status: 200, json: { type: "rich" } });
  });
});
