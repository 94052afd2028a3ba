import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { ONE_HOUR } from "@/lib/http/cache-control";
import { GET } from "./route";

describe("GET /api/openapi.json", () => {
  it("serves the OpenAPI document, open to every origin, cached for an hour", async () => {
    const response = GET();
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe(ONE_HOUR);
  });
});
