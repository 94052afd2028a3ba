import { describe, expect, it } from "vitest";
import { encode } from "../share";
import { MAX_TEAM_LINKS, codeOf, parseTeamLinks, splitEntries } from "./links";

const A = encode({ teams: "one", "control-flow": "dynamic" });
const B = encode({ teams: "seven-plus", "side-effects": "many-growing" });

describe("splitEntries", () => {
  it("splits on new lines, commas and spaces, and drops empty entries", () => {
    expect(splitEntries(` ${A},\n\n${B} , /r/${A}\r\n`)).toEqual([A, B, `/r/${A}`]);
  });

  it("joins repeated query values in order", () => {
    expect(splitEntries([A, `${B},${A}`])).toEqual([A, B, A]);
  });
});

describe("codeOf", () => {
  it.each([
    [`https://baton.example.com/r/${A}?flow=Order%20checkout`, A],
    [`http://localhost:3000/r/${A}/`, A],
    [`/r/${A}`, A],
    [`/embed/r/${A}#top`, A],
    [`baton.example.com/r/${A}`, A],
    [A, A],
  ])("finds the code in %s", (entry, code) => {
    expect(codeOf(entry)).toBe(code);
  });

  it.each(["https://example.com/about", "/r/", `/r/${A}/og`, "mailto:someone"])(
    "finds no code in %s",
    (entry) => {
      expect(codeOf(entry)).toBeUndefined();
    },
  );
});

describe("parseTeamLinks", () => {
  it("decodes a mix of URLs, paths and bare codes", () => {
    const { entries } = parseTeamLinks(`https://b.example/r/${A}?flow=x\n/r/${B}, ${A}`);
    expect(entries.map((e) => (e.ok ? e.code : e.message))).toEqual([A, B, A]);
    expect(entries.map((e) => e.position)).toEqual([1, 2, 3]);
    const first = entries[0]!;
    expect(first.ok && first.answers).toEqual({ "control-flow": "dynamic", teams: "one" });
    expect(first.ok && first.model).toBe(3);
  });

  it("reports a damaged code by its position and keeps the others", () => {
    const damaged = A.slice(0, 4) + (A[4] === "x" ? "y" : "x") + A.slice(5);
    const { entries } = parseTeamLinks([A, damaged, "https://example.com/about", B].join(","));
    expect(entries.map((e) => e.ok)).toEqual([true, false, false, true]);
    const [, second, third] = entries;
    expect(second).toMatchObject({ position: 2, raw: damaged, ok: false });
    expect(!second!.ok && second!.message).toMatch(/check character/);
    expect(!third!.ok && third!.message).toMatch(/not a Baton result link/);
  });

  it("says a code of an unknown version may be a typo or a newer version's code", () => {
    const { entries } = parseTeamLinks("zAAAAAAAAA");
    expect(!entries[0]!.ok && entries[0]!.message).toMatch(/newer version/);
  });

  it(`compares at most ${MAX_TEAM_LINKS} links and counts the rest`, () => {
    const parsed = parseTeamLinks(Array.from({ length: 23 }, () => A).join("\n"));
    expect(parsed.entries).toHaveLength(MAX_TEAM_LINKS);
    expect(parsed.ignored).toBe(3);
  });

  it("reports an absurdly long entry without decoding it", () => {
    const { entries } = parseTeamLinks(`/r/${"A".repeat(5000)}`);
    expect(!entries[0]!.ok && entries[0]!.message).toMatch(/too long/);
  });
});
