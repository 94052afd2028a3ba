import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildResult } from "@/lib/result";
import { withWords } from "@/lib/result/load";
import { CHECKOUT_ANA } from "@/lib/team/test-answers";
import { EmbedCard } from "./embed-card";

const URL = "https://baton.example/r/x";

describe("EmbedCard", () => {
  it("says what to build first, and no score-band mechanism, for a verdict the band gave", () => {
    const result = buildResult({ model: 3, flow: "Order checkout", answers: CHECKOUT_ANA });
    expect(result.verdict).toBe("orchestration");
    expect(result.verdictRule).toBeFalsy();
    const html = renderToStaticMarkup(<EmbedCard {...withWords(result)} pageUrl={URL} />);
    expect(html).not.toContain("score band decided");
    expect(html).toContain("Build it first with");
    expect(html).toContain(`data-first-form="${result.implementation[0]!.id}"`);
    expect(html).toContain("<strong>Durable execution</strong>");
    expect(html).toContain("Top reasons");
  });

  it("keeps the rule's sentence for a verdict a rule made, and names the pattern for a hybrid", () => {
    const result = buildResult({
      model: 3,
      answers: { ...CHECKOUT_ANA, teams: "seven-plus" },
    });
    expect(result.verdict).toBe("hybrid");
    expect(result.verdictRule).toBeTruthy();
    const html = renderToStaticMarkup(<EmbedCard {...withWords(result)} pageUrl={URL} />);
    expect(html).toContain("data-verdict-reason");
    expect(html).toContain("The mix that fits");
    expect(html).toContain(`data-first-form="${result.hybridAdvice[0]!.pattern}"`);
  });
});
