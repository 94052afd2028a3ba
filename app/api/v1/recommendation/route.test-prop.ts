import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST } from "./route";
import { CURRENT_MODEL, QUESTIONS, UNSURE } from "@/lib/scoring";
import { ERROR_STATUSES, ErrorJsonSchema } from "@/lib/api/errors";
import { MAX_BODY_BYTES, recommendationForBody, type ApiOutcome } from "@/lib/api/recommendation";
import { ResultJsonSchema } from "@/lib/api/result-schema";

const RUNS = 10_000;
// Thousands of runs on a shared 2-core machine: give them time; they are not timing tests.
const PROPERTY_TIMEOUT = 120_000;

/** Either a Result JSON that matches its schema, or a documented 4xx with a message. */
function expectDocumentedOutcome(outcome: ApiOutcome): void {
  if (outcome.status === 200) {
    expect(ResultJsonSchema.safeParse(outcome.body).success).toBe(true);
    return;
  }
  expect(ERROR_STATUSES).toContain(outcome.status);
  const error = ErrorJsonSchema.parse(outcome.body).error;
  expect(error.field.length).toBeGreaterThan(0);
  expect(error.message.length).toBeGreaterThan(0);
}

const validAnswersJson = fc.record(
  {
    model: fc.constant(CURRENT_MODEL.version),
    flow: fc.string({ maxLength: 80 }),
    answers: fc.record(
      Object.fromEntries(
        QUESTIONS.map((q) => [q.id, fc.constantFrom(UNSURE, ...q.options.map((o) => o.id))]),
      ),
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["answers"] },
);

/** Text edits a person or a broken client might make to a valid body. */
const textMutation = fc.oneof(
  fc.record({
    kind: fc.constant("delete" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant("replace" as const),
    at: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function applyText(text: string, mutation: TextMutation): string {
  const at = text.length === 0 ? 0 : mutation.at % (text.length + 1);
  switch (mutation.kind) {
    case "delete":
      return text.slice(0, at) + text.slice(at + mutation.length);
    case "insert":
      return text.slice(0, at) + mutation.text + text.slice(at);
    case "replace":
      return text.slice(0, at) + mutation.text + text.slice(at + mutation.text.length);
    case "truncate":
      return text.slice(0, at);
  }
}

/** Structural edits: a wrong type, an unknown key, an unknown option, a dropped key. */
const valueMutation = fc.record({
  path: fc.constantFrom(
    "model",
    "flow",
    "answers",
    "extra",
    ...QUESTIONS.map((q) => `answers.${q.id}`),
  ),
  value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)),
});

function applyValue(body: Record<string, unknown>, mutation: { path: string; value: unknown }) {
  const copy = structuredClone(body);
  const [head, tail] = mutation.path.split(".") as [string, string | undefined];
  if (tail === undefined) copy[head] = mutation.value;
  else if (copy.answers && typeof copy.answers === "object") {
    (copy.answers as Record<string, unknown>)[tail] = mutation.value;
  }
  return copy;
}

const json = (body: string) => ({ contentType: "application/json", body });

describe("the request parser never throws", () => {
  it(
    "gives a result or a documented 4xx for any JSON value",
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          expectDocumentedOutcome(recommendationForBody(json(JSON.stringify(value) ?? "null")));
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "gives a result or a documented 4xx for valid bodies mutated as text",
    () => {
      fc.assert(
        fc.property(
          validAnswersJson,
          fc.array(textMutation, { minLength: 1, maxLength: 4 }),
          (valid, edits) => {
            const text = edits.reduce(applyText, JSON.stringify(valid));
            expectDocumentedOutcome(recommendationForBody(json(text)));
          },
        ),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "gives a result or a 400 naming the field for valid bodies mutated in structure",
    () => {
      fc.assert(
        fc.property(validAnswersJson, valueMutation, (valid, mutation) => {
          const outcome = recommendationForBody(json(JSON.stringify(applyValue(valid, mutation))));
          expectDocumentedOutcome(outcome);
          if (outcome.status !== 200) {
            expect(outcome.status).toBe(400);
            const field = ErrorJsonSchema.parse(outcome.body).error.field;
            // The error names the mutated place (or its parent when the parent became a non-object).
            expect(mutation.path.startsWith(field) || field.startsWith(mutation.path)).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "accepts every valid body and scores it",
    () => {
      fc.assert(
        fc.property(validAnswersJson, (valid) => {
          expect(recommendationForBody(json(JSON.stringify(valid))).status).toBe(200);
        }),
        { numRuns: 2_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    "gives a documented 4xx for random bytes and media types through the whole handler",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: MAX_BODY_BYTES + 64 }),
          fc.constantFrom(
            null,
            "application/json",
            "text/plain",
            "application/json; charset=ascii",
            "x",
          ),
          async (bytes, contentType) => {
            const response = await POST(
              new Request("http://baton.test/api/v1/recommendation", {
                method: "POST",
                body: bytes,
                headers: contentType ? { "content-type": contentType } : {},
              }),
            );
            expect([200, ...ERROR_STATUSES]).toContain(response.status);
            const body: unknown = await response.json();
            if (response.status !== 200) expect(ErrorJsonSchema.safeParse(body).success).toBe(true);
            if (bytes.length > MAX_BODY_BYTES) expect(response.status).toBe(413);
          },
        ),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
