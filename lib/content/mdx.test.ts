import GithubSlugger from "github-slugger";
import { describe, expect, it } from "vitest";
import { headingsOf, linksOf, parseMdx, readingMinutesOf, sourcesOf, wordCountOf } from "./mdx";

function tree(body: string) {
  const parsed = parseMdx(body);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.tree;
}

describe("headingsOf", () => {
  it("gives ## and ### headings the ids rehype-slug gives them", () => {
    const body = "Intro.\n\n## What it buys\n\nText.\n\n### Counting teams\n\n## Sources\n\n- A";
    expect(headingsOf(tree(body))).toEqual([
      { depth: 2, text: "What it buys", id: "what-it-buys" },
      { depth: 3, text: "Counting teams", id: "counting-teams" },
      { depth: 2, text: "Sources", id: "sources" },
    ]);
  });

  it("numbers repeated headings the way one slugger per document does", () => {
    const ids = headingsOf(tree("## Notes\n\n## Notes\n\n#### Notes\n\n## Notes")).map((h) => h.id);
    // The h4 is not listed, but it still takes "notes-2" from the slugger, as on the page.
    expect(ids).toEqual(["notes", "notes-1", "notes-3"]);
  });

  it("reads headings as text: code, emphasis, links and entities", () => {
    const [h] = headingsOf(tree("## How `duration` *really* scores in [Baton](/guides) &amp; why"));
    expect(h?.text).toBe("How duration really scores in Baton & why");
    expect(h?.id).toBe(new GithubSlugger().slug("How duration really scores in Baton & why"));
  });

  it("ignores heading-like lines inside fenced code", () => {
    expect(headingsOf(tree("```md\n## Not a heading\n```\n\n## Real"))).toEqual([
      { depth: 2, text: "Real", id: "real" },
    ]);
  });
});

describe("linksOf", () => {
  it("finds link targets with their lines, but not links inside code", () => {
    const body =
      'See [a](/guides/a) and [b](https://example.com/x "t").\n`[c](/nope)`\n[d](/advisor)';
    expect(linksOf(tree(body))).toEqual([
      { href: "/guides/a", line: 1 },
      { href: "https://example.com/x", line: 1 },
      { href: "/advisor", line: 3 },
    ]);
  });
});

describe("sourcesOf", () => {
  it("lists the entries under the last ## Sources heading, as text, with lines", () => {
    const body =
      "Text.\n\n## Sources\n\n- Sam Newman, *Building Microservices*, 2021\n- [AWS](https://aws.amazon.com), 2026\n";
    expect(sourcesOf(tree(body))).toEqual([
      { text: "Sam Newman, Building Microservices, 2021", line: 5 },
      { text: "AWS, 2026", line: 6 },
    ]);
    expect(sourcesOf(tree("## Other\n\n- x"))).toBeUndefined();
  });
});

describe("reading time", () => {
  it("counts prose words and the strings in component props (kind=tip too), not tags or URLs", () => {
    expect(
      wordCountOf(
        tree(
          'One two [three](/guides/x).\n\n<Callout kind="tip" title="Four five">\n\nSix\n\n</Callout>\n\n<Tradeoff left="L" right="R" rows={[["seven", "eight", "nine"]]} />',
        ),
      ),
    ).toBe(12);
  });

  it("rounds to whole minutes at 230 words a minute, never below one", () => {
    expect(readingMinutesOf(0)).toBe(1);
    expect(readingMinutesOf(1150)).toBe(5);
    expect(readingMinutesOf(1400)).toBe(6);
  });
});

describe("parseMdx", () => {
  it("never throws on bad MDX and says where it failed", () => {
    expect(parseMdx("a {1 +")).toMatchObject({ ok: false, line: 1 });
    expect(parseMdx("<A>\n\nx\n\n</B>")).toEqual({
      ok: false,
      line: 5,
      message: "</B> closes nothing",
    });
  });
});
