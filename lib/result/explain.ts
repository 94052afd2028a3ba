/**
 * Sentences that explain a result rather than restate it: what each flip would lead to (the new
 * score, not only the change), flips grouped per question, and the short chat summary. Pure: no
 * React, no next/*. Like wording.ts, it decides nothing; every fact comes from the Result JSON.
 */
import {
  bandOf,
  CURRENT_MODEL,
  flipRule,
  modelFor,
  type Flip,
  type ModelWords,
  type VerdictRule,
} from "../scoring";
import { escapeMarkdownInline } from "../text/markdown";
import { quoted } from "../text/quote";
import type { ResultJson } from "./index";
import {
  answerLabel,
  confidenceWords,
  questionShortLabel,
  questionText,
  strongestContributions,
  verdictHeadline,
  verdictNoun,
} from "./wording";
import { formatPoints } from "./format";
import { escapeMrkdwn } from "./mrkdwn";

/**
 * The model's one-sentence reason for the verdict (band or rule, and which answers), when the
 * result carries one; `undefined` for results made before the field existed, and when too little is
 * answered to have a verdict.
 *
 * @example
 * verdictReasonOf({ verdictReason: "The score, +8.5, is in the orchestration band …" }) // → that sentence
 */
export function verdictReasonOf(result: object): string | undefined {
  const reason = (result as { verdictReason?: unknown }).verdictReason;
  return typeof reason === "string" && reason.trim() !== "" ? reason : undefined;
}

/** A flip with the score it would lead to; the JSON carries `score` from model 2 on. */
type FlipWithScore = Omit<Flip, "score"> & { score?: number };

/**
 * The score a flip would lead to: the JSON's `score` when present, else score + scoreChange.
 *
 * @example
 * flipScore({ scoreChange: -1 }, 8.5) // → 7.5
 */
export function flipScore(flip: Pick<FlipWithScore, "score" | "scoreChange">, score: number) {
  return flip.score ?? Math.round((score + flip.scoreChange) * 100) / 100;
}

/**
 * A flip as one sentence that states the new score and the new verdict, never the change alone.
 * When a rule, not the new score's band, would give the new verdict (`rule`, from flipRuleOf),
 * the sentence names the band and the rule, so it never contradicts the thresholds. Labels are
 * quoted without nesting quotes.
 *
 * @example
 * flipOutcome(MODEL_V2, { question: "teams", from: "one", to: "seven-plus", verdict: "hybrid", scoreChange: -4.5 }, 8)
 * // → "If teams were “Seven or more” instead of “One”, the score would be +3.5 and the verdict a hybrid."
 * flipOutcome(MODEL_V2, { question: "teams", from: "two-three", to: "seven-plus", verdict: "hybrid", scoreChange: -3, score: 7 }, 10, { id: "crosses-domains", questions: ["teams"] })
 * // → "If teams were “Seven or more” instead of “Two or three”, the score would be +7, in the orchestration band, but the crosses-domains rule would make the verdict a hybrid."
 */
export function flipOutcome(
  words: ModelWords,
  flip: FlipWithScore,
  score: number,
  rule: VerdictRule | null = null,
): string {
  const subject = questionShortLabel(words, flip.question).toLowerCase();
  const change = `If ${subject} were ${quoted(answerLabel(words, flip.question, flip.to))} instead of ${quoted(answerLabel(words, flip.question, flip.from))}`;
  const newScore = flipScore(flip, score);
  const definition = rule && words.verdictRules.find((r) => r.id === rule.id);
  if (definition) {
    const band = bandOf(newScore, modelFor(words.version) || CURRENT_MODEL);
    return `${change}, the score would be ${formatPoints(newScore)}, in the ${band} band, but ${definition.label} would make the verdict ${verdictNoun(flip.verdict)}.`;
  }
  return `${change}, the score would be ${formatPoints(newScore)} and the verdict ${verdictNoun(flip.verdict)}.`;
}

/**
 * The rule that would give a flip's verdict, asked of the model that scored the result (flipRule
 * in lib/scoring); null when the new score's band gives it.
 *
 * @example
 * flipRuleOf(result, result.flips[0]) // → { id: "crosses-domains", questions: ["teams"] } or null
 */
export function flipRuleOf(
  result: Pick<ResultJson, "model" | "contributions">,
  flip: Pick<Flip, "question" | "to">,
): VerdictRule | null {
  return flipRule(result.contributions, flip, modelFor(result.model) || CURRENT_MODEL);
}

export interface FlipGroup {
  question: Flip["question"];
  /** The question's full text. */
  text: string;
  /** The current answer's label ("Not sure" for unanswered). */
  current: string;
  /** This question's flips, smallest change first. */
  flips: FlipWithScore[];
}

/**
 * The flips grouped per question: groups ordered by their smallest score change, flips within a
 * group smallest change first (ties keep the model's order, as flipsOf gives them).
 *
 * @example
 * flipGroups(MODEL_V2, [{ question: "teams", … }, { question: "duration", … }, { question: "teams", … }])
 * // → [{ question: "teams", flips: [2 flips] }, { question: "duration", flips: [1 flip] }]
 */
export function flipGroups(words: ModelWords, flips: readonly FlipWithScore[]): FlipGroup[] {
  const groups = new Map<string, FlipGroup>();
  const sorted = flips
    .map((flip, index) => ({ flip, index }))
    .sort(
      (a, b) => Math.abs(a.flip.scoreChange) - Math.abs(b.flip.scoreChange) || a.index - b.index,
    );
  for (const { flip } of sorted) {
    let group = groups.get(flip.question);
    if (!group) {
      group = {
        question: flip.question,
        text: questionText(words, flip.question),
        current: answerLabel(words, flip.question, flip.from),
        flips: [],
      };
      groups.set(flip.question, group);
    }
    group.flips.push(flip);
  }
  return [...groups.values()];
}

