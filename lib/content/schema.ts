/**
 * The frontmatter of an article in content/<slug>.mdx. Exactly these keys; a bad article fails the
 * build (scripts/check-content.ts runs before `next build`, and the guides route re-checks).
 */
import { z } from "zod";
import { QUESTIONS } from "../scoring/current";
import { ARTICLE_DIMENSIONS } from "./groups";

// Without this, zod compiles parsers with `new Function`, which a strict CSP refuses.
z.config({ jitless: true });

export const DESCRIPTION_MAX_LENGTH = 160;

/** Slugs are the file names: lowercase words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const questionIds = QUESTIONS.map((q): string => q.id) as [string, ...string[]];

/** YAML turns an unquoted 2026-11-25 into a Date; accept it and keep the ISO day. */
const isoDay = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date({ message: "must be an ISO date like 2026-11-25" }),
);

export const ArticleMetaSchema = z.strictObject({
  title: z.string().trim().min(3).max(90),
  description: z
    .string()
    .trim()
    .min(20)
    .max(DESCRIPTION_MAX_LENGTH, `must be at most ${DESCRIPTION_MAX_LENGTH} characters`),
  dimension: z.enum(ARTICLE_DIMENSIONS),
  questions: z
    .array(z.enum(questionIds, { message: "is not a question id of the model" }))
    .refine((ids) => new Set(ids).size === ids.length, "lists a question twice"),
  updated: isoDay,
  order: z.number().int().positive(),
});

export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** One line per problem, naming the field: "description: must be at most 160 characters". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join(".") : "frontmatter";
    return `${path}: ${issue.message}`;
  });
}
