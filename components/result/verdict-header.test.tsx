import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildResult } from "@/lib/result";
import { VerdictHeader } from "./verdict-header";
import { withWords } from "@/lib/result/load";

const answers = {
  "control-flow": "dynamic",
  consistency: "near-atomic",
  visibility: "regulated-audit",
  duration: "days-or-human",
  teams: "one",
} as const;

describe("VerdictHeader", () => {
  it("states the verdict, the flow, confidence with its reason, and the model", () => {
    const result = buildResult({ model: 1, flow: "Loan <approval>", answers });
    const html = renderToStaticMarkup(<VerdictHeader {...withWords(result)} />);
    expect(html).toContain('data-verdict="orchestration"');
    expect(html).toContain("Orchestrate this flow");
    expect(html).toContain("Loan &lt;approval&gt;");
    expect(html).toContain(result.confidenceReason.replace(/"/g, "&quot;"));
    expect(html).toContain("Scored by model 1.");
    expect(html).not.toContain("data-current-verdict");
  });

  it("shows what the current model would say when it disagrees with the one that scored", () => {
    const result = {
      ...buildResult({ model: 1, answers }),
      current: { model: 2, verdict: "hybrid" as const, score: 4, code: "2AAAAAAAAAA" },
    };
    const html = renderToStaticMarkup(<VerdictHeader {...withWords(result)} />);
    expect(html).toContain("Scored by model 1");
    expect(html).toContain('data-current-verdict="hybrid"');
    expect(html).toContain("Model 2, the current one, would say");
    expect(html).toContain('href="/r/2AAAAAAAAAA"');
  });

  it("says it is too early instead of naming a hybrid when little is answered", () => {
    const html = renderToStaticMarkup(
      <VerdictHeader {...withWords(buildResult({ answers: {} }))} />,
    );
    expect(html).toContain("Too early to recommend");
    expect(html).toContain('data-insufficient="true"');
  });
});
