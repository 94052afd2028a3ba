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
