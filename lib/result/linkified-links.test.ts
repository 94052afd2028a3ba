import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { decode, encode } from "../share/codec";
import { codeEndingIn, gfmLinks } from "../testing/linkified";
import { classifySharePath, damagedResultPage } from "./damaged-page";

/** Where the proxy redirects a path to, when its code's repair is sure. */
function repairedResultPath(pathname: string, search: string): string | undefined {
  const path = classifySharePath(pathname, search);
  return path.kind === "repair" ? path.location : undefined;
}

const ORIGIN = "https://baton.example.com";
const pathOf = (url: string) => {
  const { pathname, search } = new URL(url);
  return { pathname, search };
};

describe("share links pasted where text is linkified", () => {
  it("a link whose code ends in '_' loses it in Markdown, and the page offers the complete link", () => {
    const { code } = codeEndingIn("_");
    const [url] = gfmLinks(`The result is at ${ORIGIN}/r/${code}.`);
    expect(url).toBe(`${ORIGIN}/r/${code.slice(0, -1)}`); // GFM dropped the '_' with the '.'
    const { pathname, search } = pathOf(url!);
    expect(repairedResultPath(pathname, search)).toBeUndefined(); // a guess: offered, not followed
    const html = damagedResultPage(pathname, "n", search)!;
    expect(html).toContain('data-repair="lost-end"');
    expect(html).toContain(`<a href="/r/${code}">/r/${code}</a>`);
    expect(html).toContain("dropped the final &quot;_&quot;");
  });

  it("two lost characters, and the flow name kept", () => {
    const { code } = codeEndingIn("__");
    const [url] = gfmLinks(`Link: ${ORIGIN}/embed/r/${code}`);
    const { pathname } = pathOf(url!);
    expect(pathname).toBe(`/embed/r/${code.slice(0, -2)}`);
    const html = damagedResultPage(pathname, "n", "?flow=Checkout")!;
    expect(html).toContain(`<a href="/embed/r/${code}?flow=Checkout">`);
  });

  it("a link that took a sentence's punctuation into it goes to its result", () => {
    const code = encode({ teams: "one" });
    for (const debris of [".", ").", ",", "!", "%E2%80%9D", "%22", "'", ">"]) {
      expect(repairedResultPath(`/r/${code}${debris}`, "?flow=A"), debris).toBe(
        `/r/${code}?flow=A`,
      );
      expect(repairedResultPath(`/embed/r/${code}${debris}`, ""), debris).toBe(`/embed/r/${code}`);
    }
    expect(repairedResultPath(`/r/${code}`, "")).toBeUndefined();
    expect(repairedResultPath(`/r/${code.slice(0, -1)}!`, "")).toBeUndefined();
    expect(repairedResultPath(`/r/${code}./og`, "")).toBeUndefined();
  });

  it("proxy.ts answers such a link with a 308 to the result, flow kept", () => {
    const code = encode({ teams: "one" });
    const response = proxy(new NextRequest(`http://localhost:3400/r/${code}).?flow=Checkout`));
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe(`http://localhost:3400/r/${code}?flow=Checkout`);
  });

  it("a link cut in the middle says where the rest of the code probably is", () => {
    const code = encode({ teams: "one", consistency: "near-atomic" });
    const html = damagedResultPage(`/r/${code.slice(0, 4)}`, "n")!;
    expect(html).toContain('data-decode-error="wrong-length"');
    expect(html).toContain("the rest of the code may be in the text just after the link");
    expect(html).not.toContain("data-repair");
  });
});

describe("a typo in a code's first character", () => {
  const code = encode({ teams: "one", consistency: "near-atomic" });

  it("is reported as a typo, not as a newer version, and the right code is offered", () => {
    const typo = `z${code.slice(1)}`;
    const decoded = decode(typo);
    expect(decoded).toMatchObject({ ok: false, error: "unknown-version" });
    if (decoded.ok) return;
    expect(decoded.message).not.toContain("newer version of Baton");
    expect(decoded.message).toContain('The first character, "z"');
    expect(decoded.repair).toEqual({ how: "first-character", code, sure: false });
    const html = damagedResultPage(`/r/${typo}`, "n")!;
    expect(html).toContain(`<a href="/r/${code}">`);
    expect(html).not.toContain("newer");
  });

  it("a code whose check character fits an unknown version is a newer version's", () => {
    const body = `3${code.slice(1, -1)}`;
    const newer = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"]
      .map((check) => decode(body + check))
      .filter((d) => !d.ok && d.message.includes("newer version of Baton"));
    expect(newer).toHaveLength(1);
  });
});
