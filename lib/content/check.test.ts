import { describe, expect, it } from "vitest";
import { formatProblem, type Article } from "./article";
import { checkArticles } from "./check";
import { parseArticle } from "./parse";

const filler = Array.from({ length: 650 }, (_, i) => `word${i}`).join(" ");

function source(meta: Record<string, string>, body: string): string {
  const fm = {
    title: '"Sagas and compensation"',
    description: '"What a saga is and how the consistency question moves the score."',
    dimension: '"coordination"',
    questions: '["consistency"]',
    updated: '"2026-11-25"',
    order: "1",
    ...meta,
  };
  return `---\n${Object.entries(fm)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n---\n${body}`;
}

const GOOD_BODY = `${filler}

## How it scores

<QuestionScoring id="consistency" />

See [the other guide](/guides/other#second-part) and [the questionnaire](/advisor).

## Sources

- Sam Newman, *Building Microservices*, 2nd ed., O'Reilly 2021, ch. 6
`;

const other = `${filler}\n\n## First part\n\n## Second part\n\n## Sources\n\n- Martin Fowler, "What do you mean by Event-Driven?", 2017\n`;

function articlesWith(body: string, meta: Record<string, string> = {}): Article[] {
  const parsed = [
    parseArticle("content/sagas.mdx", source(meta, body)),
    parseArticle("content/other.mdx", source({ questions: "[]", order: "2" }, other)),
  ];
  return parsed.map((p) => {
    if (!p.ok) throw new Error(p.problems.map(formatProblem).join("\n"));
    return p.article;
  });
}

function problemsOf(body: string, meta: Record<string, string> = {}): string[] {
  return checkArticles(articlesWith(body, meta))
    .filter((p) => !p.message.startsWith("no article in the"))
    .map(formatProblem);
}

