import { describe, expect, it } from "vitest";
import {
  allowedRequestHeaders,
  mayPost,
  openPreflight,
  parseCorsOrigins,
  postCorsHeaders,
  preflightHeaders,
} from "./cors";

describe("parseCorsOrigins", () => {
  it("is empty when BATON_API_CORS_ORIGINS is unset or blank", () => {
    expect(parseCorsOrigins(undefined)).toEqual([]);
    expect(parseCorsOrigins("   ")).toEqual([]);
  });

  it("keeps origins and *, forgives a trailing slash, and drops anything else", () => {
    expect(
      parseCorsOrigins(
        "https://Wiki.Example.com/  http://localhost:8080 * ftp://x https://a.b/path",
      ),
    ).toEqual(["https://wiki.example.com", "http://localhost:8080", "*"]);
  });
});

describe("POST CORS headers", () => {
  const allowed = parseCorsOrigins("https://wiki.example.com");

  it("reflects an allowed origin", () => {
    expect(postCorsHeaders("https://wiki.example.com", allowed)).toEqual({
      "Access-Control-Allow-Origin": "https://wiki.example.com",
      Vary: "Origin",
    });
  });

  it("leaves other origins, and requests without one, to the browser's same-origin rule", () => {
    expect(postCorsHeaders("https://evil.example", allowed)["Access-Control-Allow-Origin"]).toBe(
      undefined,
    );
    expect(mayPost(null, allowed)).toBe(false);
    expect(mayPost("https://wiki.example.com.evil.example", allowed)).toBe(false);
  });

  it("allows every origin with *", () => {
    expect(mayPost("https://anyone.example", ["*"])).toBe(true);
  });

  it("lets an allowed origin's preflight POST JSON", () => {
    const headers = preflightHeaders("https://wiki.example.com", allowed, "content-type");
    expect(headers["Access-Control-Allow-Methods"]).toContain("POST");
    expect(headers["Access-Control-Allow-Headers"]).toBe("content-type");
    expect(headers["Access-Control-Allow-Origin"]).toBe("https://wiki.example.com");
  });
});

describe("preflights for GET, from any origin", () => {
  it("allow the Content-Type header a GET may carry (the 204 used to leave it out)", () => {
    const headers = preflightHeaders("https://elsewhere.example", [], "content-type");
    expect(headers["Access-Control-Allow-Origin"]).toBe("*");
    expect(headers["Access-Control-Allow-Methods"]).toBe("GET, OPTIONS");
    expect(headers["Access-Control-Allow-Headers"]).toBe("content-type");
    expect(headers.Vary).toContain("Access-Control-Request-Headers");
  });

  it("allow the header names asked for, and only well-formed ones", () => {
    expect(allowedRequestHeaders("Content-Type, X-Request-Id")).toBe("content-type, x-request-id");
    expect(allowedRequestHeaders("content-type,content-type")).toBe("content-type");
    expect(allowedRequestHeaders(null)).toBe("content-type");
    expect(allowedRequestHeaders("bad header, x")).toBe("content-type");
    expect(allowedRequestHeaders("x\r\nSet-Cookie: a=b")).toBe("content-type");
  });

  it("oEmbed answers its own preflight with open CORS headers", () => {
    const response = openPreflight(
      new Request("http://baton.test/api/oembed?url=x", {
        method: "OPTIONS",
        headers: {
          origin: "https://wiki.example.org",
          "access-control-request-method": "GET",
          "access-control-request-headers": "accept",
        },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toBe("accept");
  });
});
