import GithubSlugger from "github-slugger";
import { describe, expect, it } from "vitest";
import { headingsOf, linksOf, plainText, readingMinutesOf, wordCountOf } from "./markdown";

describe("headingsOf", () => {
  it("gives ## and ### headings the ids rehype-slug gives them", () => {
    const body = "Intro.\n\n## What it buys\n\nText.\n\n### Counting teams\n\n## Sources\n\n- A";
    expect(headingsOf(body)).toEqual([
      { depth: 2, text: "What it buys", id: "what-it-buys" },
      { depth: 3, text: "Counting teams", id: "counting-teams" },
      { depth: 2, text: "Sources", id: "sources" },
    ]);
  });

  it("numbers repeated headings the way one slugger per document does", () => {
    const ids = headingsOf("## Notes\n\n## Notes\n\n#### Notes\n\n## Notes").map((h) => h.id);
    // The h4 is not listed, but it still takes "notes-2" from the slugger, as on the page.
    expect(ids).toEqual(["notes", "notes-1", "notes-3"]);
  });

  it("reads headings as text: code, emphasis, links and entities", () => {
    const [h] = headingsOf("## How `duration` *really* scores in [Baton](/guides) &amp; why");
    expect(h?.text).toBe("How duration really scores in Baton & why");
    expect(h?.id).toBe(new GithubSlugger().slug("How duration really scores in Baton & why"));
  });

  it("ignores heading-like lines inside fenced code", () => {
    expect(headingsOf("```md\n## Not a heading\n```\n\n## Real")).toEqual([
      { depth: 2, text: "Real", id: "real" },
    ]);
  });
});

describe("plainText", () => {
  it("keeps punctuation the slugger decides about", () => {
    expect(plainText("Kubernetes is not *your* workflow orchestrator")).toBe(
      "Kubernetes is not your workflow orchestrator",
    );
  });
});

describe("linksOf", () => {
  it("finds inline link targets with their lines, but not links inside code", () => {
    const body =
      'See [a](/guides/a) and [b](https://example.com/x "t").\n`[c](/nope)`\n[d](/advisor)';
    expect(linksOf(body)).toEqual([
      { href: "/guides/a", line: 1 },
      { href: "https://example.com/x", line: 1 },
      { href: "/advisor", line: 3 },
    ]);
  });
});

describe("reading time", () => {
  it("counts prose words and the text in component props, not tags or URLs", () => {
    expect(
      wordCountOf(
        'One two [three](/guides/x).\n\n<Callout kind="tip" title="Four five">\n\nSix\n\n</Callout>',
      ),
    ).toBe(7);
  });

  it("rounds to whole minutes at 230 words a minute, never below one", () => {
    expect(readingMinutesOf(0)).toBe(1);
    expect(readingMinutesOf(1150)).toBe(5);
    expect(readingMinutesOf(1400)).toBe(6);
  });
});
