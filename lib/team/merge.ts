/**
 * The team merge rule, and what counts as disagreement.
 *
 * Scored questions: take the points of everyone who answered (not "unsure"); the median of them
 * (for an even count, halfway between the two middle answers) is the team's position. The merged
 * answer is the question's option nearest that position; between two equally near options, the
 * one nearer 0 points; if those lie on opposite sides of 0, equally far, the team is split down
 * the middle and the merged answer is "unsure" (0 points). Among options with the same points,
 * the one most people chose, then the first listed. Nobody answered → "unsure".
 *
 * Context questions (never scored), and scored questions whose options all carry the same points
 * (model 2's side effects and latency, which shape how to build it, not the score): the answer
 * most people gave; a tie → the first listed.
 *
 * Disagreement: on a scored question, answers that differ by 2 points or more, or that pull both
 * ways (some toward orchestration, some toward choreography); on a context question (or one
 * whose options score alike), two different answers. "Unsure" is not disagreement.
 *
 * The median ignores outliers, never invents a position beyond the team's answers, and moving
 * one person's answer up never moves the merged answer down.
 */
import {
  CURRENT_MODEL,
  UNSURE,
  isScored,
  type Answers,
  type Model,
  type Question,
} from "../scoring";

export interface QuestionMerge {
  /** An option id of the question, or "unsure". */
  merged: string;
  disagree: boolean;
  /** Max − min points among those who answered a scored question (0 for context questions). */
  spread: number;
}

type Option = Question["options"][number];

/** Points apart at which two answers to a scored question disagree (see the rule above). */
export const DISAGREE_POINTS = 2;

/**
 * Merges one question's answers (option ids or "unsure", one per person).
 *
 * @example
 * mergeQuestion(CURRENT_MODEL.questions[1]!, ["linear", "dynamic", "unsure"])
 * // → { merged: "some-conditionals", disagree: true, spread: 5 }
 */
export function mergeQuestion(question: Question, answers: readonly string[]): QuestionMerge {
  const options: readonly Option[] = question.options;
  const chosen = answers
    .map((id) => options.find((o) => o.id === id))
    .filter((o): o is Option => o !== undefined);
  if (chosen.length === 0) return { merged: UNSURE, disagree: false, spread: 0 };
  const count = (option: Option) => chosen.filter((c) => c.id === option.id).length;

  if (takesMostGiven(question)) {
    const best = options.reduce((a, b) => (count(b) > count(a) ? b : a));
    return { merged: best.id, disagree: new Set(chosen.map((c) => c.id)).size > 1, spread: 0 };
  }

  const points = chosen.map((c) => c.points).sort((a, b) => a - b);
  const low = points[0]!;
  const high = points[points.length - 1]!;
  const middle = points.length >> 1;
  const position =
    points.length % 2 === 1 ? points[middle]! : (points[middle - 1]! + points[middle]!) / 2;

  let best: Option | undefined;
  let split = false;
  for (const option of options) {
    if (!best) {
      best = option;
      continue;
    }
    const distance = Math.abs(option.points - position) - Math.abs(best.points - position);
    if (distance < 0) {
      best = option;
      split = false;
    } else if (distance === 0) {
      if (option.points === best.points) {
        if (count(option) > count(best)) best = option;
      } else if (Math.abs(option.points) < Math.abs(best.points)) {
        best = option;
        split = false;
      } else if (Math.abs(option.points) === Math.abs(best.points)) {
        split = true;
      }
    }
  }
  return {
    merged: split ? UNSURE : best!.id,
    disagree: high - low >= DISAGREE_POINTS || (low < 0 && high > 0),
    spread: high - low,
  };
}

/**
 * Whether a question merges by the answer most people gave rather than by the median of points:
 * a context question (never scored), or a scored one whose options all score alike (model 2's
 * side effects and latency, which shape how to build it, not the score).
 */
function takesMostGiven(question: Question): boolean {
  const { options } = question;
  return !isScored(question.id) || options.every((o) => o.points === options[0]!.points);
}

/**
 * The questions of a model that merge by the answer most people gave, as the merge rule states
 * them: context questions and flat-scored ones, each by its name in the model's words.
 *
 * @example
 * mostGivenQuestions(MODEL_V2) // → { context: ["the platform", …], flat: ["the side effects", "latency"] }
 */
export function mostGivenQuestions(model: Model = CURRENT_MODEL): {
  context: string[];
  flat: string[];
} {
  const named = model.questions.filter(takesMostGiven);
  const name = (q: Question) => model.questionNames[q.id] ?? q.id;
  return {
    context: named.filter((q) => !isScored(q.id)).map(name),
    flat: named.filter((q) => isScored(q.id)).map(name),
  };
}

export interface MergedTeam {
  /** The merged answer set, without "unsure" answers. */
  answers: Answers;
  /** One entry per question of the model, in model order. */
  questions: (QuestionMerge & { question: Question["id"]; answers: string[] })[];
}

/**
 * Merges several people's answer sets question by question (see the rule above). Each person's
 * answers are read by question and option id, so sets from older models line up with the current
 * one; a question someone was never asked counts as "unsure" for them.
 *
 * @example
 * mergeAnswers([{ teams: "one" }, { teams: "two-three" }, { teams: "seven-plus" }]).answers.teams
 * // → "two-three"
 */
export function mergeAnswers(sets: readonly Answers[], model: Model = CURRENT_MODEL): MergedTeam {
  const answers: Record<string, string> = {};
  const questions = model.questions.map((question) => {
    const given = sets.map(
      (set) => (set as Record<string, string | undefined>)[question.id] ?? UNSURE,
    );
    const merge = mergeQuestion(question, given);
    if (merge.merged !== UNSURE) answers[question.id] = merge.merged;
    return { question: question.id, answers: given, ...merge };
  });
  return { answers: answers as Answers, questions };
}
