import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildResult } from "./index";
import { SCENARIO_DIR } from "../testing/scenarios";
import { chatSummary, flipGroups, flipOutcome, flipScore, SUMMARY_MAX_LENGTH } from "./explain";
import { formatPoints } from "./format";
import { MODEL_V2 } from "../scoring";
import { wordsFor } from "./wording";
import { flowNode, phrasingNodes, toString } from "../testing/summary-markdown";

const URL = "https://baton.example/r/1Bq8R1Wu64?flow=Checkout";

function scenario(name: string) {
  return JSON.parse(readFileSync(join(SCENARIO_DIR, `${name}.json`), "utf8")) as {
    input: Parameters<typeof buildResult>[0];
  };
}

describe("flipOutcome", () => {
  it("states the new score and the new verdict, not the change", () => {
    const sentence = flipOutcome(
      MODEL_V2,
      { question: "teams", from: "one", to: "seven-plus", verdict: "hybrid", scoreChange: -4.5 },
      8,
    );
    expect(sentence).toBe(
      "If teams were \u201cSeven or more\u201d instead of \u201cOne\u201d, the score would be +3.5 and the verdict a hybrid.",
    );
  });

  it("prefers the score the JSON carries", () => {
    expect(flipScore({ score: 2, scoreChange: -4.5 }, 8)).toBe(2);
    expect(flipScore({ scoreChange: -1.5 }, 0.5)).toBe(-1);
  });
});

describe("flipGroups", () => {
  it("groups per question, the group with the smallest change first, each smallest first", () => {
    const result = buildResult(scenario("seed-simple").input);
    const groups = flipGroups(wordsFor(result), result.flips);
    expect(groups.flatMap((g) => g.flips)).toHaveLength(result.flips.length);
    expect(new Set(groups.map((g) => g.question)).size).toBe(groups.length);
    const smallest = groups.map((g) => Math.abs(g.flips[0]!.scoreChange));
    expect([...smallest].sort((a, b) => a - b)).toEqual(smallest);
    for (const group of groups) {
      const changes = group.flips.map((f) => Math.abs(f.scoreChange));
      expect([...changes].sort((a, b) => a - b)).toEqual(changes);
      expect(group.flips.every((f) => f.question === group.question)).toBe(true);
    }
  });
});

describe("chatSummary", () => {
  it("gives the flow, headline, confidence, reasons and link", () => {
    const result = buildResult(scenario("loan-origination").input);
    const summary = chatSummary(wordsFor(result), result, URL);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(summary).toContain(`**${result.flow}**`);
    expect(summary).toMatch(/(High|Medium|Low) confidence\./);
    expect(summary).toContain("Because: ");
    expect(summary.endsWith(URL)).toBe(true);
    const first = [...result.contributions].sort(
      (a, b) => Math.abs(b.weighted) - Math.abs(a.weighted),
    )[0]!;
    expect(summary).toContain(formatPoints(first.weighted));
  });

  it("names no verdict when too little is answered", () => {
    const summary = chatSummary(MODEL_V2, buildResult({ answers: {} }), URL);
    expect(summary).toContain("Too early to recommend");
    expect(summary).not.toMatch(/confidence/i);
  });

  it("never exceeds 600 characters, whatever the flow name, and keeps the link whole", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (flow) => {
        const result = buildResult({ ...scenario("checkout-core-and-side-effects").input, flow });
        const summary = chatSummary(wordsFor(result), result, URL);
        expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
        expect(summary).toContain(URL);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps a hostile flow name literal: no link, HTML or emphasis in the Markdown tree", () => {
    const flow = "[click](javascript:alert(1)) <b>x</b> *y* https://evil.example @team #12";
    const summary = chatSummary(MODEL_V2, buildResult({ flow, answers: { teams: "one" } }), URL);
    const name = flowNode(summary);
    expect(name.type).toBe("strong");
    expect(toString(name)).toBe(flow);
    // Only text, and the bare URL as a link showing itself (a GFM autolink literal).
    const kinds = phrasingNodes(summary.split("\n")[0]!).filter(
      (n) => !["root", "paragraph", "strong", "text"].includes(n.type),
    );
    expect(kinds).toEqual([{ type: "link", text: "https://evil.example" }]);
  });

  it("writes a plain flow name without backslashes, which Slack would show", () => {
    const flow = "Checkout v2.1 (EU) - payments/refunds";
    const summary = chatSummary(MODEL_V2, buildResult({ flow, answers: { teams: "one" } }), URL);
    expect(summary.split("\n")[0]).toMatch(/^\*\*Checkout v2\.1 \(EU\) - payments\/refunds\*\*: /);
    expect(summary).not.toContain("\\");
  });
});
