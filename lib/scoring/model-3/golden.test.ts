import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode } from "@/lib/share";
import type { Answers } from "../questions";
import { recommend } from "../recommend";
import { MODEL_V3 } from "../model";

interface GoldenCase {
  answers: Answers;
  code: string;
  result: Record<string, unknown> & { verdict: string; insufficient: boolean };
  tools: { name: string; kind: string; implementation?: string }[];
}

// Recorded from model 3 after both senior-architect reviews' fixes (CHANGELOG.md, model 3), when
// model 3 was frozen at the close of its issue (scripts/record-model-3-golden.ts). Never
// regenerate to make this pass.
const golden = JSON.parse(
  readFileSync(join(process.cwd(), "lib/scoring/fixtures/model-3-golden.json"), "utf8"),
) as { cases: GoldenCase[] };

describe("model 3 is frozen", () => {
  it("holds 400 recorded answer sets of every verdict, some too early to say", () => {
    expect(golden.cases).toHaveLength(400);
    const verdicts = new Set(golden.cases.map((c) => c.result.verdict));
    expect([...verdicts].sort()).toEqual(["choreography", "hybrid", "orchestration"]);
    expect(golden.cases.some((c) => c.result.insufficient)).toBe(true);
  });

  it("gives every recorded answer set the same verdict, rule, reason, score, confidence, gates, patterns, forms, notes, flips and tools", () => {
    for (const c of golden.cases) {
      const { tools, ...rest } = recommend(c.answers, MODEL_V3);
      // Through JSON, as recorded: undefined fields drop out the same way.
      expect(JSON.parse(JSON.stringify(rest)), c.code).toEqual(c.result);
      expect(
        tools.map((t) => ({ name: t.name, kind: t.kind, implementation: t.implementation })),
        c.code,
      ).toEqual(JSON.parse(JSON.stringify(c.tools)));
    }
  });

  it("opens every recorded model-3 code to the same result (the code keeps no `unsure`)", () => {
    for (const c of golden.cases) {
      const decoded = decode(c.code);
      expect(decoded.ok && decoded.model, c.code).toBe(3);
      if (!decoded.ok) continue;
      const rest: Partial<ReturnType<typeof recommend>> = recommend(decoded.answers, MODEL_V3);
      expect(JSON.parse(JSON.stringify({ ...rest, tools: undefined })), c.code).toEqual(c.result);
    }
  });
});
