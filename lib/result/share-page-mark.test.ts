import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { encode } from "../share/codec";
import { isSharePage } from "./damaged-page";

const code = encode({ teams: "one" });

describe("the share-page route declares itself cacheable", () => {
  it("isSharePage is true for a share page with a readable code, and nothing else", () => {
    expect(isSharePage(`/r/${code}`)).toBe(true);
    expect(isSharePage(`/embed/r/${code}`)).toBe(true);
    expect(isSharePage(`/r/${code}/og`)).toBe(false);
    expect(isSharePage(`/r/${code}/`)).toBe(false);
    expect(isSharePage(`/r/${code.slice(0, -1)}`)).toBe(false);
    expect(isSharePage("/advisor")).toBe(false);
  });

  it("proxy.ts marks the share page's response, and no other", () => {
    const mark = (path: string, method = "GET") =>
      proxy(new NextRequest(`http://localhost:3000${path}`, { method })).headers.get(
        "x-baton-cacheable",
      );
    expect(mark(`/r/${code}?flow=Checkout`)).toBe("share-page");
    expect(mark(`/embed/r/${code}`)).toBe("share-page");
    expect(mark(`/r/${code}`, "POST")).toBeNull();
    expect(mark(`/r/${code}/adr`)).toBeNull();
    expect(mark("/advisor")).toBeNull();
    expect(mark(`/r/${code.slice(0, -1)}`)).toBeNull(); // the damaged-link page
  });
});
