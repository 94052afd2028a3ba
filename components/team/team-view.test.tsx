import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildResult } from "@/lib/result";
import { formatPoints } from "@/lib/result/format";
import { confidenceWords, verdictHeadline, verdictLabel } from "@/lib/result/wording";
import { encode } from "@/lib/share";
import { mergeAnswers, mostGivenQuestions, teamView } from "@/lib/team";
import { SCENARIO_DIR } from "@/lib/testing/scenarios";
import { BeforeAfter } from "./before-after";
import { MergedRecommendation } from "./merged-recommendation";
import { MergeRule } from "./merge-rule";
import { TeamStance } from "./team-stance";
import { withWords } from "@/lib/result/load";
import { CHOREOGRAPH, ORCHESTRATE } from "@/lib/team/test-answers";
import { MODEL_V2 } from "@/lib/scoring";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

// Two opposite teammates from lib/team/test-answers.ts: one orchestrates, one choreographs.
const ANA = encode(ORCHESTRATE);
const BEN = encode(CHOREOGRAPH);

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
    // What is missing, in the model's words (model 2 on: a third of each weight), not a copy of the rule.
    expect(html.replace(/&#x27;/g, "'")).toContain(early.confidenceReason);
    expect(early.confidenceReason).toMatch(/a third of each/);
  });

  it("labels each person's verdict and score with the shared label and number format", () => {
    const html = text(renderToStaticMarkup(<TeamStance members={view.members} agree={false} />));
    for (const member of view.members) {
      expect(html).toContain(verdictLabel(member.result.verdict));
      expect(html).toContain(formatPoints(member.result.score));
    }
  });

  it("states the merge rule from the rule: every question merged by the most given answer is named", () => {
    const mostGiven = mostGivenQuestions(MODEL_V2);
    const html = text(renderToStaticMarkup(<MergeRule mostGiven={mostGiven} />));
    // Which questions the rule itself merges by the most given answer: those where two different
    // answers from two people are kept as one of them, never as a median between them.
    let named = 0;
    for (const question of MODEL_V2.questions) {
      const [first, last] = [question.options[0]!, question.options.at(-1)!];
      const merged = mergeAnswers(
        [{ [question.id]: last.id }, { [question.id]: first.id }, { [question.id]: last.id }],
        MODEL_V2,
      );
      const byMostGiven = merged.questions.find((q) => q.question === question.id)!.spread === 0;
      const name = MODEL_V2.questionNames[question.id]!;
      if (byMostGiven) {
        expect(html, question.id).toContain(name);
        named += 1;
      }
    }
    // The rule merges exactly the questions the component names by the most given answer.
    expect(named).toBe(mostGiven.context.length + mostGiven.flat.length);
    expect(mostGiven.context).toHaveLength(4);
    expect(mostGiven.flat).toEqual(["the side effects", "latency"]);
  });
});

describe("before and after", () => {
  // The same travel booking, its team weak and then strong in readiness: the verdict and score
  // stay, but what to build and the gates change (UX review 4, #2).
  const codeOf = (file: string) => {
    const { input } = JSON.parse(readFileSync(join(SCENARIO_DIR, file), "utf8")) as {
      input: Parameters<typeof buildResult>[0];
    };
    return buildResult(input).code;
  };
  const view = teamView(
    [codeOf("m3-travel-saga-weak-readiness.json"), codeOf("m3-travel-saga-strong-readiness.json")],
    ["Before", "After"],
  );
  const [before, after] = view.members;
  const html = renderToStaticMarkup(
    <BeforeAfter before={before!} after={after!} questions={view.questions} />,
  );
  const row = (testId: string) => {
    const match = new RegExp(`<tr data-testid="${testId}">(.*?)</tr>`).exec(html);
    expect(match, testId).not.toBeNull();
    return [...match![1]!.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]!);
  };

  it("shows that what to build changed when the verdict did not", () => {
    expect(before!.result.verdict).toBe(after!.result.verdict);
    const forms = row("build-forms");
    expect(forms[0]).not.toBe(forms[1]);
    expect(forms[2]).toBe("changed");
    const gates = row("build-gates");
    expect(gates[0]!.split("; ").length).toBeGreaterThan(gates[1]!.split("; ").length);
    expect(gates[2]).toBe("changed");
  });

  it("says 'same' for what didn't change", () => {
    const twice = renderToStaticMarkup(
      <BeforeAfter before={before!} after={before!} questions={view.questions} />,
    );
    expect(twice).toMatch(/<tr data-testid="build-forms">.*?<td>same<\/td><\/tr>/);
  });
});
