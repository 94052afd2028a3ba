import fc from "fast-check";
import { CURRENT_MODEL, UNSURE, type Answers, type Model } from "@/lib/scoring";

/** Any answer set a model can take: each of its questions missing, `unsure`, or one of its options. */
export function answersFor(model: Model): fc.Arbitrary<Answers> {
  return fc
    .tuple(
      ...model.questions.map((q) =>
        fc.constantFrom<string | undefined>(undefined, UNSURE, ...q.options.map((o) => o.id)),
      ),
    )
    .map((values) => {
      const answers: Record<string, string> = {};
      model.questions.forEach((q, i) => {
        const value = values[i];
        if (value !== undefined) answers[q.id] = value;
      });
      return answers as Answers;
    });
}

/** Any answer set of the current model. */
export const answersArbitrary: fc.Arbitrary<Answers> = answersFor(CURRENT_MODEL);

/** Every scored question answered with its option of most (or fewest) points in a model. */
export function extremeAnswers(
  direction: "orchestration" | "choreography",
  model: Model = CURRENT_MODEL,
): Answers {
  const answers: Record<string, string> = {};
  for (const question of model.questions) {
    if (question.dimension === "context") continue;
    const sorted = [...question.options].sort((a, b) => a.points - b.points);
    answers[question.id] = (direction === "orchestration" ? sorted.at(-1) : sorted[0])!.id;
  }
  return answers as Answers;
}

/**
 * An answer set without its `unsure` answers: what decoding its share code gives back, so two
 * answer sets with the same meaning compare equal.
 *
 * @example
 * normaliseAnswers({ teams: "one", latency: "unsure" }) // → { teams: "one" }
 */
export function normaliseAnswers(answers: Answers): Answers {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (value !== undefined && value !== UNSURE) out[key] = value;
  }
  return out as Answers;
}
