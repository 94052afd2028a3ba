import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { OPTIONS } from "./route";

// The route reads the public origin through lib/config/origin, which is server-only in the app.
vi.mock("server-only", () => ({}));

describe("OPTIONS /api/oembed", () => {
  it("answers a cross-origin preflight with open CORS headers", () => {
    const response = OPTIONS(
      new NextRequest("http://baton.test/api/oembed?url=http%3A%2F%2Fbaton.test%2Fr%2Fx", {
        method: "OPTIONS",
        headers: {
          origin: "https://wiki.example.org",
          "access-control-request-method": "GET",
          "access-control-request-headers": "content-type",
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toBe("content-type");
  });
});
