import matter from "gray-matter";
import type { Article, ContentProblem } from "./article";
import { headingsOf, parseMdx, readingMinutesOf, wordCountOf } from "./mdx";
import { ArticleMetaSchema, SLUG_PATTERN, describeIssues } from "./schema";

export type ParseResult =
  { ok: true; article: Article } | { ok: false; problems: ContentProblem[] };

/**
 * Reads one article from its file name and source text: frontmatter validated by the schema,
 * headings with their anchor ids, word count and reading time.
 */
export function parseArticle(file: string, source: string): ParseResult {
  const slug = /([^/\\]+)\.mdx$/.exec(file)?.[1] ?? "";
  const problems: ContentProblem[] = [];
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      file,
      message: `file name "${slug}" is not a slug (lowercase-words-with-hyphens)`,
    });
  }
  if (!/^---\r?\n/.test(source)) {
    return {
      ok: false,
      problems: [...problems, { file, line: 1, message: "missing YAML frontmatter" }],
    };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object keeps gray-matter from caching by content.
    parsed = matter(source, {});
  } catch (e) {
    return {
      ok: false,
      problems: [...problems, { file, line: 1, message: `frontmatter: ${(e as Error).message}` }],
    };
  }
  const meta = ArticleMetaSchema.safeParse(parsed.data);
  if (!meta.success) {
    problems.push(...describeIssues(meta.error).map((message) => ({ file, message })));
  }
  if (problems.length > 0 || !meta.success) return { ok: false, problems };
  const body = parsed.content;
  // MDX that does not parse still loads here; checkArticles reports the parser's message.
  const tree = parseMdx(body);
  const words = tree.ok ? wordCountOf(tree.tree) : 0;
  return {
    ok: true,
    article: {
      ...meta.data,
      slug,
      file,
      body,
      bodyOffset: source.split("\n").length - body.split("\n").length,
      headings: tree.ok ? headingsOf(tree.tree) : [],
      words,
      readingMinutes: readingMinutesOf(words),
    },
  };
}
