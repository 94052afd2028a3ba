import { describe, expect, it } from "vitest";
import {
  CURRENT_MODEL,
  DIMENSIONS,
  CURRENT_WORDS,
  IMPLEMENTATION_IDS,
  NOTE_IDS,
  VERDICT_RULE_IDS,
  QUESTIONS,
  SCORED_DIMENSIONS,
  totalWeightOf,
  questionIn,
} from "../scoring";
import { loadArticles } from "./load";

// The real articles in content/: loading them runs the same checks as the build.
const articles = loadArticles();
const bySlug = new Map(articles.map((a) => [a.slug, a]));

/** The part of an article's body from `from` to the next heading or question. */
function sectionFrom(body: string, from: number): string {
  const rest = body.slice(from);
  const next = rest.slice(1).search(/\n#{2,3}\s|<QuestionScoring/);
  return next < 0 ? rest : rest.slice(0, next + 1);
}

describe("the articles in content/", () => {
  it("load without a single problem, with at least the fifteen SPEC §4.3 requires", () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    for (const slug of [
      "what-is-orchestration",
      "what-is-choreography",
      "kubernetes-is-not-your-workflow-orchestrator",
      "is-choreography-simpler",
      "sagas-and-compensation",
      "seeing-the-flow",
      "long-running-flows",
      "teams-and-ownership",
      "bounded-contexts",
      "events-vs-commands",
      "event-driven-practices",
      "hybrids-that-work",
      "tool-map",
      "where-experts-disagree",
      "how-baton-scores",
    ]) {
      expect(bySlug.has(slug), slug).toBe(true);
    }
  });

  it("include the article every question of the model names, and it explains that question", () => {
    for (const question of QUESTIONS) {
      const article = bySlug.get(question.article);
      expect(article, `${question.id} → ${question.article}`).toBeDefined();
      expect(article!.questions, `${question.article} lists ${question.id}`).toContain(question.id);
    }
  });

  it("explain only real questions of the model", () => {
    for (const article of articles) {
      for (const id of article.questions)
        expect(questionIn(CURRENT_WORDS, id), `${article.slug}: ${id}`).toBeDefined();
    }
  });

  it("include the article every gate links to", () => {
    for (const gate of CURRENT_WORDS.gates)
      expect(bySlug.has(gate.article), `${gate.id} → ${gate.article}`).toBe(true);
  });

  it("quote each question's weight and its options' points as the model has them", () => {
    let checked = 0;
    for (const article of articles) {
      for (const match of article.body.matchAll(/<QuestionScoring id="([a-z-]+)" \/>/g)) {
        const question = questionIn(CURRENT_WORDS, match[1]!)!;
        const section = sectionFrom(article.body, match.index);
        for (const w of section.matchAll(/\bweight (?:is |of )?(\d\.\d)\b/g)) {
          expect(Number(w[1]), `${article.slug}: weight of ${question.id}`).toBe(question.weight);
          checked++;
        }
        for (const o of section.matchAll(/`([a-z0-9-]+)` (?:scores )?([+−-]?\d(?:\.\d)?)\b/g)) {
          const option = question.options.find((opt) => opt.id === o[1]);
          if (!option) continue;
          const stated = Number(o[2]!.replace("−", "-"));
          expect(stated, `${article.slug}: ${question.id}/${option.id}`).toBe(option.points);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("state the model's total and per-dimension weights and thresholds in How Baton scores", () => {
    const body = bySlug.get("how-baton-scores")!.body;
    expect(body).toContain(`add up to ${totalWeightOf(CURRENT_MODEL).toFixed(1)}`);
    for (const id of SCORED_DIMENSIONS) {
      const total = QUESTIONS.filter((q) => q.dimension === id).reduce((s, q) => s + q.weight, 0);
      expect(body, id).toContain(`${id} ${total.toFixed(1)}`);
    }
    expect(body).toContain(`A score of +${CURRENT_MODEL.thresholds.orchestration} or more`);
    expect(body).toContain(`\u2212${-CURRENT_MODEL.thresholds.choreography} or less`);
    expect(body).toContain(`answered weight ÷ ${totalWeightOf(CURRENT_MODEL)}`);
    expect(DIMENSIONS.filter((d) => d.id !== "context")).toHaveLength(SCORED_DIMENSIONS.length);
  });

  it("name only ids the model has when they quote one in code", () => {
    const known = new Set<string>([
      ...QUESTIONS.flatMap((q) => [q.id, ...q.options.map((o): string => o.id)]),
      ...CURRENT_WORDS.gates.map((g) => g.id),
      ...CURRENT_WORDS.hybridPatterns.map((h) => h.id),
      "unsure",
      ...IMPLEMENTATION_IDS,
      ...NOTE_IDS,
      ...VERDICT_RULE_IDS,
      // Result JSON fields the articles quote.
      "leaning",
      "insufficient",
      "implementation",
      "notes",
      "flips",
    ]);
    for (const article of articles) {
      for (const [, token] of article.body.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)*)`/g)) {
        expect(known.has(token!), `${article.slug}: \`${token}\``).toBe(true);
      }
    }
  });

  it("describe every hybrid pattern of the model in Hybrids that work", () => {
    const body = bySlug.get("hybrids-that-work")!.body;
    for (const pattern of CURRENT_WORDS.hybridPatterns) expect(body).toContain(`\`${pattern.id}\``);
  });

  it("have a description that fits a search result and a Sources section last", () => {
    for (const article of articles) {
      expect(article.description.length).toBeLessThanOrEqual(160);
      expect(article.headings.at(-1)).toEqual({ depth: 2, text: "Sources", id: "sources" });
    }
  });
});
