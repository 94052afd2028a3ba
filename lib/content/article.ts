import type { ArticleMeta } from "./schema";
import type { Heading } from "./mdx";

/** An article: its validated frontmatter, its MDX body and what the page derives from it. */
export interface Article extends ArticleMeta {
  slug: string;
  /** Path of the source file, relative to the project, for messages. */
  file: string;
  body: string;
  /** Lines before the body (the frontmatter), so body line n is file line n + bodyOffset. */
  bodyOffset: number;
  headings: Heading[];
  words: number;
  readingMinutes: number;
}

/** Something wrong with an article; `line` is a line of the source file. */
export interface ContentProblem {
  file: string;
  line?: number;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`;
}

/** Thrown when any article is invalid; the message lists every problem. */
export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in content/:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}