describe("checkArticles", () => {
  it("passes a well-formed article", () => {
    expect(problemsOf(GOOD_BODY)).toEqual([]);
  });

  it("reports a link to an article that doesn't exist, with its file line", () => {
    const problems = problemsOf(GOOD_BODY.replace("/guides/other#second-part", "/guides/missing"));
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/sagas\.mdx:15: link \/guides\/missing: there is no article "missing"$/,
      ),
    ]);
  });

  it("reports an anchor that no heading of the target has", () => {
    expect(problemsOf(GOOD_BODY.replace("#second-part", "#third-part"))).toEqual([
      expect.stringContaining('"other" has no heading #third-part'),
    ]);
  });

  it("reports links to pages articles may not link to, and plain-http links", () => {
    const body = GOOD_BODY.replace("(/advisor)", "(/team)").replace(
      "## Sources",
      "[x](http://example.com)\n\n## Sources",
    );
    const problems = problemsOf(body);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("link /team: articles may link to");
    expect(problems[1]).toContain("external links must be https://");
  });

  it("reports a QuestionScoring for a question the article doesn't list", () => {
    const body = GOOD_BODY.replace(
      '<QuestionScoring id="consistency" />',
      '<QuestionScoring id="consistency" />\n\n<QuestionScoring id="duration" />',
    );
    expect(problemsOf(body)).toEqual([
      expect.stringContaining('<QuestionScoring id="duration"> but "duration" is not in questions'),
    ]);
  });

  it("reports a listed question without its QuestionScoring", () => {
    expect(problemsOf(GOOD_BODY, { questions: '["consistency", "duration"]' })).toEqual([
      expect.stringContaining(
        'questions lists "duration": include <QuestionScoring id="duration" /> once (found 0)',
      ),
    ]);
  });

  it("reports unknown question ids and bad props on components", () => {
    const body = GOOD_BODY.replace(
      "## Sources",
      [
        '<QuestionScoring id="team-size" />',
        '<FlowDiagram kind="saga" steps={["A", "B"]} />',
        '<Tradeoff left="A" right="B" rows={[["only two", "cells"]]} />',
        '<Callout kind="danger">\n\nText\n\n</Callout>',
        "## Sources",
      ].join("\n\n"),
    );
    const problems = problemsOf(body).join("\n");
    expect(problems).toContain("<QuestionScoring> id: is not a question id of the model");
    expect(problems).toMatch(/<FlowDiagram> kind: /);
    expect(problems).toContain("<Tradeoff> rows.0: each row is [aspect, left cell, right cell]");
    expect(problems).toMatch(/<Callout> kind: /);
  });

  it("reports unknown components, raw HTML, expressions and imports", () => {
    const body = GOOD_BODY.replace(
      "## Sources",
      'import X from "x"\n\n<Chart />\n\n<div>hi</div>\n\nTotal {1 + 1} points.\n\n## Sources',
    );
    const problems = problemsOf(body).join("\n");
    expect(problems).toContain("no import or export statements");
    expect(problems).toContain("unknown component <Chart>");
    expect(problems).toContain("no raw HTML (<div>)");
    expect(problems).toContain("no JavaScript expressions in prose ({1 + 1})");
  });

  it("refuses non-literal attribute expressions without evaluating them", () => {
    const body = GOOD_BODY.replace(
      '<QuestionScoring id="consistency" />',
      "<QuestionScoring id={process.exit(1)} />",
    );
    const problems = problemsOf(body).join("\n");
    expect(problems).toContain("only literal strings, numbers and arrays are allowed");
  });

  it("ignores tags and braces inside code", () => {
    const body = GOOD_BODY.replace(
      "## Sources",
      "Use `<Chart />` or `{x}`.\n\n```tsx\n<div>{x}</div>\n```\n\n## Sources",
    );
    expect(problemsOf(body)).toEqual([]);
  });

  it("requires a Sources section, last, with at least one source", () => {
    expect(problemsOf(GOOD_BODY.replace("## Sources", "## References"))).toEqual([
      expect.stringContaining('the last ## heading must be "Sources"'),
    ]);
    expect(problemsOf(GOOD_BODY.replace(/- Sam Newman.*\n/, "None.\n"))).toEqual([
      expect.stringContaining("the Sources section lists no sources"),
    ]);
  });

  it("reports # headings, deep headings and repeated headings", () => {
    const body = `# Title\n\n${GOOD_BODY.replace("## How it scores", "## How it scores\n\n#### Deep\n\n## How it scores")}`;
    const problems = problemsOf(body).join("\n");
    expect(problems).toContain("no # heading");
    expect(problems).toContain("use ## and ### headings only");
    expect(problems).toContain('heading "How it scores" is not unique');
  });

  it("reports a component that is never closed, and a closing tag that closes nothing", () => {
    const open = problemsOf(
      GOOD_BODY.replace("## Sources", '<Callout kind="note">\n\nText\n\n## Sources'),
    );
    expect(open.join("\n")).toMatch(/sagas\.mdx:\d+: <Callout> is never closed/);
    const stray = problemsOf(GOOD_BODY.replace("## Sources", "Text\n\n</Callout>\n\n## Sources"));
    expect(stray.join("\n")).toMatch(/sagas\.mdx:\d+: <\/Callout> closes nothing/);
  });

  it("refuses spread props and a non-container component written with a closing tag", () => {
    const body = GOOD_BODY.replace(
      '<QuestionScoring id="consistency" />',
      '<QuestionScoring id="consistency"></QuestionScoring>\n\n<Thresholds {...x} />',
    );
    const problems = problemsOf(body).join("\n");
    expect(problems).toContain("<QuestionScoring /> must be self-closing");
    expect(problems).toContain("<Thresholds> props: no spread props");
  });

  it("reads array props from the MDX tree, negative numbers included, and checks them", () => {
    const body = GOOD_BODY.replace(
      "## Sources",
      '<Tradeoff left="A" right="B" rows={[["one", "two", "three"], ["x", "y", -1]]} />\n\n## Sources',
    );
    expect(problemsOf(body).join("\n")).toContain("<Tradeoff> rows.1.2:");
  });

  it("reports Sources entries without an author or organisation, or without a date or chapter", () => {
    const body = GOOD_BODY.replace(
      /- Sam Newman.*\n/,
      '- some blog post\n- Sam Newman, *Building Microservices*\n- Microsoft, Azure Architecture Center, "Saga" (as of 2026)\n- Ford et al., *Software Architecture: The Hard Parts*, ch. 12\n',
    );
    const problems = problemsOf(body);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /sagas\.mdx:\d+: Sources entry "some blog post": name an author or organisation first and a date or a chapter$/,
    );
    expect(problems[1]).toMatch(
      /Sources entry "Sam Newman, Building Microservices": name a date or a chapter$/,
    );
  });

  it("reports links to addresses known to have moved, naming the new one", () => {
    const body = GOOD_BODY.replace(
      "## Sources",
      "[c](https://github.com/uber/cadence/issues/1) and [t](https://docs.temporal.io/docs/use-cases/) but not [ok](https://github.com/uber/cadence-idl)\n\n## Sources",
    );
    const problems = problemsOf(body);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("use https://github.com/cadence-workflow/cadence");
    expect(problems[1]).toContain("use https://docs.temporal.io/");
  });

  it("reports author–date and quoted-title citations whose date disagrees with Sources", () => {
    const body = GOOD_BODY.replace(
      "## Sources",
      'Newman says so (Newman, 2019), and again ("Building Microservices", 2021).\n\n## Sources',
    ).replace("O'Reilly 2021, ch. 6", 'O\'Reilly 2021, ch. 6, "Building Microservices"');
    const problems = problemsOf(body);
    expect(problems).toEqual([
      expect.stringMatching(
        /sagas\.mdx:\d+: \(Newman, …\) is dated in the text, but 2019 is not in its Sources entry \(2021\)$/,
      ),
    ]);
    expect(problemsOf(body.replace("(Newman, 2019)", "(Newman, 2021)"))).toEqual([]);
  });

  it("reports articles shorter or longer than SPEC's 600–1500 words", () => {
    expect(problemsOf(GOOD_BODY.replace(filler, "Too short."))).toEqual([
      expect.stringMatching(/: \d+ words; articles have 600–1500$/),
    ]);
  });

  it("reports two articles with the same order in one group", () => {
    expect(problemsOf(GOOD_BODY, { order: "2", dimension: '"coordination"' }).join("\n")).toContain(
      "order 2 is already used by",
    );
  });
});
