import { describe, expect, it } from "vitest";
import { escapeMrkdwn, mrkdwnProblems, renderMrkdwn } from "./mrkdwn";

// Rules from Slack's "Formatting text for app surfaces"; see mrkdwn.ts.
describe("Slack mrkdwn rules", () => {
  it("escapes only &, < and >, as entities", () => {
    expect(escapeMrkdwn("R&D <ops> v2.1 (EU) - a/b *x*")).toBe(
      "R&amp;D &lt;ops&gt; v2.1 (EU) - a/b *x*",
    );
  });

  it("shows links by label or URL, entities decoded, markers removed where they format", () => {
    expect(
      renderMrkdwn("*Checkout*: go &amp; see <https://x.example|here> or <https://y.example>"),
    ).toBe("Checkout: go & see here or https://y.example");
    expect(renderMrkdwn("_a_ ~b~ `*c*`")).toBe("a b *c*");
  });

  it("formats only between markers at word boundaries, not touching spaces inside", () => {
    expect(renderMrkdwn("snake_case_name")).toBe("snake_case_name");
    expect(renderMrkdwn("2 * 3 * 4")).toBe("2 * 3 * 4");
    expect(renderMrkdwn("a *b* c")).toBe("a b c");
    expect(renderMrkdwn("*a\nb*")).toBe("*a\nb*");
  });

  it("has no backslash escape: a backslash shows, and the marker after it still formats", () => {
    expect(renderMrkdwn("\\*bold*")).toBe("\\bold");
    expect(renderMrkdwn("x \\*bold* y")).toBe("x \\bold y");
  });

  it("finds what Slack would show wrongly: Markdown, backslash escapes, bare control characters", () => {
    expect(mrkdwnProblems("*Checkout*: a &amp; b\n<https://x.example/r/1?flow=a%26b>")).toEqual([]);
    expect(mrkdwnProblems("**Checkout v2\\.1 \\(EU\\)**: [here](https://x.example) & <b>")).toEqual(
      [
        "Markdown bold (**) is not mrkdwn",
        "Markdown link [label](url) is not mrkdwn",
        "backslash escape \\. is shown as typed",
        "backslash escape \\( is shown as typed",
        "backslash escape \\) is shown as typed",
        "bare < or > outside a link: write &lt; or &gt;",
        "bare &: write &amp;",
      ],
    );
  });
});
