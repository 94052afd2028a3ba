/**
 * How a result is put into words: shared by the result page, the embed card, the Open Graph image
 * and the ADR export, so all of them say the same thing. Pure: no React, no next/*.
 * The wording never decides anything; every fact comes from the model's Result JSON.
 */
import {
  CATALOGUE_DATE,
  CURRENT_MODEL,
  QUESTION_CATALOGUE,
  modelFor,
  questionIn,
  type Contribution,
  type GateDefinition,
  type GateId,
  type HybridPatternDefinition,
  type HybridPatternId,
  type ModelWords,
  type Question,
  type QuestionOption,
  type Verdict,
} from "../scoring";
import { formatPoints, pointsPhrase } from "./format";

/** Re-exported so surfaces take words from lib/result only ("a, b and c"; a question in a model). */
export { listPhrase } from "../scoring/wording";
export { questionIn };
import type { ResultJson } from "./index";

/**
 * The words of the model that made a result: a model-1 code speaks model 1's words forever. A
 * version this build doesn't know (never produced by `buildResult`) falls back to the current one.
 *
 * @example
 * wordsFor({ model: 1 }).gates.find((g) => g.id === "orchestration-needs-engine")?.title
 * // → "Don't hand-roll the orchestrator"
 */
export function wordsFor(result: Pick<ResultJson, "model">): ModelWords {
  return modelFor(result.model) ?? CURRENT_MODEL;
}

/** The headline when the model has too little to go on. */
const TOO_EARLY_HEADLINE = "Too early to recommend";

const PLAIN_HEADLINES: Record<Exclude<Verdict, "hybrid">, string> = {
  orchestration: "Orchestrate this flow",
  choreography: "Choreograph it",
};

/**
 * The verdict as a headline: "Orchestrate this flow", "Choreograph it", or the headline of the
 * hybrid pattern that fits best. Says it is too early when too little is answered. A hybrid
 * verdict with enough answered always names at least one pattern (`hybridAdviceOf` falls back to
 * one), so there is no headline for a hybrid without a pattern; `wording.test.ts` checks this
 * over random answers.
 *
 * @example
 * verdictHeadline({ verdict: "choreography", hybrid: [], insufficient: false }) // → "Choreograph it"
 */
export function verdictHeadline(
  words: Pick<ModelWords, "hybridPatterns">,
  result: Pick<ResultJson, "verdict" | "hybrid" | "insufficient">,
): string {
  if (result.insufficient || result.verdict === null) return TOO_EARLY_HEADLINE;
  if (result.verdict !== "hybrid") return PLAIN_HEADLINES[result.verdict];
  return hybridPatternIn(words, result.hybrid[0]!).headline;
}

/** A gate as a model words it. Every gate a result carries is one its own model defines. */
export function gateIn(words: Pick<ModelWords, "gates">, id: GateId): GateDefinition {
  const gate = words.gates.find((g) => g.id === id);
  if (!gate) throw new Error(`gates: model ${JSON.stringify(id)} is not one of this model's gates`);
  return gate;
}

/** A hybrid pattern as a model words it. */
export function hybridPatternIn(
  words: Pick<ModelWords, "hybridPatterns">,
  id: HybridPatternId,
): HybridPatternDefinition {
  const pattern = words.hybridPatterns.find((p) => p.id === id);
  if (!pattern)
    throw new Error(`hybrid: ${JSON.stringify(id)} is not one of this model's patterns`);
  return pattern;
}

const VERDICT_LABELS: Record<Verdict, string> = {
  orchestration: "Orchestration",
  choreography: "Choreography",
  hybrid: "Hybrid",
};

/**
 * A verdict as a one-word label for tables: "Orchestration", "Choreography", "Hybrid".
 *
 * @example
 * verdictLabel("hybrid") // → "Hybrid"
 * verdictLabel(null) // → "Too early to say" (a withheld model-2 verdict)
 */
export function verdictLabel(verdict: Verdict | null): string {
  return verdict === null ? "Too early to say" : VERDICT_LABELS[verdict];
}

/** A verdict as a noun phrase: "orchestration", "choreography", "a hybrid". */
export function verdictNoun(verdict: Verdict): string {
  return verdict === "hybrid" ? "a hybrid" : verdict;
}

/**
 * What a verdict that may be withheld would say, after "would say": "orchestration", "a hybrid",
 * or "that it is too early to say" when the model withholds it (`null`). Used where an older
 * code's page and ADR tell what the current model would say.
 */
export function wouldSay(verdict: Verdict | null): string {
  return verdict === null ? "that it is too early to say" : verdictNoun(verdict);
}

/** "High confidence", "Medium confidence", "Low confidence". */
export function confidenceWords(level: ResultJson["confidenceLevel"]): string {
  return `${level[0]!.toUpperCase()}${level.slice(1)} confidence`;
}

/** The text of a question in a model, or its id when the model doesn't ask it. */
export function questionText(words: Pick<ModelWords, "questions">, id: string): string {
  return questionIn(words, id)?.text ?? id;
}

/**
 * A question's short label for chart axes, in a model's words; its id when the model has none.
 *
 * @example
 * questionShortLabel(MODEL_V2, "end-to-end-owner") // → "End-to-end owner"
 */
export function questionShortLabel(words: Pick<ModelWords, "questionLabels">, id: string): string {
  return words.questionLabels[id as keyof ModelWords["questionLabels"]] ?? id;
}

