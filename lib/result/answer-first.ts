/**
 * What a result's first screen says, in the reader's words rather than the mechanism's: which
 * answers pulled hardest toward the verdict (by their labels), the rule when a rule made it, what
 * to build first, and how far the verdict is from changing. Pure: every fact comes from the Result
 * JSON; the words are the model's labels.
 */
import type { Contribution } from "../scoring";
import { quoted } from "../text/quote";
import type { ResultJson } from "./index";
import { formatPoints } from "./format";
import { answerLabel, answerOption, questionShortLabel, strongestContributions } from "./wording";
import type { ModelWords } from "../scoring";

/** One answer named on the first screen. */
export interface Pull {
  question: string;
  /** The question's short name, lower case: "consistency", "outcome ownership". */
  topic: string;
  /** The answer's label, as the questionnaire shows it. */
  label: string;
  /** Weighted points, signed. */
  weighted: number;
}

function pullOf(words: ModelWords, c: Contribution): Pull {
  return {
    question: c.question,
    topic: questionShortLabel(words, c.question).toLowerCase(),
    label: answerLabel(words, c.question, c.answer),
    weighted: c.weighted,
  };
}

/**
 * The two or three answers that pulled hardest toward the verdict: for orchestration the largest
 * positive contributions, for choreography the largest negative ones, for a hybrid the largest
 * either way. A rule's triggering answers come first when a rule made the verdict. Empty when too
 * little is answered.
 *
 * @example
 * hardestPulls(words, result).map((p) => p.question) // e.g. ["consistency", "visibility", "outcome-ownership"]
 */
export function hardestPulls(
  words: ModelWords,
  result: Pick<ResultJson, "verdict" | "insufficient" | "contributions" | "verdictRule"> &
    Partial<Pick<ResultJson, "adjustments">>,
  limit = 3,
): Pull[] {
  if (result.insufficient || result.verdict === null) return [];
  const sign = result.verdict === "orchestration" ? 1 : result.verdict === "choreography" ? -1 : 0;
  // Only answers the score counted (a dimension the model set to 0 moved nothing).
  const counted = strongestContributions(result);
  const strongest = counted.filter((c) => (sign === 0 ? true : c.weighted * sign > 0));
  const triggers = (result.verdictRule?.questions ?? [])
    .map((id) => counted.find((c) => c.question === id))
    .filter((c): c is Contribution => c !== undefined);
  const chosen = [...triggers, ...strongest.filter((c) => !triggers.includes(c))];
  return chosen.slice(0, limit).map((c) => pullOf(words, c));
}

