/** Reads every article in content/ from disk. Used by the guides route and the build check. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ContentError, type Article, type ContentProblem } from "./article";
import { checkArticles } from "./check";
import { ARTICLE_DIMENSIONS } from "./groups";
import { parseArticle } from "./parse";

export const CONTENT_DIR = "content";

/**
 * Every article, validated and in index order (group, then `order`). Throws a ContentError that
 * lists every problem when any article is invalid.
 */
export function loadArticles(root: string = process.cwd()): Article[] {
  const dir = path.join(root, CONTENT_DIR);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort();
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  for (const name of files) {
    const file = `${CONTENT_DIR}/${name}`;
    const result = parseArticle(file, readFileSync(path.join(dir, name), "utf8"));
    if (result.ok) articles.push(result.article);
    else problems.push(...result.problems);
  }
  if (files.length === 0) problems.push({ file: `${CONTENT_DIR}/`, message: "no articles" });
  problems.push(...checkArticles(articles));
  if (problems.length > 0) throw new ContentError(problems);
  return sortArticles(articles);
}

export function sortArticles(articles: readonly Article[]): Article[] {
  const rank = (a: Article) => ARTICLE_DIMENSIONS.indexOf(a.dimension);
  return [...articles].sort(
    (a, b) => rank(a) - rank(b) || a.order - b.order || a.title.localeCompare(b.title),
  );
}
