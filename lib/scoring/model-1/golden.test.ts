import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildResult } from "@/lib/result";
import { decode } from "@/lib/share";
import type { Answers } from "../questions";
import { recommend } from "../recommend";
import { MODEL_V1 } from ".";

interface GoldenCase {
  answers: Answers;
  code: string;
  verdict: string;
  score: number;
  confidence: number;
  confidenceLevel: string;
  insufficient: boolean;
  gates: unknown[];
  hybrid: string[];
  flips: { question: string; from: string; to: string; verdict: string; scoreChange: number }[];
}

// Recorded from model 1 at 1ef7380, before any model-2 change (scripts/record-model-1-golden.ts).
const golden = JSON.parse(
  readFileSync(join(process.cwd(), "lib/scoring/fixtures/model-1-golden.json"), "utf8"),
) as { cases: GoldenCase[] };

/** Model 1's flips as recorded: the new `score` field came later. */
const withoutScore = (flip: { score: number }) => {
  const copy: Partial<typeof flip> = { ...flip };
  delete copy.score;
  return copy;
};

const pinned = (r: ReturnType<typeof recommend>) => ({
  verdict: r.verdict,
  score: r.score,
  confidence: r.confidence,
  confidenceLevel: r.confidenceDetail.level,
  insufficient: r.insufficient,
  gates: r.gates,
  hybrid: r.hybrid,
  flips: r.flips.map(withoutScore),
});

describe("model 1 is frozen", () => {
  it("holds 400 recorded answer sets of every verdict", () => {
    expect(golden.cases).toHaveLength(400);
    const verdicts = new Set(golden.cases.map((c) => c.verdict));
    expect([...verdicts].sort()).toEqual(["choreography", "hybrid", "orchestration"]);
  });

  it("gives every recorded answer set the verdict, score, confidence, gates, patterns and flips it gave before model 2", () => {
    for (const c of golden.cases) {
      const expected: Partial<GoldenCase> = { ...c };
      delete expected.answers;
      delete expected.code;
      expect(pinned(recommend(c.answers, MODEL_V1)), c.code).toEqual(expected);
    }
  });

  it("opens every recorded model-1 code to the same result through the share code and Result JSON", () => {
    for (const c of golden.cases) {
      const decoded = decode(c.code);
      expect(decoded.ok && decoded.model).toBe(1);
      if (!decoded.ok) continue;
      const result = buildResult({ model: decoded.model, answers: decoded.answers });
      expect(result.code).toBe(c.code);
      expect([result.verdict, result.score, result.confidence, result.hybrid]).toEqual([
        c.verdict,
        c.score,
        c.confidence,
        c.hybrid,
      ]);
      expect(result.gates).toEqual(c.gates);
      expect(result.flips.map(withoutScore)).toEqual(c.flips);
    }
  });
});
