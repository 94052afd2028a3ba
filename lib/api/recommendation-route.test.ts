import { describe, expect, it } from "vitest";
import { GET, OPTIONS, POST } from "@/app/api/v1/recommendation/route";
import { parseAnswersJson } from "../answers";
import { buildResult } from "../result";
import { encode } from "../share";
import { ErrorJsonSchema } from "./errors";
import { MAX_BODY_BYTES } from "./recommendation";
import { ResultJsonSchema } from "./result-schema";
import { loadScenarios } from "@/lib/testing/scenarios";

const URL_BASE = "http://baton.test/api/v1/recommendation";

function post(body: BodyInit | null, headers: Record<string, string> = {}): Promise<Response> {
  return POST(
    new Request(URL_BASE, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit),
  );
}

async function errorOf(response: Response) {
  return ErrorJsonSchema.parse(await response.json()).error;
}

describe("the recommendation API on the calibration scenarios", () => {
  const scenarios = loadScenarios();

  it("finds the scenarios", () => {
    expect(scenarios.length).toBeGreaterThan(0);
  });

  for (const scenario of scenarios) {
    it(`answers POST with the CLI's Result JSON: ${scenario.name}`, async () => {
      const response = await post(JSON.stringify(scenario.input));
      expect(response.status).toBe(200);
      const parsed = parseAnswersJson(scenario.input);
      if (!parsed.ok) throw new Error(parsed.message);
      const body: unknown = await response.json();
      expect(body).toEqual(JSON.parse(JSON.stringify(buildResult(parsed.value))));
      expect(ResultJsonSchema.safeParse(body).success).toBe(true);
    });

    it(`answers GET ?code= with the same result, less the flow: ${scenario.name}`, async () => {
      const parsed = parseAnswersJson(scenario.input);
      if (!parsed.ok) throw new Error(parsed.message);
      const expected = buildResult({ model: parsed.value.model, answers: parsed.value.answers });
      const response = GET(new Request(`${URL_BASE}?code=${expected.code}`));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(JSON.parse(JSON.stringify(expected)));
    });
  }
});

