import { expect, test, type Page } from "@playwright/test";
import { MODEL_V1, MODEL_V2, MODEL_V3, type Answers, type Model } from "@/lib/scoring";
import { encode } from "@/lib/share";

/**
 * A flow whose verdict is hybrid under both models, with "workflow-engine: cannot-run" among its
 * strongest answers: the gate, the question and the label all read differently in each model.
 */
const ANSWERS: Answers = {
  participants: "three-to-four",
  "side-effects": "none",
  "flow-change-rate": "rarely",
  "participant-churn": "rare",
  latency: "batch",
  "workflow-engine": "cannot-run",
  teams: "one",
};

/** The words each model uses for that gate, question and answer. */
function wordsOf(model: Model) {
  const question = model.questions.find((q) => q.id === "workflow-engine")!;
  return {
    gate: model.gates.find((g) => g.id === "orchestration-needs-engine")!.title,
    question: question.text,
    label: question.options.find((o) => o.id === "cannot-run")!.label,
  };
}

for (const [own, other] of [
  [MODEL_V1, MODEL_V2],
  [MODEL_V2, MODEL_V1],
] as const) {
  const code = encode(ANSWERS, own);
  const mine = wordsOf(own);
  const theirs = wordsOf(other);

  test.describe(`a model-${own.version} code speaks model ${own.version}'s words`, () => {
    test("the models word this gate, question and label differently", () => {
      expect(mine.gate).not.toBe(theirs.gate);
      expect(mine.question).not.toBe(theirs.question);
      expect(mine.label).not.toBe(theirs.label);
    });

    test("on the result page and in its image's alt text", async ({ page }) => {
      await page.goto(`/r/${code}`);
      const main = page.locator("main");
      await expect(main.locator('[data-gate="orchestration-needs-engine"]')).toContainText(
        mine.gate,
      );
      const text = await main.innerText();
      expect(text).toContain(mine.question);
      expect(text).toContain(mine.label);
      for (const word of Object.values(theirs)) expect(text).not.toContain(word);
      const alt = await page.locator('meta[property="og:image:alt"]').getAttribute("content");
      for (const word of Object.values(theirs)) expect(alt).not.toContain(word);
    });

    test("in its ADR", async ({ request }) => {
      const adr = await (await request.get(`/r/${code}/adr`)).text();
      expect(adr).toContain(mine.gate);
      expect(adr).toContain(mine.question);
      expect(adr).toContain(mine.label);
      for (const word of Object.values(theirs)) expect(adr).not.toContain(word);
    });

    test("in its chat summary", async ({ request }) => {
      const summary = await (await request.get(`/r/${code}/summary`)).text();
      expect(summary).toContain(mine.label.toLowerCase());
      expect(summary).not.toContain(theirs.label.toLowerCase());
    });

    test("on its embed card", async ({ page }) => {
      await page.goto(`/embed/r/${code}`);
      const text = await page.locator("body").innerText();
      expect(text).toContain(mine.question);
      expect(text).toContain(mine.label);
      for (const word of Object.values(theirs)) expect(text).not.toContain(word);
    });
  });
}

/**
 * Model 2 against model 3, the current model: an old code must not take the current model's words.
 * The two word `duration: days-or-human` differently (model 3 split "waits for people" off as its
 * own option), and a long wait is the strongest answer here, so every surface shows its label.
 */
const WAITING: Answers = {
  duration: "days-or-human",
  participants: "three-to-four",
  "control-flow": "some-conditionals",
  consistency: "multi-step-compensation",
  visibility: "engineers",
  "outcome-ownership": "initiator-decides",
  "end-to-end-owner": "yes",
  teams: "two-three",
  "bounded-contexts": "few-related",
};

const waitingLabel = (model: Model) =>
  model.questions.find((q) => q.id === "duration")!.options.find((o) => o.id === "days-or-human")!
    .label;

for (const [own, other] of [
  [MODEL_V2, MODEL_V3],
  [MODEL_V3, MODEL_V2],
] as const) {
  const code = encode(WAITING, own);
  const mine = waitingLabel(own);
  const theirs = waitingLabel(other);

  test.describe(`a model-${own.version} code words a long wait as model ${own.version} does`, () => {
    test("the two models word it differently", () => {
      expect(mine).not.toBe(theirs);
    });

    const pageText = (selector: string) => async (page: Page, path: string) => {
      await page.goto(path);
      return page.locator(selector).innerText();
    };
    const body = async (page: Page, path: string) => (await page.request.get(path)).text();
    for (const [surface, path, read] of [
      ["result page", `/r/${code}`, pageText("main")],
      ["ADR", `/r/${code}/adr`, body],
      ["chat summary", `/r/${code}/summary`, body],
      ["embed card", `/embed/r/${code}`, pageText("body")],
    ] as const) {
      test(`on its ${surface}`, async ({ page }) => {
        const text = (await read(page, path)).toLowerCase();
        expect(text).toContain(mine.toLowerCase());
        expect(text).not.toContain(theirs.toLowerCase());
      });
    }
  });
}
