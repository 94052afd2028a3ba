import { describe, expect, it } from "vitest";
import { encode } from "../share/codec";
import { damagedResultPage, readSharePath } from "./damaged-page";

describe("the damaged-link page", () => {
  const good = encode({ teams: "one" });

  it("is written only for result pages whose code can't be read", () => {
    expect(damagedResultPage(`/r/${good}`, "n")).toBeUndefined();
    expect(damagedResultPage(`/embed/r/${good}`, "n")).toBeUndefined();
    expect(damagedResultPage(`/r/${good.slice(0, -1)}/og`, "n")).toBeUndefined();
    expect(damagedResultPage("/guides/tool-map", "n")).toBeUndefined();
    expect(damagedResultPage(`/r/${good.slice(0, -1)}`, "n")).toContain(
      'data-decode-error="wrong-length"',
    );
    expect(damagedResultPage("/r/", "n")).toContain('data-decode-error="empty"');
  });

  it("escapes the code it echoes and puts the nonce on its only style", () => {
    const html = damagedResultPage("/r/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "abc123")!;
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html.match(/<style[^>]*>/g)).toEqual(['<style nonce="abc123">']);
  });

  it("says which link is damaged in an embed, and opens the questionnaire outside the frame", () => {
    const html = damagedResultPage("/embed/r/zz", "n")!;
    expect(html).toContain("This Baton link is damaged");
    expect(html).toContain('target="_blank"');
  });
});

describe("readSharePath, the one reader of result and map page paths", () => {
  it("reads the code of a result or map page, plain or embedded, and nothing else", () => {
    expect(readSharePath("/r/1BCh4XOE9d", "r")).toEqual({ embed: false, code: "1BCh4XOE9d" });
    expect(readSharePath("/embed/m/m1.AbC/", "m")).toEqual({ embed: true, code: "m1.AbC" });
    expect(readSharePath("/m/m1.AbC", "r")).toBeUndefined();
    expect(readSharePath("/r/1BCh4XOE9d", "m")).toBeUndefined();
    expect(readSharePath("/r/1BCh4XOE9d/og", "r")).toBeUndefined();
    expect(readSharePath("/embed/x/r/1BCh4XOE9d", "r")).toBeUndefined();
  });

  it("decodes %-escapes, and keeps ones that don't decode as sent", () => {
    expect(readSharePath("/m/a%20b", "m")?.code).toBe("a b");
    expect(readSharePath("/r/%E0%A4%A", "r")?.code).toBe("%E0%A4%A");
  });
});
