import { describe, expect, it } from "vitest";
import { parseSubmission } from "./parse-submission";

const parse = (query: string) => parseSubmission(new URLSearchParams(query));

describe("parseSubmission", () => {
  it("reads answers, the flow name and the embed flag", () => {
    expect(parse("teams=one&latency=unsure&flow=Order+checkout&embed=1")).toEqual({
      ok: true,
      answers: { teams: "one" },
      flow: "Order checkout",
      embed: true,
    });
  });

  it("treats an empty form as all unsure, and an empty flow name as none", () => {
    expect(parse("flow=")).toEqual({ ok: true, answers: {}, embed: false });
    expect(parse("flow=%20%0A%20")).toEqual({ ok: true, answers: {}, embed: false });
  });

  it("cleans control characters out of the flow name", () => {
    expect(parse("flow=Claims%00%0Ahandling")).toMatchObject({ flow: "Claims handling" });
  });

  it.each([
    ["teams=nine", "teams", 'teams: "nine" is not an option'],
    ["teams=", "teams", 'teams: "" is not an option'],
    ["colour=blue", "colour", 'colour: unknown key "colour"'],
    ["answers.teams=one", "answers.teams", "answers.teams: unknown key"],
    ["teams=one&teams=two", "teams", "teams: given more than once"],
    ["flow=a&flow=b", "flow", "flow: given more than once"],
    [`flow=${"x".repeat(81)}`, "flow", "flow: must be text of at most 80 characters"],
    ["embed=0", "embed", "embed: must be 1"],
  ])("refuses %s, naming the field", (query, field, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.field).toBe(field);
    expect(result.message).toContain(message);
  });
});
