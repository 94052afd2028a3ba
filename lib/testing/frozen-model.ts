import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode } from "@/lib/share";
import type { Answers } from "@/lib/scoring/questions";
import { recommend } from "@/lib/scoring/recommend";
import type { Model } from "@/lib/scoring/model";

/** One recorded case of a model golden (`scripts/record-golden.ts`). */
interface GoldenCase {
  answers: Answers;
  code: string;
  result: Record<string, unknown> & { verdict: string; insufficient: boolean };
  tools: { name: string; kind: string; implementation?: string }[];
}

/**
 * The tests that pin a released model to its golden, `lib/scoring/fixtures/model-N-golden.json`
 * (400 seeded answer sets with their results, recorded by `scripts/record-golden.ts N`): every
 * recorded answer set, and every recorded share code, gives the recorded verdict, rule, reason,
 * score, confidence, gates, patterns, forms, notes, flips and tool names. Tool facts (why, url)
 * are catalogue facts kept current for every model, so they are not compared.
 */
export function describeFrozenModel(model: Model): void {
  const golden = JSON.parse(
    readFileSync(
      join(process.cwd(), `lib/scoring/fixtures/model-${model.version}-golden.json`),
      "utf8",
    ),
  ) as { cases: GoldenCase[] };

  describe(`model ${model.version} is frozen`, () => {
    it("holds 400 recorded answer sets of every verdict, some too early to say", () => {
      expect(golden.cases).toHaveLength(400);
      const verdicts = new Set(golden.cases.map((c) => c.result.verdict));
      expect([...verdicts].sort()).toEqual(["choreography", "hybrid", "orchestration"]);
      expect(golden.cases.some((c) => c.result.insufficient)).toBe(true);
    });

    it("gives every recorded answer set the same verdict, rule, reason, score, confidence, gates, patterns, forms, notes, flips and tools", () => {
      for (const c of golden.cases) {
        const { tools, ...rest } = recommend(c.answers, model);
        // Through JSON, as recorded: undefined fields drop out the same way.
        expect(JSON.parse(JSON.stringify(rest)), c.code).toEqual(c.result);
        expect(
          tools.map((t) => ({ name: t.name, kind: t.kind, implementation: t.implementation })),
          c.code,
        ).toEqual(JSON.parse(JSON.stringify(c.tools)));
      }
    });

    it(`opens every recorded model-${model.version} code to the same result (the code keeps no \`unsure\`)`, () => {
      for (const c of golden.cases) {
        const decoded = decode(c.code);
        expect(decoded.ok && decoded.model, c.code).toBe(model.version);
        if (!decoded.ok) continue;
        const rest: Partial<ReturnType<typeof recommend>> = recommend(decoded.answers, model);
        expect(JSON.parse(JSON.stringify({ ...rest, tools: undefined })), c.code).toEqual(c.result);
      }
    });
  });
}
