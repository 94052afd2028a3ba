import "server-only";
import type { Article } from "./article";
import { ARTICLE_GROUPS, type ArticleGroup } from "./groups";
import { loadArticles } from "./load";

export type { Article } from "./article";
export { ARTICLE_GROUPS, type ArticleGroup } from "./groups";

let cached: Article[] | undefined;

/** Every article in index order. Read once per server process (every time in development). */
export function allArticles(): Article[] {
  if (process.env.NODE_ENV === "development") return loadArticles();
  cached ??= loadArticles();
  return cached;
}

export function articleBySlug(slug: string): Article | undefined {
  return allArticles().find((a) => a.slug === slug);
}

/** The index: each group with its articles, in order. */
export function articleGroups(): { group: ArticleGroup; articles: Article[] }[] {
  const articles = allArticles();
  return ARTICLE_GROUPS.map((group) => ({
    group,
    articles: articles.filter((a) => a.dimension === group.id),
  }));
}

/** The articles before and after this one in index order. */
export function neighboursOf(slug: string): { previous?: Article; next?: Article } {
  const articles = allArticles();
  const index = articles.findIndex((a) => a.slug === slug);
  if (index < 0) return {};
  return { previous: articles[index - 1], next: articles[index + 1] };
}
