/**
 * How a result is put into words: shared by the result page, the embed card, the Open Graph image
 * and the ADR export, so all of them say the same thing. Pure: no React, no next/*.
 * The wording never decides anything; every fact comes from the model's Result JSON.
 */
import {
  findQuestion,
  hybridPattern,
  type Contribution,
  type Flip,
  type HybridPatternId,
  type Verdict,
} from "../scoring";
import type { ResultJson } from "./index";

/** The headline when the model has too little to go on. */
export const TOO_EARLY_HEADLINE = "Too early to recommend";

const PLAIN_HEADLINES: Record<Exclude<Verdict, "hybrid">, string> = {
  orchestration: "Orchestrate this flow",
  choreography: "Choreograph it",
};

/**
 * The verdict as a headline: "Orchestrate this flow", "Choreograph it", or the headline of the
 * hybrid pattern that fits best. Says it is too early when too little is answered.
 *
 * @example
 * verdictHeadline({ verdict: "choreography", hybrid: [], insufficient: false }) // → "Choreograph it"
 */
export function verdictHeadline(
  result: Pick<ResultJson, "verdict" | "hybrid" | "insufficient">,
): string {
  if (result.insufficient || result.verdict === null) return TOO_EARLY_HEADLINE;
  if (result.verdict !== "hybrid") return PLAIN_HEADLINES[result.verdict];
  const lead = result.hybrid[0];
  return lead
    ? hybridPattern(lead).headline
    : "Hybrid: orchestrate some hand-offs, choreograph others";
}

/** A verdict as a noun phrase: "orchestration", "choreography", "a hybrid". */
export function verdictNoun(verdict: Verdict): string {
  return verdict === "hybrid" ? "a hybrid" : verdict;
}

/** "High confidence", "Medium confidence", "Low confidence". */
export function confidenceWords(level: ResultJson["confidenceLevel"]): string {
  return `${level[0]!.toUpperCase()}${level.slice(1)} confidence`;
}

/**
 * Signed points with a real minus sign and at most one decimal.
 *
 * @example
 * formatPoints(-1.5) // → "−1.5"
 * formatPoints(3) // → "+3"
 */
export function formatPoints(n: number): string {
  const abs = Math.abs(n);
  const digits = Number.isInteger(abs) ? String(abs) : abs.toFixed(1);
  if (n > 0) return `+${digits}`;
  if (n < 0) return `\u2212${digits}`;
  return "0";
}

/** "1 point", "2.5 points" (unsigned). */
export function pointsPhrase(n: number): string {
  const abs = Math.abs(n);
  const digits = Number.isInteger(abs) ? String(abs) : abs.toFixed(1);
  return `${digits} point${abs === 1 ? "" : "s"}`;
}

/** The text of a question, or its id when this build doesn't know it. */
export function questionText(id: string): string {
  return findQuestion(id)?.text ?? id;
}

const SHORT_LABELS: Readonly<Record<string, string>> = {
  "end-to-end-owner": "End-to-end owner",
  duration: "Waiting time",
  "testing-release": "Testing and release",
};

/**
 * A question's short name for chart axes: its id in words, with a few hand-made exceptions.
 *
 * @example
 * questionShortLabel("control-flow") // → "Control flow"
 * questionShortLabel("end-to-end-owner") // → "End-to-end owner"
 */
export function questionShortLabel(id: string): string {
  return SHORT_LABELS[id] ?? articleTitleFromSlug(id);
}

/** The label of an answer; "Not sure" for `unsure` or an unknown option. */
export function answerLabel(questionId: string, optionId: string): string {
  const option = findQuestion(questionId)?.options.find((o) => o.id === optionId);
  return option?.label ?? "Not sure";
}

/** The slug of the article that explains a question, if any. */
export function articleOf(questionId: string): string | undefined {
  return findQuestion(questionId)?.article;
}

/** Which way a contribution pulls: "toward orchestration", "toward choreography", "neutral". */
export function pullOf(weighted: number): string {
  return weighted > 0 ? "toward orchestration" : weighted < 0 ? "toward choreography" : "neutral";
}

/**
 * The contributions that moved the score, strongest first (ties keep question order).
 *
 * @example
 * strongestContributions(result, 3).map((c) => c.question) // e.g. ["consistency", "visibility", "control-flow"]
 */
export function strongestContributions(
  result: Pick<ResultJson, "contributions">,
  limit = Infinity,
): Contribution[] {
  return result.contributions
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.weighted !== 0)
    .sort((a, b) => Math.abs(b.c.weighted) - Math.abs(a.c.weighted) || a.index - b.index)
    .slice(0, limit)
    .map(({ c }) => c);
}

/**
 * One contribution as a reason: "Parallel branches that join (How complex is the control flow?)".
 */
export function contributionReason(c: Pick<Contribution, "question" | "answer">): string {
  return `${answerLabel(c.question, c.answer)} (${questionText(c.question)})`;
}

/**
 * A flip as a plain sentence.
 *
 * @example
 * flipSentence({ question: "teams", from: "one", to: "seven-plus", verdict: "hybrid", scoreChange: -4.5 })
 * // → "If “How many teams …?” were “Seven or more” instead of “One”, the verdict would be a hybrid (score −4.5)."
 */
export function flipSentence(flip: Flip): string {
  return `If \u201c${questionText(flip.question)}\u201d were \u201c${answerLabel(flip.question, flip.to)}\u201d instead of \u201c${answerLabel(flip.question, flip.from)}\u201d, the verdict would be ${verdictNoun(flip.verdict)} (score ${formatPoints(flip.scoreChange)}).`;
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

/** The hybrid pattern's title. */
export function hybridTitle(id: HybridPatternId): string {
  return hybridPattern(id).title;
}

/**
 * Articles for the answers that mattered most: the strongest contributions' articles, in order,
 * without repeats.
 */
export function articlesThatMattered(
  result: Pick<ResultJson, "contributions">,
  limit = 4,
): { slug: string; question: string }[] {
  const seen = new Set<string>();
  const out: { slug: string; question: string }[] = [];
  for (const c of strongestContributions(result)) {
    const slug = articleOf(c.question);
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
 * The path of a result page, with the flow name when there is one.
 *
 * @example
 * resultPath("1BCh4XOE9d", "Order checkout") // → "/r/1BCh4XOE9d?flow=Order%20checkout"
 */
export function resultPath(code: string, flow?: string, suffix = ""): string {
  const base = `/r/${encodeURIComponent(code)}${suffix}`;
  return flow ? `${base}?flow=${encodeURIComponent(flow)}` : base;
}