/** The longest summary `chatSummary` returns, in characters (UTF-16 code units). */
export const SUMMARY_MAX_LENGTH = 600;

/**
 * How a chat summary is written. `markdown`: CommonMark with GitHub's extensions, for GitHub,
 * Teams and Confluence (and Slack's composer, which reads `**bold**` too); untrusted text is
 * escaped only where it would change the rendering (escapeMarkdownInline). `slack`: Slack's mrkdwn
 * for apps and webhooks (see mrkdwn.ts): `*bold*`, `<url>`, `&`, `<` and `>` as entities and no
 * backslashes, since mrkdwn has no escapes.
 */
export type SummaryDialect = "markdown" | "slack";

/** The summary dialects, as `/r/<code>/summary?format=` spells them. */
export const SUMMARY_DIALECTS: readonly SummaryDialect[] = ["markdown", "slack"];

/**
 * A summary short enough for a chat message: the flow, the verdict headline, confidence in words,
 * the top reasons, the first implementation form (when the model gives one) and the link, in
 * Markdown or Slack's mrkdwn (see SummaryDialect). Never longer than SUMMARY_MAX_LENGTH: reasons
 * are dropped, then the flow name shortened, until it fits.
 *
 * @example
 * chatSummary(MODEL_V1, result, "https://baton.example/r/1Bq8R1Wu64?flow=Checkout")
 * // → "**Checkout**: Orchestrate the core, choreograph the side effects\nLow confidence. …"
 * chatSummary(result, url, "slack") // → "*Checkout*: Orchestrate the core, … \n<https://baton.example/r/1Bq8R1Wu64?flow=Checkout>"
 */
export function chatSummary(
  words: ModelWords,
  result: ResultJson,
  url: string,
  dialect: SummaryDialect = "markdown",
): string {
  const reasons = summaryReasons(words, result);
  const implementation = firstImplementation(words, result);
  const flowRoom = [80, 40, 0];
  for (const room of flowRoom) {
    for (let count = reasons.length; count >= 0; count--) {
      const text = summaryText(
        words,
        result,
        url,
        reasons.slice(0, count),
        implementation,
        room,
        dialect,
      );
      if (text.length <= SUMMARY_MAX_LENGTH) return text;
    }
  }
  // Only an absurdly long URL gets here; the link still comes whole, first.
  return url.slice(0, SUMMARY_MAX_LENGTH);
}

function summaryText(
  words: ModelWords,
  result: ResultJson,
  url: string,
  reasons: string[],
  implementation: string | undefined,
  flowRoom: number,
  dialect: SummaryDialect,
): string {
  const flow = result.flow && flowRoom > 0 ? shorten(result.flow, flowRoom) : undefined;
  const write = DIALECTS[dialect];
  const lines: string[] = [];
  const headline = write.text(verdictHeadline(words, result));
  lines.push(flow ? `${write.name(flow)}: ${headline}` : write.bold(headline));
  if (result.insufficient) {
    lines.push("Too few questions answered to recommend a style yet.");
  } else {
    lines.push(`${confidenceWords(result.confidenceLevel)}.`);
  }
  if (reasons.length > 0) lines.push(write.text(`Because: ${reasons.join("; ")}.`));
  if (implementation) lines.push(write.text(`Build it: ${implementation}.`));
  lines.push(write.link(url));
  return lines.join("\n");
}

/** Text of our own (`text`), emphasis, untrusted names and links, per dialect. */
const DIALECTS: Record<
  SummaryDialect,
  {
    text: (own: string) => string;
    bold: (own: string) => string;
    name: (untrusted: string) => string;
    link: (url: string) => string;
  }
> = {
  markdown: {
    text: (own) => own,
    bold: (own) => `**${own}**`,
    name: (untrusted) => `**${escapeMarkdownInline(untrusted)}**`,
    link: (url) => url,
  },
  slack: {
    text: escapeMrkdwn,
    bold: (own) => `*${own}*`,
    // mrkdwn cannot escape a marker, so a name holding one (or a backslash or a bracket, which
    // Slack shows as typed) goes in a code span, where nothing formats; a backtick, which would
    // end the span, shows as U+02CB MODIFIER LETTER GRAVE ACCENT.
    name: (untrusted) =>
      /[*_~`\\[]/.test(untrusted)
        ? `\`${escapeMrkdwn(untrusted.replace(/`/g, "\u02CB"))}\``
        : `*${escapeMrkdwn(untrusted)}*`,
    link: (url) => `<${url.replace(/[<>|]/g, encodeURIComponent)}>`,
  },
};

function summaryReasons(words: ModelWords, result: ResultJson): string[] {
  if (result.insufficient) return [];
  return strongestContributions(result, 3).map(
    (c) =>
      `${questionShortLabel(words, c.question).toLowerCase()}: ${answerLabel(words, c.question, c.answer).toLowerCase()} (${formatPoints(c.weighted)})`,
  );
}

/** The name of an implementation form in a model's words, or its id when the model has none. */
export function implementationName(words: Pick<ModelWords, "implementations">, id: string): string {
  return words.implementations.find((f) => f.id === id)?.name ?? id;
}

/** The title of a note in a model's words, or its id when the model has none. */
export function noteTitle(words: Pick<ModelWords, "notes">, id: string): string {
  return words.notes.find((n) => n.id === id)?.title ?? id;
}

function firstImplementation(words: ModelWords, result: ResultJson): string | undefined {
  if (result.insufficient) return undefined;
  const first = result.implementation[0];
  return first ? implementationName(words, first.id) : undefined;
}

function shorten(text: string, room: number): string {
  return text.length > room ? `${text.slice(0, room - 1)}\u2026` : text;
}
