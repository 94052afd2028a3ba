import { UNSURE, type Question, type Verdict } from "@/lib/scoring";

export const VERDICT_LABEL: Record<Verdict, string> = {
  orchestration: "Orchestration",
  choreography: "Choreography",
  hybrid: "Hybrid",
};

/** Signed points or score with a real minus sign: "+2", "−1.5", "0". */
export function signed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return "0";
  return `${rounded > 0 ? "+" : "\u2212"}${Math.abs(rounded)}`;
}

/** The label and points of one answer to a question, or undefined for "unsure". */
export function answerOf(
  question: Question,
  answer: string,
): { label: string; points: number } | undefined {
  if (answer === UNSURE) return undefined;
  const options: readonly { id: string; label: string; points: number }[] = question.options;
  const option = options.find((o) => o.id === answer);
  return option ? { label: option.label, points: option.points } : undefined;
}
