import { describe, expect, it } from "vitest";
import {
  DEFAULT_ALLOWED_HOSTS,
  isAllowedHost,
  originFromHost,
  parseAllowedHosts,
} from "./hosts.mjs";

describe("BATON_ALLOWED_HOSTS", () => {
  it("defaults to the loopback names, and drops what is not a host", () => {
    expect(parseAllowedHosts(undefined)).toEqual(DEFAULT_ALLOWED_HOSTS);
    expect(parseAllowedHosts(" ")).toEqual(DEFAULT_ALLOWED_HOSTS);
    expect(parseAllowedHosts("Baton.Example.com  localhost:3000 http://x a/b [::1]:80")).toEqual([
      "baton.example.com",
      "localhost:3000",
      "[::1]:80",
    ]);
  });

  it("believes a listed host, on any port when the entry has none", () => {
    expect(isAllowedHost("localhost:3400", DEFAULT_ALLOWED_HOSTS)).toBe(true);
    expect(isAllowedHost("LOCALHOST", DEFAULT_ALLOWED_HOSTS)).toBe(true);
    expect(isAllowedHost("baton.example.com:8080", ["baton.example.com:443"])).toBe(false);
    expect(isAllowedHost("evil.example", DEFAULT_ALLOWED_HOSTS)).toBe(false);
    expect(isAllowedHost("localhost.evil.example", DEFAULT_ALLOWED_HOSTS)).toBe(false);
    expect(isAllowedHost("localhost/x", DEFAULT_ALLOWED_HOSTS)).toBe(false);
    expect(isAllowedHost(undefined, DEFAULT_ALLOWED_HOSTS)).toBe(false);
  });

  it("gives absolute URLs only the hosts it believes (og:url never echoes any Host)", () => {
    expect(originFromHost("localhost:3400", null, DEFAULT_ALLOWED_HOSTS)).toBe(
      "http://localhost:3400",
    );
    expect(originFromHost("baton.example.com", "https, http", ["baton.example.com"])).toBe(
      "https://baton.example.com",
    );
    expect(originFromHost("evil.example", "https", DEFAULT_ALLOWED_HOSTS)).toBe(
      "http://localhost:3000",
    );
    expect(originFromHost(null, null, DEFAULT_ALLOWED_HOSTS)).toBe("http://localhost:3000");
  });
});