describe("GET /api/v1/recommendation", () => {
  const code = encode({ teams: "one", "control-flow": "dynamic" });

  it("is cacheable forever and readable from any origin", async () => {
    const response = GET(new Request(`${URL_BASE}?code=${code}`));
    expect(response.headers.get("cache-control")).toBe(
      "public, max-age=86400, stale-while-revalidate=604800",
    );
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("echoes a cleaned flow name, as share links carry it", async () => {
    const response = GET(new Request(`${URL_BASE}?code=${code}&flow=%20Order%00%20checkout`));
    expect((await response.json()).flow).toBe("Order checkout");
  });

  it.each([
    ["", "code: missing"],
    ["?code=", "code: the share code is empty."],
    ["?code=abc!def", "only letters, digits"],
    ["?code=AAAAAAAAAAAAAAAAAAAA", "at most 16 characters"],
    [`?code=${code.slice(0, -1)}${code.endsWith("A") ? "B" : "A"}`, "check character"],
    ["?code=zAAAAAAAAA", "it was mistyped"],
    [`?code=${code}&code=${code}`, "exactly one"],
  ])("answers 400 naming the code for %j", async (query, message) => {
    const response = GET(new Request(`${URL_BASE}${query}`));
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const error = await errorOf(response);
    expect(error.field).toBe("code");
    expect(error.message).toContain(message);
  });
});

describe("POST /api/v1/recommendation refuses bad bodies with a message naming the problem", () => {
  it.each([
    ["malformed JSON", '{"answers": {', 400, "(body)", "not valid JSON"],
    ["an empty body", "", 400, "(body)", "empty"],
    ["a JSON array", "[]", 400, "(body)", "JSON object"],
    [
      "answers of the wrong type",
      '{"answers": "all of them"}',
      400,
      "answers",
      "must be an object",
    ],
    ["a missing answers object", '{"flow": "x"}', 400, "answers", "missing"],
    ["a model of the wrong type", '{"model": "1", "answers": {}}', 400, "model", "model"],
    ["an unknown model", '{"model": 99, "answers": {}}', 400, "model", "not a model version"],
    ["a flow that is too long", `{"flow": "${"x".repeat(81)}", "answers": {}}`, 400, "flow", "80"],
    ["an unknown top-level key", '{"answer": {}}', 400, "answer", 'unknown key "answer"'],
    ["an empty key", '{"": 1, "answers": {}}', 400, '""', 'unknown key ""'],
    [
      "an unknown question",
      '{"answers": {"team": "one"}}',
      400,
      "answers.team",
      'unknown key "team"',
    ],
    [
      "an unknown option",
      '{"answers": {"teams": "nine"}}',
      400,
      "answers.teams",
      '"nine" is not an option',
    ],
    [
      "an option of the wrong type",
      '{"answers": {"teams": 3}}',
      400,
      "answers.teams",
      "answers.teams",
    ],
  ])("%s", async (_label, body, status, field, message) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });

  it("refuses a body that is not UTF-8", async () => {
    const response = await post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toContain("UTF-8");
  });

  it("refuses JSON nested far deeper than Answers JSON, without overflowing the stack", async () => {
    const deep = `{"answers": {"teams": ${"[".repeat(7000)}${"]".repeat(7000)}}}`;
    const response = await post(deep);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).field).toBe("(body)");
  });

  it("refuses a wrong Content-Type with 415", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]) {
      const response = await post('{"answers": {}}', { "content-type": type });
      expect(response.status).toBe(415);
      const error = await errorOf(response);
      expect(error.field).toBe("Content-Type");
      expect(error.message).toContain("application/json");
    }
  });

  it("refuses a missing Content-Type and a non-UTF-8 charset with 415", async () => {
    const bare = await POST(
      new Request(URL_BASE, { method: "POST", body: new Uint8Array([0x7b, 0x7d]) }),
    );
    expect(bare.status).toBe(415);
    const latin = await post('{"answers": {}}', {
      "content-type": "application/json; charset=latin1",
    });
    expect(latin.status).toBe(415);
    expect((await errorOf(latin)).message).toContain("UTF-8");
  });

  it("accepts JSON with a UTF-8 charset and structured +json types", async () => {
    for (const type of ["application/json; charset=UTF-8", "application/merge+json"]) {
      const response = await post('{"answers": {}}', { "content-type": type });
      expect(response.status).toBe(200);
    }
  });

  it("refuses a body over 16 KiB with 413", async () => {
    const body = JSON.stringify({ flow: "x", answers: {}, pad: "x".repeat(MAX_BODY_BYTES) });
    const response = await post(body);
    expect(response.status).toBe(413);
    const error = await errorOf(response);
    expect(error.field).toBe("(body)");
    expect(error.message).toContain("16 KiB");
  });

  it("refuses a declared Content-Length over 16 KiB before reading the body", async () => {
    let pulled = false;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled = true;
          controller.enqueue(new TextEncoder().encode("{}"));
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const response = await post(stream, { "content-length": String(MAX_BODY_BYTES + 1) });
    expect(response.status).toBe(413);
    expect(pulled).toBe(false);
  });

  it("refuses a streamed body over 16 KiB with 413 even without a Content-Length", async () => {
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        if (pulls > 1000) controller.close();
        else controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const response = await post(stream);
    expect(response.status).toBe(413);
    // It stopped reading soon after the limit instead of draining the whole stream.
    expect(pulls).toBeLessThan(40);
  });

  it("accepts a body of exactly 16 KiB", async () => {
    const json = '{"answers": {}}';
    const response = await post(json + " ".repeat(MAX_BODY_BYTES - json.length));
    expect(response.status).toBe(200);
  });

  it("refuses a Content-Length that is not a number with 400", async () => {
    const response = await POST(
      new Request(URL_BASE, {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": "lots" },
        body: "{}",
      }),
    );
    expect(response.status).toBe(400);
    expect((await errorOf(response)).field).toBe("Content-Length");
  });

  it("never lets a 16 KiB echoed value become the whole message", async () => {
    const response = await post(JSON.stringify({ answers: { teams: "n".repeat(15_000) } }));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message.length).toBeLessThanOrEqual(300);
  });
});

describe("CORS", () => {
  it("sends no Access-Control-Allow-Origin on POST for an origin that is not configured", async () => {
    const response = await post('{"answers": {}}', { origin: "https://elsewhere.example" });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("vary")).toContain("Origin");
  });

  it("answers a preflight: GET for everyone, POST only for configured origins", async () => {
    const response = OPTIONS(
      new Request(URL_BASE, {
        method: "OPTIONS",
        headers: {
          origin: "https://elsewhere.example",
          "access-control-request-method": "POST",
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toBe("content-type");
    expect(response.headers.get("access-control-allow-methods")).not.toContain("POST");
  });

  it("lets any origin's GET carry Content-Type: application/json (its preflight allows it)", () => {
    const response = OPTIONS(
      new Request(URL_BASE, {
        method: "OPTIONS",
        headers: {
          origin: "https://elsewhere.example",
          "access-control-request-method": "GET",
          "access-control-request-headers": "content-type",
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toBe("content-type");
  });
});