/** "A, B and C". */
function list(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function pullPhrase(p: Pull): string {
  return `${quoted(p.label)} (${p.topic}, ${formatPoints(p.weighted)})`;
}

/**
 * One or two sentences of why, naming the hardest-pulling answers (at most `limit`) by their
 * labels; for a verdict a rule made, the model's own sentence naming the rule and its triggering
 * answers follows. Empty when too little is answered.
 *
 * @example
 * whySentences(words, result)
 * // → ["The answers that pulled hardest toward orchestration: “Near-atomic: ‘never charge without stock’” (consistency, +4.5), …", "They put the score at +10, at or above the +6 where orchestration starts."]
 */
export function whySentences(words: ModelWords, result: ResultJson, limit = 3): string[] {
  const pulls = hardestPulls(words, result, limit);
  if (result.verdict === null) return [];
  const { orchestration, choreography } = result.thresholds;
  const reason = (result as { verdictReason?: string }).verdictReason;
  if (pulls.length === 0) {
    // Nothing pulled (every answer in the middle, or a rule alone): the rule or the band says why.
    const none = `No answer pulled toward either style: the score is ${formatPoints(result.score)}.`;
    return reason ? [none, reason] : [none];
  }
  let first: string;
  if (result.verdict === "hybrid") {
    const toward = (sign: 1 | -1) => pulls.filter((p) => p.weighted * sign > 0).map(pullPhrase);
    const parts = [
      toward(1).length ? `${list(toward(1))} toward orchestration` : "",
      toward(-1).length ? `${list(toward(-1))} toward choreography` : "",
    ].filter(Boolean);
    first = `The answers that pulled hardest: ${parts.join("; ")}.`;
  } else {
    first = `The answers that pulled hardest toward ${result.verdict}: ${list(pulls.map(pullPhrase))}.`;
  }
  if (result.verdictRule && reason) return [first, reason];
  const score = formatPoints(result.score);
  const second =
    result.verdict === "orchestration"
      ? `They put the score at ${score}, at or above the ${formatPoints(orchestration)} where orchestration starts.`
      : result.verdict === "choreography"
        ? `They put the score at ${score}, at or below the ${formatPoints(choreography)} where choreography starts.`
        : `The score, ${score}, sits between ${formatPoints(choreography)} and ${formatPoints(orchestration)}: neither style wins alone.`;
  return [first, second];
}

/**
 * Why, in one sentence, for a compact place (a team view's card, the merged recommendation): for a
 * verdict a rule made, the model's sentence naming the rule and the answers that triggered it;
 * otherwise the two answers that pulled hardest, by their labels. Never the score band's
 * mechanism ("The score band decided…"), which names no answer. Empty when too little is answered.
 *
 * @example
 * shortWhy(words, result)
 * // → "The answers that pulled hardest toward orchestration: “Near-atomic: ‘never charge without stock’” (consistency, +4.5) and “Operations or support, per instance” (visibility, +3)."
 */
export function shortWhy(words: ModelWords, result: ResultJson): string {
  if (result.insufficient || result.verdict === null) return "";
  if (result.verdictRule && result.verdictReason) return result.verdictReason;
  return whySentences(words, result, 2)[0] ?? "";
}

/** What to build first: the first implementation form, or for a hybrid the pattern that fits. */
export interface FirstForm {
  kind: "implementation" | "pattern";
  id: string;
  /** The first sentence of the model's reason: the one-line why. */
  why: string;
}

/** The first sentence of a paragraph. */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s+[A-Z“"(]|\s*$)/.exec(text.trim());
  return (match ? match[0] : text).trim();
}

/**
 * The first thing to build, with its one-line why: the pattern that fits for a hybrid, otherwise
 * the model's first implementation form. Undefined when the model names neither.
 *
 * @example
 * firstForm(result) // → { kind: "implementation", id: "durable-execution", why: "A multi-step flow with compensation is what durable execution is for: …" }
 */
export function firstForm(
  result: Pick<ResultJson, "verdict" | "insufficient" | "hybridAdvice" | "implementation">,
): FirstForm | undefined {
  if (result.insufficient || result.verdict === null) return undefined;
  const pattern = result.verdict === "hybrid" ? result.hybridAdvice[0] : undefined;
  if (pattern) return { kind: "pattern", id: pattern.pattern, why: firstSentence(pattern.why) };
  const form = result.implementation[0];
  return form ? { kind: "implementation", id: form.id, why: firstSentence(form.why) } : undefined;
}

/**
 * How far the verdict is from changing, in words that agree with the confidence level (the
 * confidence reason already counts the flips): whether each single-answer change that would change
 * the verdict is a big one (two or more points on its question's scale), or the nearest is a
 * small one, with an example. Empty when too little is answered or nothing would change it.
 *
 * @example
 * flipDistance(words, result)
 * // → "Each of them is a big change: at least 2 points on its question's scale, such as teams from “Two or three” to “Seven or more”."
 */
export function flipDistance(words: ModelWords, result: ResultJson): string {
  if (result.insufficient || result.verdict === null || result.flips.length === 0) return "";
  const steps = result.flips.map((f) => {
    const from = answerOption(words, f.question, f.from)?.points ?? 0;
    const to = answerOption(words, f.question, f.to)?.points ?? 0;
    return { flip: f, points: Math.abs(to - from) };
  });
  const nearest = steps.reduce((a, b) => (b.points < a.points ? b : a));
  const { question, from, to } = nearest.flip;
  const example = `${questionShortLabel(words, question).toLowerCase()} from ${quoted(answerLabel(words, question, from))} to ${quoted(answerLabel(words, question, to))}`;
  const one = result.flips.length === 1;
  if (nearest.points >= 2) {
    return `${one ? "It is" : "Each of them is"} a big change: at least ${nearest.points} points on its question's scale, such as ${example}.`;
  }
  return `${one ? "It is" : "The nearest is"} a small change: ${example}.`;
}
