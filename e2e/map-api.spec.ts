import SwaggerParser from "@apidevtools/swagger-parser";
import { expect, test } from "@playwright/test";
import { mapResult, validateMap } from "../lib/map";
import { loadMapScenarios, mapScenarioFailures } from "../lib/map/calibration";

const ENDPOINT = "/api/v1/map";
type ErrorBody = { error: { field: string; message: string } };

/** What the library (and so the CLI) says for a map, as JSON. */
function expected(input: unknown): Record<string, unknown> {
  const valid = validateMap(input);
  if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
  return JSON.parse(JSON.stringify(mapResult(valid.map)));
}

test.describe("the map API equals the library on every calibration map", () => {
  for (const scenario of loadMapScenarios()) {
    test(`${scenario.file}: ${scenario.name}`, async ({ request }) => {
      const want = expected(scenario.input);
      const posted = await request.post(ENDPOINT, { data: scenario.input });
      expect(posted.status()).toBe(200);
      const result = await posted.json();
      expect(result).toEqual(want);
      expect(mapScenarioFailures(result, scenario.expect)).toEqual([]);

      const got = await request.get(`${ENDPOINT}?code=${encodeURIComponent(String(want.code))}`);
      expect(got.status()).toBe(200);
      expect(await got.json()).toEqual(want);
    });
  }
});

