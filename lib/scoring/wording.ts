/**
 * Small wording helpers the models' rule sentences share. The sentences themselves live with each
 * model version (`model-1/reason.ts`, `model-2/reason.ts`); presentation wording lives in
 * `lib/result/wording.ts`.
 */
import type { Question, QuestionId } from "./questions";

/**
 * A signed number as people read scores: "+8.5", "−6", "0" (true minus sign, at most one decimal).
 *
 * @example
 * formatSigned(-6) // → "−6"
 */
export function formatSigned(n: number): string {
  const digits = unsignedPoints(n);
  if (digits === "0") return "0";
  return `${n > 0 ? "+" : "\u2212"}${digits}`;
}

/**
 * |n| rounded half away from zero to one decimal, without a trailing ".0": "2", "1.5".
 *
 * @example
 * unsignedPoints(-2.45) // → "2.5"
 */
export function unsignedPoints(n: number): string {
  const tenths = Math.round(Math.abs(n) * 10);
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

/** Short names for questions inside a sentence ("… but the number of teams …"). */
const NAMES: Record<QuestionId, string> = {
  participants: "the number of services",
  "control-flow": "the control flow",
  "side-effects": "the side effects",
  "flow-change-rate": "how often the flow changes",
  "participant-churn": "participant churn",
  consistency: "the consistency need",
  visibility: "per-instance visibility",
  duration: "the waiting time",
  latency: "latency",
  "outcome-ownership": "who needs the outcome",
  observability: "observability",
  "event-practices": "event practices",
  "workflow-engine": "durable execution",
  "testing-release": "testing and releasing",
  teams: "the number of teams",
  "end-to-end-owner": "end-to-end ownership",
  "bounded-contexts": "the bounded contexts",
  platform: "the platform",
  messaging: "the messaging",
  volume: "the volume",
  "local-transaction": "one local transaction",
  "dual-path": "running both paths",
};

/** The short name of a question for use inside a sentence. */
export function questionName(id: QuestionId): string {
  return NAMES[id];
}

/**
 * "the number of teams (“Seven or more”)": a question and its answer's label in one model.
 * `unsure` reads "not answered".
 */
export function answerPhrase(
  questions: readonly Question[],
  id: QuestionId,
  answer: string,
): string {
  const label = questions.find((q) => q.id === id)?.options.find((o) => o.id === answer)?.label;
  return `${questionName(id)} (${label ? `\u201c${label}\u201d` : "not answered"})`;
}

/** "a", "a and b", "a, b and c". */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
