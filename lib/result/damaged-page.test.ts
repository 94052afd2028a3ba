import { describe, expect, it } from "vitest";
import { encode } from "../share/codec";
import { damagedResultPage } from "./damaged-page";

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
