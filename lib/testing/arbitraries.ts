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
 * Any UTF-16 string: code units chosen freely, so lone surrogates (high or low), pairs split,
 * reversed or doubled, astral characters, controls and ASCII all occur.
 */
export function utf16String(maxLength = 40): fc.Arbitrary<string> {
  return fc.string({
    maxLength,
    unit: fc.oneof(
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
      fc.constantFrom("a", " ", "\uD83D\uDE00", "\u200D", "\n"),
    ),
  });
}

/** True when every string in `value`, object keys included, is well-formed Unicode. */
export function allWellFormed(value: unknown): boolean {
  if (typeof value === "string") return value.isWellFormed();
  if (Array.isArray(value)) return value.every(allWellFormed);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).every(([k, v]) => k.isWellFormed() && allWellFormed(v));
  }
  return true;
}
