import { describe, expect, it } from "vitest";
import { DEFAULT_EMBED_ORIGINS } from "../config/env";
import { checkEmbedOrigins, isOriginAllowed } from "./allow-list";

const self = "https://baton.example.com";

describe("the embed allow-list check (frame-ancestors matching)", () => {
  it("admits the default wikis and Baton itself, and nothing else", () => {
    for (const origin of [
      "https://acme.atlassian.net",
      "https://www.notion.so",
      "https://team.notion.site",
      self,
    ]) {
      expect(isOriginAllowed(origin, DEFAULT_EMBED_ORIGINS, self), origin).toBe(true);
    }
    for (const origin of [
      "https://atlassian.net",
      "http://acme.atlassian.net",
      "https://notion.so",
      "https://evil.example.com",
      "https://baton.example.com:8443",
    ]) {
      expect(isOriginAllowed(origin, DEFAULT_EMBED_ORIGINS, self), origin).toBe(false);
    }
  });

  it("compares ports, with the scheme's default when the source names none", () => {
    const list = ["http://127.0.0.2:3101", "https://wiki.example.com"];
    expect(isOriginAllowed("http://127.0.0.2:3101", list, self)).toBe(true);
    expect(isOriginAllowed("http://127.0.0.2:3102", list, self)).toBe(false);
    expect(isOriginAllowed("https://wiki.example.com:443", list, self)).toBe(true);
    expect(isOriginAllowed("https://wiki.example.com:8443", list, self)).toBe(false);
  });

  it("lets an http source admit the https upgrade, but not the reverse", () => {
    expect(isOriginAllowed("https://wiki.example.com", ["http://wiki.example.com"], self)).toBe(
      true,
    );
    expect(isOriginAllowed("http://wiki.example.com", ["https://wiki.example.com"], self)).toBe(
      false,
    );
  });

  it("refuses what is not a bare origin, and the opaque origin", () => {
    for (const origin of [
      "null",
      "",
      "wiki.example.com",
      "https://wiki.example.com/page",
      "javascript:alert(1)",
    ]) {
      expect(isOriginAllowed(origin, ["*"], self), origin).toBe(false);
    }
  });

  it("admits any web origin under *, and none under 'none'", () => {
    expect(isOriginAllowed("https://anything.example", ["*"], self)).toBe(true);
    expect(isOriginAllowed(self, ["'none'"], self)).toBe(false);
  });

  it("needs every ancestor to be allowed, and names the help page", () => {
    const check = checkEmbedOrigins(
      ["https://acme.atlassian.net", "https://macro-app.example.com"],
      DEFAULT_EMBED_ORIGINS,
      self,
    );
    expect(check).toEqual({
      origins: [
        { origin: "https://acme.atlassian.net", allowed: true },
        { origin: "https://macro-app.example.com", allowed: false },
      ],
      allowed: false,
      help: "https://baton.example.com/embed-help",
    });
    expect(checkEmbedOrigins([], DEFAULT_EMBED_ORIGINS, self).allowed).toBe(false);
  });
});
