import { describe, expect, it } from "vitest";
import { mayPost, parseCorsOrigins, postCorsHeaders, preflightHeaders } from "./cors";

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
    const headers = preflightHeaders("https://wiki.example.com", allowed);
    expect(headers["Access-Control-Allow-Methods"]).toContain("POST");
    expect(headers["Access-Control-Allow-Headers"]).toBe("Content-Type");
    expect(headers["Access-Control-Allow-Origin"]).toBe("https://wiki.example.com");
  });
});
