import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUESTIONS, UNSURE, isScored, type Answers, type Question } from "../scoring";
import { mergeAnswers, mergeQuestion } from "./merge";

const RUNS = 10_000;
// Thousands of runs on a shared 2-core machine: give them time; they are not timing tests.
const PROPERTY_TIMEOUT = 120_000;
type Option = Question["options"][number];
const pointsOf = (question: Question, id: string) =>
  (question.options as readonly Option[]).find((o) => o.id === id)?.points ?? 0;

const flat = (q: Question) => q.options.every((o) => o.points === q.options[0]!.points);
// Questions merged by their points; the flat ones (model 2's side effects and latency) are merged
// like context questions, by the most common answer.
const scored = QUESTIONS.filter((q) => isScored(q.id) && !flat(q));
const answerOf = (question: Question) =>
  fc.constantFrom<string>(UNSURE, ...question.options.map((o) => o.id));
const questionWithAnswers = fc
  .constantFrom(...scored)
  .chain((question) =>
    fc.tuple(fc.constant(question), fc.array(answerOf(question), { minLength: 1, maxLength: 20 })),
  );
const answerSet: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTIONS.map((q) => [q.id, answerOf(q)])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

describe("the merge rule", () => {
  it("merges a question whose options score alike by the most common answer, and disagrees on any difference", () => {
    const sideEffects = QUESTIONS.find((q) => q.id === "side-effects")!;
    expect(flat(sideEffects)).toBe(true);
    expect(mergeQuestion(sideEffects, ["several", "none", "several"])).toEqual({
      merged: "several",
      disagree: true,
      spread: 0,
    });
    expect(mergeQuestion(sideEffects, ["none", "unsure", "none"]).disagree).toBe(false);
  });

  it(
    "never leaves the range of the team's answers",
    () => {
      fc.assert(
        fc.property(questionWithAnswers, ([question, answers]) => {
          const answered = answers.filter((a) => a !== UNSURE).map((a) => pointsOf(question, a));
          const { merged } = mergeQuestion(question, answers);
          if (answered.length === 0) {
            expect(merged).toBe(UNSURE);
            return;
          }
          const points = pointsOf(question, merged);
          expect(points).toBeGreaterThanOrEqual(Math.min(...answered));
          expect(points).toBeLessThanOrEqual(Math.max(...answered));
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "does not depend on the order of the people",
    () => {
      fc.assert(
        fc.property(
          fc
            .array(answerSet, { minLength: 1, maxLength: 8 })
            .chain((sets) =>
              fc.tuple(fc.constant(sets), fc.shuffledSubarray(sets, { minLength: sets.length })),
            ),
          ([sets, shuffled]) => {
            expect(mergeAnswers(shuffled).answers).toEqual(mergeAnswers(sets).answers);
          },
        ),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "never moves down when one person moves their answer up",
    () => {
      fc.assert(
        fc.property(questionWithAnswers, fc.nat(), fc.nat(), ([question, answers], who, to) => {
          const index = who % answers.length;
          const options = question.options as readonly Option[];
          const raised = options[to % options.length]!;
          if (raised.points < pointsOf(question, answers[index]!)) return;
          // Going from unsure to an answer adds a voice; it is not a move from a position.
          if (answers[index] === UNSURE) return;
          const before = mergeQuestion(question, answers);
          const after = mergeQuestion(question, answers.with(index, raised.id));
          expect(pointsOf(question, after.merged)).toBeGreaterThanOrEqual(
            pointsOf(question, before.merged),
          );
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "keeps a unanimous answer",
    () => {
      fc.assert(
        fc.property(answerSet, fc.integer({ min: 1, max: 20 }), (answers, people) => {
          const real = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== UNSURE));
          expect(mergeAnswers(Array.from({ length: people }, () => answers)).answers).toEqual(real);
        }),
        { numRuns: 2_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "marks disagreement exactly when answers are 2+ points apart or pull both ways",
    () => {
      fc.assert(
        fc.property(questionWithAnswers, ([question, answers]) => {
          const answered = answers.filter((a) => a !== UNSURE).map((a) => pointsOf(question, a));
          const low = Math.min(...answered);
          const high = Math.max(...answered);
          const expected = answered.length > 0 && (high - low >= 2 || (low < 0 && high > 0));
          expect(mergeQuestion(question, answers).disagree).toBe(expected);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
