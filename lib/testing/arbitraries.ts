import fc from "fast-check";
import { QUESTIONS, UNSURE, type Answers } from "@/lib/scoring";

/** Any answer set: each question missing, `unsure`, or one of its options. */
export const answersArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(
    ...QUESTIONS.map((q) =>
      fc.constantFrom<string | undefined>(undefined, UNSURE, ...q.options.map((o) => o.id)),
    ),
  )
  .map((values) => {
    const answers: Record<string, string> = {};
    QUESTIONS.forEach((q, i) => {
      const value = values[i];
      if (value !== undefined) answers[q.id] = value;
    });
    return answers as Answers;
  });

/** Every scored question answered with its option of most (or fewest) points. */
export function extremeAnswers(direction: "orchestration" | "choreography"): Answers {
  const answers: Record<string, string> = {};
  for (const question of QUESTIONS) {
    if (question.dimension === "context") continue;
    const sorted = [...question.options].sort((a, b) => a.points - b.points);
    answers[question.id] = (direction === "orchestration" ? sorted.at(-1) : sorted[0])!.id;
  }
  return answers as Answers;
}