/**
 * The option of a question an answer names in a model, with its label and (unweighted) points;
 * undefined for `unsure`, an unknown option or a question the model doesn't ask.
 *
 * @example
 * answerOption(MODEL_V1, "teams", "one") // → { id: "one", label: "One", points: 1 }
 */
export function answerOption(
  words: Pick<ModelWords, "questions">,
  questionId: string,
  optionId: string,
): QuestionOption | undefined {
  const question = questionIn(words, questionId);
  return question && optionIn(question, optionId);
}

/**
 * The option of a question (as a model words it) that an answer names; undefined for `unsure` or
 * an option the question doesn't offer.
 *
 * @example
 * optionIn(questionIn(MODEL_V2, "teams")!, "one")?.label // → "One"
 */
export function optionIn(
  question: Pick<Question, "options">,
  optionId: string,
): QuestionOption | undefined {
  return question.options.find((o) => o.id === optionId);
}

/** The label of an answer in a model; "Not sure" for `unsure` or an unknown option. */
export function answerLabel(
  words: Pick<ModelWords, "questions">,
  questionId: string,
  optionId: string,
): string {
  return answerOption(words, questionId, optionId)?.label ?? "Not sure";
}

/** Which way a contribution pulls: "toward orchestration", "toward choreography", "neutral". */
export function pullOf(weighted: number): string {
  return weighted > 0 ? "toward orchestration" : weighted < 0 ? "toward choreography" : "neutral";
}

/**
 * The contributions that moved the score, strongest first (ties keep question order). A
 * contribution whose dimension the model counted as 0 (an adjustment with `to: 0`, such as model
 * 3's organisation cap: "the organisation answers can't pull toward orchestration when the flow's
 * own answers don't") moved nothing, so it is left out: the page, summary, embed card and ADR never
 * name as a reason an answer the score didn't count (UX review 4, #1).
 *
 * @param result the Result JSON's contributions, and its adjustments when it has any
 * @param limit how many to return at most
 * @example
 * strongestContributions(result, 3).map((c) => c.question) // e.g. ["consistency", "visibility", "control-flow"]
 */
export function strongestContributions(
  result: Pick<ResultJson, "contributions"> & Partial<Pick<ResultJson, "adjustments">>,
  limit = Infinity,
): Contribution[] {
  const zeroed = new Set(
    (result.adjustments ?? []).filter((a) => a.to === 0).map((a) => a.dimension as string),
  );
  const counted = (c: Contribution) =>
    !zeroed.has(QUESTION_CATALOGUE.find((q) => q.id === c.question)?.dimension ?? "");
  return result.contributions
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.weighted !== 0 && counted(c))
    .sort((a, b) => Math.abs(b.c.weighted) - Math.abs(a.c.weighted) || a.index - b.index)
    .slice(0, limit)
    .map(({ c }) => c);
}

/**
 * One contribution as a reason, in a model's words:
 * "Parallel branches that join (How complex is the control flow?)".
 */
export function contributionReason(
  words: Pick<ModelWords, "questions">,
  c: Pick<Contribution, "question" | "answer">,
): string {
  return `${answerLabel(words, c.question, c.answer)} (${questionText(words, c.question)})`;
}

/**
 * The margin as a sentence: how far the score is from the nearest threshold.
 *
 * @example
 * marginSentence({ score: 5.5, margin: 0.5, thresholds: { orchestration: 6, choreography: -6 } })
 * // → "The score is +5.5: 0.5 points from the orchestration threshold (+6)."
 */
export function marginSentence(
  result: Pick<ResultJson, "score" | "margin" | "thresholds">,
): string {
  const { orchestration, choreography } = result.thresholds;
  const nearest =
    Math.abs(result.score - orchestration) <= Math.abs(result.score - choreography)
      ? { name: "orchestration", at: orchestration }
      : { name: "choreography", at: choreography };
  return `The score is ${formatPoints(result.score)}: ${pointsPhrase(result.margin)} from the ${nearest.name} threshold (${formatPoints(nearest.at)}).`;
}

/** The scale in one sentence. */
export function scaleSentence(result: Pick<ResultJson, "thresholds">): string {
  return `Positive points pull toward orchestration, negative toward choreography; ${formatPoints(result.thresholds.orchestration)} or more means orchestration, ${formatPoints(result.thresholds.choreography)} or less choreography, anything between a hybrid.`;
}

/**
 * Articles for the answers that mattered most: the strongest contributions' articles, in order,
 * without repeats.
 */
export function articlesThatMattered(
  words: Pick<ModelWords, "questions">,
  result: Pick<ResultJson, "contributions">,
  limit = 4,
): { slug: string; question: string }[] {
  const seen = new Set<string>();
  const out: { slug: string; question: string }[] = [];
  for (const c of strongestContributions(result)) {
    const slug = questionIn(words, c.question)?.article;
    if (!slug || seen.has(slug)) continue;
    seen.add(slug);
    out.push({ slug, question: c.question });
    if (out.length === limit) break;
  }
  return out;
}

/** "sagas-and-compensation" → "Sagas and compensation". */
export function articleTitleFromSlug(slug: string): string {
  const words = slug.split("-").join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The line that dates a tool list: the day the tool catalogue's facts (licences, product status,
 * billing units) were last checked. The catalogue is kept current for every model version, so a
 * result made by an older model shows today's facts about the tools it names.
 *
 * @example
 * catalogueStamp() // → "Tool facts as of 6 December 2026."
 */
export function catalogueStamp(): string {
  const date = new Date(`${CATALOGUE_DATE}T00:00:00Z`);
  const day = date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return `Tool facts as of ${day}.`;
}
