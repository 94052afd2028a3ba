/**
 * Answers JSON (docs/contracts.md, "Answers JSON"): `{ "model": 1, "flow": "…", "answers": { "question-id": "option-id" } }`.
 * Full zod for the server, the API and the CLI; the browser uses zod/mini schemas in step-schema.ts.
 */
import { z } from "zod";
import { QUESTIONS } from "../scoring/current";
import { UNSURE, type Answers } from "../scoring/questions";
import { CURRENT_MODEL, MODELS } from "../scoring/model";
import { FLOW_MAX_LENGTH, cleanFlow } from "./flow";

// Without this, zod compiles parsers with `new Function`, which a strict CSP refuses.
z.config({ jitless: true });

const answerShape = Object.fromEntries(
  QUESTIONS.map((q) => [
    q.id,
    z
      .enum([UNSURE, ...q.options.map((o): string => o.id)] as [string, ...string[]])
      .optional()
      .describe(q.text),
  ]),
);

export const AnswersSchema = z.strictObject(answerShape);

export const AnswersJsonSchema = z.strictObject({
  model: z
    .number()
    .int()
    .refine((v) => Object.hasOwn(MODELS, v), { message: "unknown model version" })
    .optional()
    .describe("Model version the answers were given for; defaults to the current model."),
  flow: z
    .string()
    .max(FLOW_MAX_LENGTH)
    .optional()
    .describe(`Name of the business flow, at most ${FLOW_MAX_LENGTH} characters.`),
  answers: AnswersSchema.describe("Question id → option id; a missing question counts as unsure."),
});

export interface ParsedAnswersJson {
  model: number;
  flow?: string;
  answers: Answers;
}

export type ParseResult =
  { ok: true; value: ParsedAnswersJson } | { ok: false; field: string; message: string };

/**
 * Parses untrusted Answers JSON. Never throws; an error names the bad field.
 *
 * @example
 * parseAnswersJson({ answers: { teams: "nine" } })
 * // → { ok: false, field: "answers.teams", message: 'answers.teams: "nine" is not an option; …' }
 */
export function parseAnswersJson(input: unknown): ParseResult {
  const parsed = AnswersJsonSchema.safeParse(input);
  if (parsed.success) {
    const answers: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed.data.answers)) if (v && v !== UNSURE) answers[k] = v;
    const flow = cleanFlow(parsed.data.flow);
    const model = parsed.data.model ?? CURRENT_MODEL.version;
    const outside = outsideModel(answers, model);
    if (outside) return outside;
    return {
      ok: true,
      value: {
        model,
        ...(flow ? { flow } : {}),
        answers: answers as Answers,
      },
    };
  }
  // Name an unknown key before anything else: it is usually the real mistake (a typo).
  const issues = parsed.error.issues;
  const issue = issues.find((i) => i.code === "unrecognized_keys") ?? issues[0]!;
  return describeIssue(issue, input);
}

/**
 * An answer the requested model version doesn't have (a question or option appended later), as a
 * parse error naming the field; undefined when every answer belongs to that version.
 */
function outsideModel(
  answers: Record<string, string>,
  version: number,
): { ok: false; field: string; message: string } | undefined {
  const model = MODELS[version]!;
  for (const [key, value] of Object.entries(answers)) {
    const question = model.questions.find((q) => q.id === key);
    const field = `answers.${key}`;
    if (!question) {
      return {
        ok: false,
        field,
        message: `${field}: not a question of model ${version}; drop it, or send "model": ${CURRENT_MODEL.version}.`,
      };
    }
    if (!question.options.some((o) => o.id === value)) {
      const options = [...question.options.map((o) => o.id), UNSURE].join(", ");
      return {
        ok: false,
        field,
        message: `${field}: "${value}" is not an option in model ${version}; expected one of ${options}.`,
      };
    }
  }
  return undefined;
}

function describeIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
): { ok: false; field: string; message: string } {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0]!;
    const field = [...path, key === "" ? '""' : key].join(".");
    const where = path.length === 0 ? "top level" : path.join(".");
    const known =
      path[0] === "answers" ? "a question id of the model" : "one of model, flow, answers";
    return {
      ok: false,
      field,
      message: `${field}: unknown key "${key}" at ${where}; expected ${known}.`,
    };
  }
  const field = path.length > 0 ? path.join(".") : "(body)";
  if (path[0] === "answers" && path.length === 2 && issue.code === "invalid_value") {
    const question = QUESTIONS.find((q) => q.id === path[1]);
    const given = valueAt(input, path);
    const options = [...(question?.options.map((o) => o.id) ?? []), UNSURE].join(", ");
    return {
      ok: false,
      field,
      message: `${field}: ${preview(given)} is not an option; expected one of ${options}.`,
    };
  }
  if (field === "(body)" && issue.code === "invalid_type") {
    return {
      ok: false,
      field,
      message: 'The body must be a JSON object with an "answers" object.',
    };
  }
  if (field === "answers" && issue.code === "invalid_type") {
    const missing = valueAt(input, path) === undefined;
    return {
      ok: false,
      field,
      message:
        `answers: ${missing ? "missing; it is required and" : ""} must be an object of question id → option id.`.replace(
          "  ",
          " ",
        ),
    };
  }
  if (field === "model") {
    return {
      ok: false,
      field,
      message: `model: ${preview(valueAt(input, path))} is not a model version this server knows (${Object.keys(MODELS).join(", ")}).`,
    };
  }
  if (field === "flow") {
    return {
      ok: false,
      field,
      message: `flow: must be text of at most ${FLOW_MAX_LENGTH} characters.`,
    };
  }
  return { ok: false, field, message: `${field}: ${issue.message}` };
}

/** A short JSON rendering of an untrusted value; never throws (deep nesting overflows stringify). */
function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? "an array" : typeof value;
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function valueAt(input: unknown, path: string[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
