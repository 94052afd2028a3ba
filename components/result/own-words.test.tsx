import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildResult } from "@/lib/result";
import { withWords } from "@/lib/result/load";
import { MODELS, type Model } from "@/lib/scoring/model";
import { answersFor } from "@/lib/testing/arbitraries";
import { ResultView } from "./result-view";

/** The page's text as a reader sees it: tags dropped, entities read. */
function pageText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

const squash = (text: string) => text.replace(/\s+/g, " ");

/** Every word the page shows for the result's gates, patterns, forms and notes, per model. */
function shownWords(model: Model, result: ReturnType<typeof buildResult>): string[] {
  const words: string[] = [];
  for (const gate of result.gates) {
    const g = model.gates.find((d) => d.id === gate.id)!;
    // The whole advice shows; the basis folds under "The basis".
    words.push(g.title, g.advice, g.basis);
  }
  if (!result.insufficient) {
    for (const advice of result.hybridAdvice) {
      const p = model.hybridPatterns.find((d) => d.id === advice.pattern)!;
      words.push(p.title, p.description, p.sources);
    }
    for (const form of result.implementation) {
      words.push(model.implementations.find((d) => d.id === form.id)!.name);
    }
    for (const note of result.notes) words.push(model.notes.find((d) => d.id === note.id)!.title);
    // The evidence lists every scored answer by its label ("Show all").
    for (const question of model.questions) {
      const answer = result.answers[question.id];
      const option = question.options.find((o) => o.id === answer);
      if (option && question.weight > 0) words.push(option.label);
    }
  }
  return words.map(squash);
}

describe("the result page's words", () => {
  // Every ordered pair of released models: an old code must not speak the current model's words,
  // nor a newer code an older model's.
  const released = Object.values(MODELS);
  const pairs = released.flatMap((own) =>
    released.filter((other) => other !== own).map((other) => [own, other] as const),
  );
  for (const [own, other] of pairs) {
    it(`come from model ${own.version} for a model-${own.version} result, never from model ${other.version}`, () => {
      let differing = 0;
      fc.assert(
        fc.property(answersFor(own), (answers) => {
          const result = buildResult({ model: own.version, answers });
          const text = pageText(
            renderToStaticMarkup(
              <ResultView
                resolved={{ ...withWords(result), guidance: [] }}
                pageUrl="https://baton.example/r/x"
              />,
            ),
          );
          const mine = shownWords(own, result);
          for (const word of mine) expect(text).toContain(word);
          // The other model's wording of the same gates and patterns, where it differs.
          const theirs = shownWords(other, {
            ...result,
            gates: result.gates.filter((g) => other.gates.some((d) => d.id === g.id)),
            implementation: result.implementation.filter((f) =>
              other.implementations.some((d) => d.id === f.id),
            ),
            notes: result.notes.filter((n) => other.notes.some((d) => d.id === n.id)),
          }).filter((word) => !mine.some((m) => m.includes(word)));
          differing += theirs.length;
          for (const word of theirs) expect(text).not.toContain(word);
        }),
        { numRuns: 200, seed: own.version * 10 + other.version },
      );
      // The check above is only worth something if the models' words differ on these pages.
      expect(differing).toBeGreaterThan(0);
    });
  }
});
