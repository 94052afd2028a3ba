import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "./article";
import { archivedRepoOf } from "./archived-repos";
import { datesIn, sourceDateDisagreement } from "./audit-checks";
import { checkArticles } from "./check";
import { CONTENT_DIR, loadArticles } from "./load";
import { parseArticle } from "./parse";

// The real articles: each test breaks a copy of one of them the way the second articles audit found
// it broken, and checks the build's content check now refuses it.
const articles = loadArticles();

/**
 * Problems of the whole set with a copy of `slug` in which `from`, found exactly once, reads `to`
 * instead: the article broken the way the audit found it.
 */
function problemsWithBrokenCopy(slug: string, from: string, to: string): string[] {
  const file = `${CONTENT_DIR}/${slug}.mdx`;
  const source = readFileSync(path.join(process.cwd(), file), "utf8");
  expect(source.split(from).length - 1, `"${from.slice(0, 60)}" occurs once`).toBe(1);
  const broken = source.replace(from, to);
  expect(broken, "the edit must change the article").not.toBe(source);
  const parsed = parseArticle(file, broken);
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join("\n"));
  return checkArticles(articles.map((a) => (a.slug === slug ? parsed.article : a))).map(
    formatProblem,
  );
}

describe("the audit-2 content checks, on broken copies of real articles", () => {
  it("pass the articles as they are", () => {
    expect(checkArticles(articles)).toEqual([]);
  });

  // Each row: what the audit found, the article, the text as it is, the text as it was found, and
  // the one problem the check must now report.
  it.each([
    {
      finding: "a link to a known-archived repository (the OTEP link of finding 20)",
      slug: "seeing-the-flow",
      from: "https://github.com/open-telemetry/opentelemetry-specification/blob/main/oteps/",
      to: "https://github.com/open-telemetry/oteps/blob/main/text/",
      problem:
        /^content\/seeing-the-flow\.mdx:\d+: link https:\/\/github\.com\/open-telemetry\/oteps\/\S+: open-telemetry\/oteps is archived \(since November 2024\); link https:\/\/github\.com\/open-telemetry\/opentelemetry-specification instead, or beside it$/,
    },
    {
      finding: "an archive notice cited without its successor",
      slug: "tool-map",
      from: "; [conductor-oss/conductor README](https://github.com/conductor-oss/conductor)",
      to: "",
      problem: /Netflix\/conductor is archived/,
    },
    {
      finding: "a citation whose date disagrees with its Sources entry",
      slug: "flow-shape-and-change",
      from: '("How to tame event-driven microservices", 2019)',
      to: '("How to tame event-driven microservices", 2018)',
      problem:
        /^content\/flow-shape-and-change\.mdx:\d+: "How to tame event-driven microservices" is dated in the text, but 2018 is not in its Sources entry \(2019\)$/,
    },
    {
      finding: "a claim the text marks as not re-checked (the Voxxed paraphrase of finding 19)",
      slug: "where-experts-disagree",
      from: "## Sources\n\n",
      to: "## Sources\n\n- [Voxxed Days, interview with Bernd Rücker, 19 September 2019 (paraphrased; not re-checked in 2026)](https://voxxeddays.com/microservices/2019/09/19/bernd-rucker-on-complex-event-flows-in-distributed-systems/)\n",
      problem:
        /^content\/where-experts-disagree\.mdx:\d+: the text marks a claim as "not re-checked": check it against its source and state it, or drop it$/,
    },
    {
      finding: "a quoted expert's affiliation missing at the first mention (finding 21, Abbas)",
      slug: "latency-and-throughput",
      from: "then a Cadence maintainer (he co-founded Temporal that year)",
      to: "then a Cadence maintainer",
      problem:
        /^content\/latency-and-throughput\.mdx:\d+: first mention of Abbas: disclose the affiliation here \(he co-founded Temporal \(2019\)\)$/,
    },
    {
      finding:
        "a quoted expert's affiliation missing at the first mention (finding 21, Vanlightly)",
      slug: "where-experts-disagree",
      from: "; he works for Confluent, a streaming vendor, as he says in part 1:",
      to: ":",
      problem: /first mention of Vanlightly/,
    },
  ])("refuse $finding", ({ slug, from, to, problem }) => {
    expect(problemsWithBrokenCopy(slug, from, to)).toEqual([expect.stringMatching(problem)]);
  });
});

describe("the helpers", () => {
  it("read years and the months written before them", () => {
    expect(datesIn("Zalando Engineering, October and November 2017")).toEqual([
      { year: 2017, months: ["october", "november"] },
    ]);
    expect(datesIn("18 May 2022 and (as of 2026)")).toEqual([
      { year: 2022, months: ["may"] },
      { year: 2026, months: [] },
    ]);
    expect(datesIn("issue #1546")).toEqual([]);
  });

  it("compare a text's dates with Sources entries, months only where both give them", () => {
    const entries = [
      { text: 'Conor Clifford, "Why Event Driven?", Zalando Engineering, November 2017' },
    ];
    expect(sourceDateDisagreement(datesIn("October and November 2017"), entries)).toBe(
      "October and November 2017 is not in its Sources entry (November 2017)",
    );
    expect(sourceDateDisagreement(datesIn("November 2017"), entries)).toBeUndefined();
    expect(sourceDateDisagreement(datesIn("2017"), entries)).toBeUndefined();
    expect(
      sourceDateDisagreement(datesIn("May 2017"), [{ text: "John McKim, 2017" }]),
    ).toBeUndefined();
    expect(sourceDateDisagreement(datesIn("2016"), [{ text: "John McKim, 2017" }])).toBe(
      "2016 is not in its Sources entry (2017)",
    );
    expect(sourceDateDisagreement(datesIn("2016"), [])).toBeUndefined();
  });

  it("match archived repositories by owner and name only", () => {
    expect(archivedRepoOf("https://github.com/open-telemetry/oteps/blob/main/x.md")?.repo).toBe(
      "open-telemetry/oteps",
    );
    expect(
      archivedRepoOf("https://raw.githubusercontent.com/Netflix/Conductor/main/README.md")?.repo,
    ).toBe("Netflix/conductor");
    expect(archivedRepoOf("https://github.com/Netflix/conductor-ui")).toBeUndefined();
    expect(archivedRepoOf("https://github.com/conductor-oss/conductor")).toBeUndefined();
  });
});
