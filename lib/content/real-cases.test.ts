import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { REAL_CASE_STORIES, isRealCase, realCaseRows } = await import("./real-cases");
const { CURRENT_MODEL, modelFor, recommend } = await import("../scoring");
const { loadScenarios } = await import("../testing/scenarios");
const { datesIn, sourceDateDisagreement } = await import("./audit-checks");
const { loadArticles } = await import("./load");
const { parseMdx, sourcesOf } = await import("./mdx");

/** The Sources entries of the validation page, where the table's rows are cited. */
function validationPageSources() {
  const page = loadArticles().find((a) => a.slug === "how-baton-does-on-published-cases")!;
  const parsed = parseMdx(page.body);
  if (!parsed.ok) throw new Error(parsed.message);
  return sourcesOf(parsed.tree) ?? [];
}

describe("realCaseRows", () => {
  const rows = realCaseRows();

  it("shows the model before the current one beside it, computed live with that model", () => {
    for (const row of rows) {
      expect(row.model.version, row.file).toBe(CURRENT_MODEL.version);
      expect(row.previous?.version, row.file).toBe(CURRENT_MODEL.version - 1);
      const scenario = loadScenarios().find((s) => s.file === row.file)!;
      const before = modelFor(CURRENT_MODEL.version - 1)!;
      const known = new Set<string>(before.questions.map((q) => q.id));
      const answers = Object.fromEntries(
        Object.entries(scenario.input.answers as Record<string, string>).filter(([id]) =>
          known.has(id),
        ),
      );
      expect(row.previous?.score, row.file).toBe(recommend(answers, before).score);
    }
  });

  it("finds the published cases among the scenarios, and only those", () => {
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.every((r) => r.file.includes("real-"))).toBe(true);
    expect(isRealCase({ basis: "The source blog post: 'If you have…'" })).toBe(false);
  });

  it("has our own account, with an https source, for every published case", () => {
    for (const row of rows) {
      expect(row.story, row.file).toBeDefined();
      expect(row.story!.url).toMatch(/^https:\/\//);
    }
    expect(Object.keys(REAL_CASE_STORIES).sort()).toEqual(rows.map((r) => r.file).sort());
  });

  it("computes the model column from the scenario's answers, and agreement from its expectation", () => {
    for (const row of rows) {
      expect(row.expected.length, row.file).toBeGreaterThan(0);
      expect(row.agrees).toBe(
        row.model.verdict !== null && row.expected.includes(row.model.verdict),
      );
    }
    const zalando = rows.find((r) => r.file.includes("zalando"))!;
    expect(zalando.model.verdict).toBe("choreography");
  });

  it("dates each row's source as the page's Sources entries by the same author do (audit 2, #23)", () => {
    const sources = validationPageSources();
    for (const [file, story] of Object.entries(REAL_CASE_STORIES)) {
      const author = /^[^,]+/
        .exec(story.source)![0]
        .split(/ and | & /)[0]!
        .trim();
      const entries = sources.filter((s) => s.text.includes(author));
      if (datesIn(story.source).length > 0) {
        expect(entries.length, `${file}: a Sources entry by ${author}`).toBeGreaterThan(0);
      }
      expect(sourceDateDisagreement(datesIn(story.source), entries), file).toBeUndefined();
    }
    // The row as the audit found it: "October and November 2017" beside a November-only entry.
    const november = sources.filter((s) => s.text.includes("November 2017"));
    expect(sourceDateDisagreement(datesIn("October and November 2017"), november)).toMatch(
      /October and November 2017 is not in its Sources entry/,
    );
  });
});
