import { describe, expect, it } from "vitest";
import { importForBody, mapForBody, mapForQuery } from "./api";
import fixtures from "./fixtures/map-1-codes.json";

const json = (body: unknown) => ({ contentType: "application/json", body: JSON.stringify(body) });

describe("the map endpoints' logic (MAP.md §12)", () => {
  it("answers a code with its result and refuses zero, two or damaged codes naming `code`", () => {
    const ok = mapForQuery(new URLSearchParams({ code: fixtures[0]!.code }));
    expect(ok.status).toBe(200);
    if (ok.status === 200) expect(ok.body.code).toBe(fixtures[0]!.code);
    for (const query of ["", "code=a&code=b", "code=m1.AAAA"]) {
      const outcome = mapForQuery(new URLSearchParams(query));
      expect(outcome.status, query).toBe(400);
      if (outcome.status !== 200) expect(outcome.body.error.field).toBe("code");
    }
  });

  it("refuses a body that is not JSON, not UTF-8 or not declared as JSON, before reading a map", () => {
    expect(mapForBody({ contentType: "text/plain", body: "{}" }).status).toBe(415);
    const notUtf8 = mapForBody({ contentType: "application/json", body: new Uint8Array([0xff]) });
    expect(notUtf8.status).toBe(400);
    const empty = mapForBody({ contentType: "application/json", body: " " });
    expect(empty.status).toBe(400);
    if (empty.status !== 200) expect(empty.body.error.message).toMatch(/empty; send Map JSON/);
  });

  it("gives the first error of a bad map as `field: message`", () => {
    const outcome = mapForBody(json({ participants: [], handoffs: [] }));
    expect(outcome).toEqual({
      status: 400,
      body: {
        error: {
          field: "participants",
          message: "participants: 0 participants; a map needs at least 2",
        },
      },
    });
  });

  it("imports by format, refusing unknown keys, unknown formats and empty text by name", () => {
    const ok = importForBody(json({ format: "mermaid", text: "sequenceDiagram\nA->>B: Go" }));
    expect(ok.status).toBe(200);
    const cases: [unknown, string][] = [
      [{ format: "mermaid", text: "x", extra: 1 }, "extra"],
      [{ format: "bpmn", text: "x" }, "format"],
      [{ format: "asyncapi", text: " " }, "text"],
      [[1], "(body)"],
    ];
    for (const [body, field] of cases) {
      const outcome = importForBody(json(body));
      expect(outcome.status).toBe(400);
      if (outcome.status !== 200) expect(outcome.body.error.field).toBe(field);
    }
  });
});
