/** Links to the articles behind the answers that mattered most. */
import Link from "next/link";
import type { ResolvedResult } from "@/lib/result/load";
import {
  articleTitleFromSlug,
  articlesThatMattered,
  gateIn,
  questionText,
} from "@/lib/result/wording";
import styles from "./result.module.css";

export function FurtherReading({ result, words }: Pick<ResolvedResult, "result" | "words">) {
  const articles = articlesThatMattered(words, result);
  const gateArticles = result.gates
    .map((g) => gateIn(words, g.id).article)
    .filter((slug) => !articles.some((a) => a.slug === slug));
  return (
    <section
      aria-labelledby="reading-title"
      className={`${styles.section} no-print`}
      data-reading-order="reading"
    >
      <h2 id="reading-title">Read more</h2>
      <ul className={styles.reading}>
        {articles.map(({ slug, question }) => (
          <li key={slug}>
            <Link href={`/guides/${slug}`}>{articleTitleFromSlug(slug)}</Link>
            <span className={styles.small}>
              {" "}
              explains &ldquo;{questionText(words, question)}&rdquo;
            </span>
          </li>
        ))}
        {[...new Set(gateArticles)].map((slug) => (
          <li key={slug}>
            <Link href={`/guides/${slug}`}>{articleTitleFromSlug(slug)}</Link>
            <span className={styles.small}> explains a point under “Before you commit”</span>
          </li>
        ))}
        <li>
          <Link href="/guides/how-baton-scores">How Baton scores</Link>
          <span className={styles.small}>
            {" "}
            the model, its weights and thresholds, and their limits
          </span>
        </li>
      </ul>
    </section>
  );
}
