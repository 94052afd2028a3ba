import { describe, expect, it } from "vitest";
import { DEFAULT_EMBED_ORIGINS, parseEmbedOrigins, parsePublicOrigin } from "./env";

describe("deployment settings", () => {
  it("uses the documented embed allow-list when BATON_EMBED_ORIGINS is unset or blank", () => {
    expect(parseEmbedOrigins(undefined)).toEqual(DEFAULT_EMBED_ORIGINS);
    expect(parseEmbedOrigins("  ")).toEqual(DEFAULT_EMBED_ORIGINS);
  });

  it("keeps origins and drops anything that could inject a directive", () => {
    expect(
      parseEmbedOrigins(
        "https://wiki.example.com  https://x.atlassian.net/ 'self' evil;script-src",
      ),
    ).toEqual(["https://wiki.example.com", "https://x.atlassian.net", "'self'"]);
    expect(parseEmbedOrigins("javascript:alert(1)")).toEqual(["'none'"]);
    expect(parseEmbedOrigins("*")).toEqual(["*"]);
  });

  it("reads the public origin without path, and ignores junk", () => {
    expect(parsePublicOrigin("https://baton.example.com/some/path")).toBe(
      "https://baton.example.com",
    );
    expect(parsePublicOrigin("not a url")).toBeUndefined();
    expect(parsePublicOrigin("ftp://x")).toBeUndefined();
  });
});
