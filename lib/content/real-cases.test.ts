import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { REAL_CASE_STORIES, isRealCase, realCaseRows } = await import("./real-cases");

describe("realCaseRows", () => {
  const rows = realCaseRows();

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
});
