/**
 * API errors: every 4xx answer is `{ "error": { "field": …, "message": … } }` (docs/contracts.md, "API errors").
 * `field` names what was wrong: a query parameter, a dotted path into the body, "(body)" for the
 * body as a whole, or a header name.
 */
import { z } from "zod";

z.config({ jitless: true });

export const ErrorJsonSchema = z
  .strictObject({
    error: z.strictObject({
      field: z
        .string()
        .describe(
          'What was wrong: a query parameter ("code"), a dotted path into the body ("answers.teams"), "(body)" for the body as a whole, or a header ("Content-Type").',
        ),
      message: z.string().describe("One sentence a person can act on."),
    }),
  })
  .describe("Every 4xx answer of the API has this shape.");

export type ErrorJson = z.infer<typeof ErrorJsonSchema>;

/** The client errors the recommendation endpoint can answer; anything else would be a bug. */
export const ERROR_STATUSES = [400, 413, 415] as const;
export type ErrorStatus = (typeof ERROR_STATUSES)[number];

/** Messages may echo input; this keeps an echoed 16 KiB string from becoming the whole answer. */
const MESSAGE_MAX_LENGTH = 300;

/**
 * The body of an API error, with the message cut to a readable length.
 *
 * @example
 * errorJson("code", "The share code is empty.") // → { error: { field: "code", message: "The share code is empty." } }
 */
export function errorJson(field: string, message: string): ErrorJson {
  const text = [...message];
  const cut =
    text.length > MESSAGE_MAX_LENGTH
      ? `${text.slice(0, MESSAGE_MAX_LENGTH - 1).join("")}…`
      : message;
  return { error: { field, message: cut } };
}
