import type { ResultJson } from "../result";
import { resultForAnswers, type ResolvedResult } from "../result/load";
import {
  CURRENT_MODEL,
  isScored,
  type ModelWords,
  type Question,
  type QuestionId,
} from "../scoring";
import { parseTeamLinks, type ParsedLinks } from "./links";
import { mergeAnswers, type QuestionMerge } from "./merge";
import { nameAt, parseNames } from "./names";

export interface TeamMember {
  position: number;
  name: string;
  code: string;
  /** Scored by the model version that made the code: the Result JSON their own page shows. */
  result: ResultJson;
  /** The words of that model: a model-1 link's answers read as model 1 words them. */
  words: ModelWords;
}

export interface DamagedLink {
  position: number;
  name: string;
  raw: string;
  message: string;
}

export interface TeamQuestion extends QuestionMerge {
  question: Question;
  /** One answer per member, in member order: an option id or "unsure". */
  answers: string[];
  /**
   * True when any two members answered differently, however little ("Not sure" counts as an
   * answer). `disagree` is the stronger mark: far apart or pulling opposite ways.
   */
  differs: boolean;
  /**
   * Score points between the answers given: spread × the question's weight (0 for a context
   * question, or one whose options all score the same). How far settling it can move the score.
   */
  impact: number;
}

export interface TeamView {
  /**
   * "before-after" when exactly two links are named Before and After (the result page's "Compare
   * with another result"): one flow at two moments, not two people to merge.
   */
  mode: "team" | "before-after";
  members: TeamMember[];
  damaged: DamagedLink[];
  /** Entries beyond the limit, left out. */
  ignored: number;
  /**
   * Questions answered differently first, the largest score impact first (on a tie, far-apart
   * ones first), then the rest; ties keep the model's order.
   */
  questions: TeamQuestion[];
  /** The words of the current model, which asks `questions` and scores the merged answers. */
  words: ModelWords;
  /** The merged answers, resolved with the current model; `result.code` is their share code. */
  merged?: ResolvedResult;
}

/**
 * Everything the team page shows, from the `c` (links or codes) and `n` (names) query values.
 *
 * @example
 * teamView("1ARKroUigt,broken", "Ana,Ben").damaged[0].position // → 2
 */
export function teamView(
  links: string | readonly string[] | undefined,
  names: string | readonly string[] | undefined,
): TeamView {
  return teamViewOf(parseTeamLinks(links), parseNames(names));
}

/**
 * The team view of links already parsed and names already split (what `teamView` does after
 * parsing). Damaged entries keep their position; the rest are scored and merged.
 */
function teamViewOf(parsed: ParsedLinks, names: readonly string[]): TeamView {
  const members: TeamMember[] = [];
  const damaged: DamagedLink[] = [];
  for (const entry of parsed.entries) {
    const name = nameAt(names, entry.position);
    if (!entry.ok) {
      damaged.push({ position: entry.position, name, raw: entry.raw, message: entry.message });
      continue;
    }
    const own = resultForAnswers({ model: entry.model, answers: entry.answers });
    members.push({
      position: entry.position,
      name,
      code: entry.code,
      result: own.result,
      words: own.words,
    });
  }
  const answerSets = parsed.entries.flatMap((e) => (e.ok ? [e.answers] : []));
  const merge = mergeAnswers(answerSets);
  const questions: TeamQuestion[] = merge.questions.map((q) => {
    const question = CURRENT_MODEL.questions.find((candidate) => candidate.id === q.question)!;
    return {
      question,
      answers: q.answers,
      merged: q.merged,
      disagree: q.disagree,
      spread: q.spread,
      differs: new Set(q.answers).size > 1,
      impact: isScored(question.id) ? q.spread * question.weight : 0,
    };
  });
  // Array.prototype.sort is stable, so ties keep the model's question order.
  questions.sort(
    (a, b) =>
      Number(b.differs) - Number(a.differs) ||
      b.impact - a.impact ||
      Number(b.disagree) - Number(a.disagree),
  );
  const [first, second] = members;
  const beforeAfter =
    members.length === 2 && /^before\b/i.test(first!.name) && /^after\b/i.test(second!.name);
  return {
    mode: beforeAfter ? "before-after" : "team",
    members,
    damaged,
    ignored: parsed.ignored,
    questions,
    words: CURRENT_MODEL,
    ...(members.length > 0 ? { merged: resultForAnswers({ answers: merge.answers }) } : {}),
  };
}

/**
 * How far one changed answer moved the score between two results of the same flow: the after
 * result's weighted contribution for `question` minus the before result's, each as its own model
 * scored it (points × weight; "Not sure" 0). Undefined for a question neither scores (context),
 * and when the two results come from different models, whose points are not on one scale.
 *
 * @example
 * answerMoveBetween(before, after, "teams") // → −4.5 when "one" (+2 × 1.5) became "seven-plus" (−1 × 1.5)
 */
export function answerMoveBetween(
  before: Pick<ResultJson, "model" | "contributions">,
  after: Pick<ResultJson, "model" | "contributions">,
  question: QuestionId,
): number | undefined {
  if (before.model !== after.model || !isScored(question)) return undefined;
  const weighted = (r: Pick<ResultJson, "contributions">) =>
    r.contributions.find((c) => c.question === question)?.weighted;
  const from = weighted(before);
  const to = weighted(after);
  if (from === undefined && to === undefined) return undefined;
  return (to ?? 0) - (from ?? 0);
}
