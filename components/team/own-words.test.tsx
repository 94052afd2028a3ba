import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MODEL_V1, MODEL_V3, type Answers } from "@/lib/scoring";
import { encode } from "@/lib/share";
import { teamView } from "@/lib/team";
import { AnswersTable } from "./answers-table";
import { BeforeAfter } from "./before-after";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

// The workflow-engine answer "cannot-run" is worded, and scored, differently by models 1 and 3.
const label = (model: typeof MODEL_V1, question: string, option: string) =>
  model.questions.find((q) => q.id === question)!.options.find((o) => o.id === option)!;

const BEFORE: Answers = {
  "workflow-engine": "cannot-run",
  teams: "one",
  duration: "seconds-minutes",
};
const AFTER: Answers = {
  "workflow-engine": "can-self-host",
  teams: "four-six",
  duration: "days-or-human",
};

describe("compare and the team view speak each link's own model", () => {
  it("shows two model-1 links in model 1's words and points, and its rows add up to the score change", () => {
    const view = teamView([encode(BEFORE, MODEL_V1), encode(AFTER, MODEL_V1)], ["Before", "After"]);
    const [before, after] = view.members;
    expect(before!.result.model).toBe(1);
    const html = text(
      renderToStaticMarkup(
        <BeforeAfter before={before!} after={after!} questions={view.questions} />,
      ),
    );
    const v1 = label(MODEL_V1, "workflow-engine", "cannot-run");
    const v3 = label(MODEL_V3, "workflow-engine", "cannot-run");
    expect(v1.label).not.toBe(v3.label);
    expect(html).toContain(v1.label);
    expect(html).not.toContain(v3.label);
    expect(html).not.toContain("different models");
    // The moves shown, each side as model 1 scored it, add up to the change in score (model 1
    // has no whole-score adjustment for these answers).
    const raw = renderToStaticMarkup(
      <BeforeAfter before={before!} after={after!} questions={view.questions} />,
    );
    const moves = [...raw.matchAll(/data-score-move="">([^<]+)</g)].map((m) =>
      Number(m[1]!.replace("−", "-")),
    );
    expect(moves.length).toBe(3);
    const sum = moves.reduce((total, move) => total + move, 0);
    expect(sum).toBeCloseTo(after!.result.score - before!.result.score);
  });

  it("says when the two links come from different models, and gives no move per answer", () => {
    const view = teamView([encode(BEFORE, MODEL_V1), encode(AFTER, MODEL_V3)], ["Before", "After"]);
    const [before, after] = view.members;
    const html = renderToStaticMarkup(
      <BeforeAfter before={before!} after={after!} questions={view.questions} />,
    );
    expect(html).toContain('data-testid="models-differ"');
    expect(text(html)).toContain(label(MODEL_V1, "workflow-engine", "cannot-run").label);
    expect(text(html)).toContain(label(MODEL_V3, "workflow-engine", "can-self-host").label);
    expect(html).not.toMatch(/data-score-move="">[+−-]?\d/);
  });

  it("labels a model-1 member's answers in model 1's words in the team table, and says so", () => {
    const view = teamView([encode(BEFORE, MODEL_V1), encode(AFTER, MODEL_V3)], ["Ana", "Ben"]);
    const html = text(
      renderToStaticMarkup(
        <AnswersTable
          members={view.members}
          questions={view.questions}
          merged={false}
          model={view.words.version}
        />,
      ),
    );
    expect(html).toContain(label(MODEL_V1, "workflow-engine", "cannot-run").label);
    expect(html).not.toContain(label(MODEL_V3, "workflow-engine", "cannot-run").label);
    expect(html).toContain("Ana: model 1");
  });
});
