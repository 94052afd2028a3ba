import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildResult } from "@/lib/result";
import { formatPoints } from "@/lib/result/format";
import { confidenceWords, verdictHeadline, verdictLabel } from "@/lib/result/wording";
import { encode } from "@/lib/share";
import { teamView } from "@/lib/team";
import { MergedRecommendation } from "./merged-recommendation";
import { TeamStance } from "./team-stance";
import { withWords } from "@/lib/result/load";
import { MODEL_V2 } from "@/lib/scoring";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const ANA = encode({
  "control-flow": "dynamic",
  consistency: "near-atomic",
  visibility: "regulated-audit",
  duration: "days-or-human",
  teams: "one",
  "end-to-end-owner": "yes",
});
const BEN = encode({
  "control-flow": "linear",
  consistency: "fire-and-forget",
  visibility: "nobody",
  teams: "seven-plus",
  "bounded-contexts": "many-independent",
});

describe("the team view's wording", () => {
  const view = teamView(`${ANA},${BEN}`, "Ana,Ben");

  it("heads the merged recommendation as the result page heads the same result", () => {
    const { result: merged, words } = view.merged!;
    const html = text(
      renderToStaticMarkup(<MergedRecommendation result={merged} words={words} people={2} />),
    );
    expect(html).toContain(verdictHeadline(words, merged));
    expect(html).toContain(`Score ${formatPoints(merged.score)}`);
    expect(html).toContain(confidenceWords(merged.confidenceLevel));
    expect(
      renderToStaticMarkup(<MergedRecommendation result={merged} words={words} people={2} />),
    ).toContain(`href="/r/${merged.code}"`);
  });

  it("says it is too early, in the result page's words, when too little is answered", () => {
    const early = buildResult({ answers: { teams: "one" } });
    expect(early.insufficient).toBe(true);
    const html = text(
      renderToStaticMarkup(<MergedRecommendation {...withWords(early)} people={1} />),
    );
    expect(html).toContain(verdictHeadline(MODEL_V2, early));
  });

  it("labels each person's verdict and score with the shared label and number format", () => {
    const html = text(renderToStaticMarkup(<TeamStance members={view.members} agree={false} />));
    for (const member of view.members) {
      expect(html).toContain(verdictLabel(member.result.verdict));
      expect(html).toContain(formatPoints(member.result.score));
    }
  });
});
