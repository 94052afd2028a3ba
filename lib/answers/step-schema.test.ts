import { describe, expect, it } from "vitest";
import { QUESTIONS } from "../scoring/current";
import { UNSURE } from "../scoring/questions";
import {
  FLOW_STEP_SCHEMA,
  MISSING_ANSWER,
  QUESTION_STEPS,
  STEP_SCHEMAS,
  pickValidAnswers,
} from "./step-schema";

describe("QUESTION_STEPS", () => {
  it("asks every question exactly once, in the model's order, context last", () => {
    const asked = QUESTION_STEPS.flatMap((s) => s.questions.map((q) => q.id));
    expect(asked).toEqual(QUESTIONS.map((q) => q.id));
    expect(QUESTION_STEPS.map((s) => s.id)).toEqual([
      "topology",
      "coordination",
      "operations",
      "organisation",
      "context",
    ]);
  });
});

describe("STEP_SCHEMAS", () => {
  it("accepts every option and unsure for each question of a step", () => {
    for (const step of QUESTION_STEPS) {
      for (const question of step.questions) {
        for (const value of [...question.options.map((o) => o.id), UNSURE]) {
          const values = Object.fromEntries(
            step.questions.map((q) => [q.id, q.id === question.id ? value : UNSURE]),
          );
          expect(STEP_SCHEMAS[step.id].safeParse(values).success).toBe(true);
        }
      }
    }
  });

  it("names each unanswered question with a message a person can act on", () => {
    const result = STEP_SCHEMAS.organisation.safeParse({ teams: "one", "end-to-end-owner": null });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["end-to-end-owner", MISSING_ANSWER],
      ["bounded-contexts", MISSING_ANSWER],
    ]);
  });

  it("refuses an option of another question", () => {
    expect(STEP_SCHEMAS.organisation.safeParse({ teams: "yes" }).success).toBe(false);
  });
});

describe("FLOW_STEP_SCHEMA", () => {
  it("takes an empty name and up to 80 characters, not 81", () => {
    expect(FLOW_STEP_SCHEMA.safeParse({ flow: "" }).success).toBe(true);
    expect(FLOW_STEP_SCHEMA.safeParse({ flow: "x".repeat(80) }).success).toBe(true);
    expect(FLOW_STEP_SCHEMA.safeParse({ flow: "x".repeat(81) }).success).toBe(false);
  });
});

describe("pickValidAnswers", () => {
  it("keeps valid answers and drops unknown questions, unknown options and non-strings", () => {
    expect(
      pickValidAnswers({
        teams: "one",
        participants: "nine",
        latency: UNSURE,
        duration: 3,
        nonsense: "one",
        ["__proto__"]: "one",
      }),
    ).toEqual({ teams: "one", latency: UNSURE });
  });

  it("gives nothing for anything that isn't an object", () => {
    for (const raw of [null, undefined, "teams", 7, ["one"]])
      expect(pickValidAnswers(raw)).toEqual({});
  });
});
