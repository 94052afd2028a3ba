import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint fence of issue 21 (eslint.config.mjs): surfaces render the resolved result they are
// handed and never pick a model, its words or a second score themselves. Each case is a file a
// careless change could add; the fence must refuse it.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [report] = await eslint.lintText(code, { filePath });
  return report!.messages.map((m) => m.ruleId ?? m.message);
}

const REFUSED: [string, string][] = [
  [
    "components/result/fence-probe.tsx",
    'import { MODEL_V2 } from "@/lib/scoring";\nexport const x = MODEL_V2;\n',
  ],
  [
    "components/result/fence-probe.tsx",
    'import { recommend } from "@/lib/scoring";\nexport const x = recommend;\n',
  ],
  [
    "components/result/fence-probe.tsx",
    'import { wordsFor } from "@/lib/result/wording";\nexport const x = wordsFor;\n',
  ],
  [
    "components/team/fence-probe.tsx",
    'import { resultForAnswers } from "@/lib/result/load";\nexport const x = resultForAnswers;\n',
  ],
  ["lib/adr/fence-probe.ts", 'export const x = import("@/lib/scoring/model");\n'],
  [
    "lib/adr/fence-probe.ts",
    'import { MODEL_V1 } from "../scoring/model-1/words";\nexport const x = MODEL_V1;\n',
  ],
  [
    "lib/embed/fence-probe.ts",
    'import { CURRENT_MODEL } from "../scoring";\nexport const x = CURRENT_MODEL;\n',
  ],
  [
    "lib/api/fence-probe.ts",
    'import { MODEL_V3 } from "../scoring/model";\nexport const x = MODEL_V3;\n',
  ],
  [
    "lib/embed/fence-probe.ts",
    'import { ResultView } from "@/components/result/result-view";\nexport const x = ResultView;\n',
  ],
  [
    "lib/adr/fence-probe.ts",
    'import { ResultView } from "../../components/result/result-view";\nexport const x = ResultView;\n',
  ],
  [
    "app/(site)/r/[code]/adr/route.ts",
    'import { ResultView } from "@/components/result/result-view";\nexport const x = ResultView;\n',
  ],
  [
    "app/(site)/team/fence-probe.tsx",
    'import { CURRENT_MODEL } from "@/lib/scoring";\nexport const x = CURRENT_MODEL;\n',
  ],
];

describe("the words fence", () => {
  for (const [filePath, code] of REFUSED) {
    it(`refuses ${code.split("\n")[0]} in ${filePath}`, async () => {
      const rules = await ruleIds(filePath, code);
      expect(rules.some((r) => r === "no-restricted-imports" || r === "no-restricted-syntax")).toBe(
        true,
      );
    });
  }

  it("lets a surface take the catalogue's ids and the result's own words", async () => {
    const rules = await ruleIds(
      "components/result/fence-probe.tsx",
      'import { GATE_IDS } from "@/lib/scoring/questions";\nimport { verdictLabel } from "@/lib/result/wording";\nexport const x = [GATE_IDS, verdictLabel];\n',
    );
    expect(rules.filter((r) => r.startsWith("no-restricted"))).toEqual([]);
  });
});
