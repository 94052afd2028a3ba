import { describe, expect, it } from "vitest";
import { ArticleMetaSchema, describeIssues } from "./schema";

const valid = {
  title: "Sagas and compensation",
  description: "What a saga is and how the consistency question moves Baton's score.",
  dimension: "coordination",
  questions: ["consistency"],
  updated: "2026-11-25",
  order: 1,
};

function issuesOf(meta: unknown): string[] {
  const result = ArticleMetaSchema.safeParse(meta);
  return result.success ? [] : describeIssues(result.error);
}

describe("ArticleMetaSchema", () => {
  it("accepts well-formed frontmatter", () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it("accepts an unquoted YAML date and keeps the ISO day", () => {
    const parsed = ArticleMetaSchema.parse({ ...valid, updated: new Date("2026-11-25T00:00:00Z") });
    expect(parsed.updated).toBe("2026-11-25");
  });

  it("rejects a description longer than 160 characters", () => {
    expect(issuesOf({ ...valid, description: "x".repeat(161) })).toEqual([
      "description: must be at most 160 characters",
    ]);
    expect(issuesOf({ ...valid, description: "x".repeat(160) })).toEqual([]);
  });

  it("rejects a dimension outside the six groups", () => {
    expect(issuesOf({ ...valid, dimension: "context" })[0]).toMatch(/^dimension:/);
  });

  it("rejects question ids the model doesn't have, naming the position", () => {
    expect(issuesOf({ ...valid, questions: ["consistency", "team-size"] })).toEqual([
      "questions.1: is not a question id of the model",
    ]);
  });

  it("accepts the context questions, which articles may explain", () => {
    expect(issuesOf({ ...valid, questions: ["platform", "messaging"] })).toEqual([]);
  });

  it("rejects a question listed twice", () => {
    expect(issuesOf({ ...valid, questions: ["duration", "duration"] })).toEqual([
      "questions: lists a question twice",
    ]);
  });

  it("rejects dates that are not real ISO days", () => {
    for (const updated of ["2026-13-01", "25/11/2026", "2026-02-30", ""]) {
      expect(issuesOf({ ...valid, updated })[0]).toMatch(/^updated: must be an ISO date/);
    }
  });

  it("rejects a missing key, an unknown key and a non-integer order", () => {
    const untitled: Partial<typeof valid> = { ...valid };
    delete untitled.title;
    expect(issuesOf(untitled)[0]).toMatch(/^title:/);
    expect(issuesOf({ ...valid, author: "me" })[0]).toMatch(/author/);
    expect(issuesOf({ ...valid, order: 1.5 })[0]).toMatch(/^order:/);
    expect(issuesOf({ ...valid, order: 0 })[0]).toMatch(/^order:/);
  });
});
