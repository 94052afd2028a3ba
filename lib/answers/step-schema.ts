/**
 * The questionnaire's steps and their browser-side schemas, derived from the model's QUESTIONS.
 * zod/mini only: this module ships to the browser, where full zod would cost ~11 KiB gzip more.
 * The server, the API and the CLI keep the full zod schemas in schema.ts.
 */
import * as z from "zod/mini";
import { QUESTIONS } from "../scoring/current";
import { DIMENSIONS, UNSURE, type Answers, type Dimension } from "../scoring/questions";
import { FLOW_MAX_LENGTH } from "./flow";

// Without this, zod compiles parsers with `new Function`, which a strict CSP refuses.
z.config({ jitless: true });

export type Question = (typeof QUESTIONS)[number];

export interface QuestionnaireStep {
  /** The dimension this step asks about; also the step's URL fragment (`#step-<id>`). */
  readonly id: Dimension;
  readonly title: string;
  readonly summary: string;
  readonly questions: readonly Question[];
}

/** One step per dimension, in the model's order, context last. */
export const QUESTION_STEPS: readonly QuestionnaireStep[] = DIMENSIONS.map((d) => ({
  id: d.id,
  title: d.title,
  summary: d.summary,
  questions: QUESTIONS.filter((q) => q.dimension === d.id),
}));

export const MISSING_ANSWER = "Choose an answer, or \u201cNot sure\u201d.";
const FLOW_TOO_LONG = `Keep the flow name to ${FLOW_MAX_LENGTH} characters or fewer.`;

/** The values a question accepts: its option ids and `unsure`. */
function answerValuesOf(question: Question): [string, ...string[]] {
  return [UNSURE, ...question.options.map((o): string => o.id)];
}

function answerSchema(question: Question) {
  return z.enum(answerValuesOf(question), { error: MISSING_ANSWER });
}

/** Each step's schema: every question of the step needs an option or `unsure`. */
export const STEP_SCHEMAS = Object.fromEntries(
  QUESTION_STEPS.map((step) => [
    step.id,
    z.object(Object.fromEntries(step.questions.map((q) => [q.id, answerSchema(q)]))),
  ]),
) as Record<Dimension, z.ZodMiniObject<Record<string, z.ZodMiniEnum>>>;

/** The intro step: the optional flow name. Same limit as the Answers JSON schema (UTF-16 units). */
export const FLOW_STEP_SCHEMA = z.object({
  flow: z.string().check(z.maxLength(FLOW_MAX_LENGTH, { error: FLOW_TOO_LONG })),
});

const ANSWER_SCHEMAS = new Map(QUESTIONS.map((q) => [q.id as string, answerSchema(q)]));

/**
 * Keeps the valid answers of an untrusted object (saved state, a migration) and drops the rest.
 *
 * @example
 * pickValidAnswers({ teams: "one", participants: "nine", nonsense: 1 }) // → { teams: "one" }
 */
export function pickValidAnswers(raw: unknown): Answers {
  const answers: Record<string, string> = {};
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return answers;
  for (const [id, value] of Object.entries(raw)) {
    const parsed = ANSWER_SCHEMAS.get(id)?.safeParse(value);
    if (parsed?.success) answers[id] = parsed.data;
  }
  return answers as Answers;
}
