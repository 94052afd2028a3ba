/**
 * Validates every article in content/ before `next build` (scripts/build.mjs runs it first): frontmatter schema,
 * components and their props, question ids, links, headings and the Sources section.
 * Exit 1 with one line per problem; exit 0 and a one-line summary when all is well.
 */
import { ContentError } from "../lib/content/article";
import { loadArticles } from "../lib/content/load";

try {
  const articles = loadArticles();
  const words = articles.reduce((sum, a) => sum + a.words, 0);
  console.log(`check-content: ${articles.length} articles OK (${words} words)`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`check-content: ${error.message}`);
  process.exit(1);
}