test.describe("the map API over HTTP", () => {
  const map = loadMapScenarios()[0]!.input;

  test("GET by code is public and cacheable like a share code; POST is not stored", async ({
    request,
  }) => {
    const posted = await request.post(ENDPOINT, { data: map });
    expect(posted.headers()["cache-control"]).toBe("no-store");
    const { code } = (await posted.json()) as { code: string };
    const response = await request.get(`${ENDPOINT}?code=${code}`);
    expect(response.headers()["cache-control"]).toBe(
      "public, max-age=86400, stale-while-revalidate=604800",
    );
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  });

  test("a damaged, newer or missing code is a 400 naming the code, not cached", async ({
    request,
  }) => {
    for (const [query, message] of [
      ["?code=m1.AAAAAAAA", /damaged/],
      ["?code=m7.AAAAAAAA", /newer version/],
      ["", /missing/],
    ] as const) {
      const response = await request.get(`${ENDPOINT}${query}`);
      expect(response.status(), query).toBe(400);
      expect(response.headers()["cache-control"]).toBe("no-store");
      const body = (await response.json()) as ErrorBody;
      expect(body.error.field).toBe("code");
      expect(body.error.message).toMatch(message);
    }
  });

  test("bad maps are 400s naming the field, with MAP.md's messages", async ({ request }) => {
    const valid = map as {
      participants: unknown[];
      handoffs: { answers: Record<string, string> }[];
    };
    const cases: [unknown, string, string][] = [
      [
        { ...valid, handoffs: [{ ...valid.handoffs[0], answers: { wait: "maybe" } }] },
        "handoffs[0].answers.wait",
        'handoffs[0].answers.wait: "maybe" is not an option; expected one of user-waits, sender-waits, no-wait, unsure',
      ],
      [{ ...valid, map: 2 }, "map", "map: 2 is not a map model; expected 1"],
      [
        { ...valid, extra: true },
        "extra",
        "extra: unknown field; expected one of map, name, participants, handoffs, answers",
      ],
      [
        {
          ...valid,
          participants: Array.from({ length: 13 }, (_, i) => ({ id: `p${i}`, name: `P${i}` })),
        },
        "participants",
        "participants: 13 participants; a map holds at most 12",
      ],
    ];
    for (const [body, field, message] of cases) {
      const response = await request.post(ENDPOINT, { data: body as object });
      expect(response.status(), field).toBe(400);
      expect(((await response.json()) as ErrorBody).error).toEqual({ field, message });
    }
    const broken = await request.post(ENDPOINT, {
      data: Buffer.from('{"participants": [,]}'),
      headers: { "content-type": "application/json" },
    });
    expect(broken.status()).toBe(400);
    expect(((await broken.json()) as ErrorBody).error.field).toBe("(body)");
  });

  test("a body over 16 KiB is a 413 and a wrong media type a 415", async ({ request }) => {
    const big = await request.post(ENDPOINT, {
      data: Buffer.from(JSON.stringify({ ...(map as object), name: "x".repeat(20_000) })),
      headers: { "content-type": "application/json" },
    });
    expect(big.status()).toBe(413);
    // Most often a Map Result sent back: the message says how to open one instead.
    expect(((await big.json()) as ErrorBody).error.message).toContain(
      "open it by its code instead (GET /api/v1/map?code=CODE)",
    );
    const text = await request.post(ENDPOINT, {
      data: Buffer.from(JSON.stringify(map)),
      headers: { "content-type": "text/plain" },
    });
    expect(text.status()).toBe(415);
    expect(((await text.json()) as ErrorBody).error.field).toBe("Content-Type");
  });

  test("import turns a Mermaid sequence diagram and AsyncAPI 3 documents into a draft map", async ({
    request,
  }) => {
    const mermaid = await request.post(`${ENDPOINT}/import`, {
      data: {
        format: "mermaid",
        text: "sequenceDiagram\n  actor U as User\n  U->>Order: Create order\n  Order-)Kitchen: Create ticket",
      },
    });
    expect(mermaid.status()).toBe(200);
    expect(mermaid.headers()["cache-control"]).toBe("no-store");
    const draft = (await mermaid.json()) as {
      map: { handoffs: { answers: { current: string } }[] };
      imported: string[];
    };
    expect(draft.map.handoffs.map((h) => h.answers.current)).toEqual(["call", "message"]);
    // An async arrow (`-)`) also says the sender doesn't wait.
    expect(draft.imported).toEqual([
      "handoffs[0].answers.current",
      "handoffs[1].answers.current",
      "handoffs[1].answers.wait",
    ]);
    // The draft is Map JSON the map endpoint accepts as it is.
    expect((await request.post(ENDPOINT, { data: draft.map })).status()).toBe(200);

    const doc = (title: string, action: string) =>
      `asyncapi: 3.0.0\ninfo:\n  title: ${title}\nchannels:\n  c:\n    address: orders\noperations:\n  o:\n    action: ${action}\n    channel:\n      $ref: '#/channels/c'\n`;
    const asyncapi = await request.post(`${ENDPOINT}/import`, {
      data: {
        format: "asyncapi",
        text: [doc("Orders", "send"), doc("Mail", "receive")].join("---\n"),
      },
    });
    expect(asyncapi.status()).toBe(200);

    const bad = await request.post(`${ENDPOINT}/import`, {
      data: { format: "mermaid", text: "sequenceDiagram\n  A->>B: ok\n  A => B" },
    });
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as ErrorBody).error).toEqual({
      field: "text",
      message: 'text: line 3: not a line this import reads: "A => B"',
    });
    const v2 = await request.post(`${ENDPOINT}/import`, {
      data: { format: "asyncapi", text: "asyncapi: 2.6.0\ninfo:\n  title: Old\n" },
    });
    expect(v2.status()).toBe(400);
    expect(((await v2.json()) as ErrorBody).error.message).toMatch(
      /AsyncAPI 2\.6\.0 is not supported/,
    );
    const format = await request.post(`${ENDPOINT}/import`, {
      data: { format: "bpmn", text: "x" },
    });
    expect(((await format.json()) as ErrorBody).error.field).toBe("format");
  });

  test("preflight answers for both endpoints, and the OpenAPI document lists them", async ({
    request,
  }) => {
    for (const path of [ENDPOINT, `${ENDPOINT}/import`]) {
      const response = await request.fetch(path, { method: "OPTIONS" });
      expect(response.status(), path).toBe(204);
      expect(response.headers()["allow"]).toContain("POST");
    }
    const doc = (await (await request.get("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([ENDPOINT, `${ENDPOINT}/import`]),
    );
    await expect(SwaggerParser.validate(doc as never)).resolves.toBeTruthy();
  });
});
