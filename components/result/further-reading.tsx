/** Links to the articles behind the answers that mattered most. */
import { Fragment } from "react";
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
  const gateSlugs = [
    ...new Set(
      result.gates
        .map((g) => gateIn(words, g.id).article)
        .filter((slug) => !articles.some((a) => a.slug === slug)),
    ),
  ];
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
        {/* The guides behind the gates share one line: "A, B and C explain the points under …". */}
        {gateSlugs.length > 0 ? (
          <li data-gate-reading="">
            {new Intl.ListFormat("en-GB", { type: "conjunction" })
              .formatToParts(gateSlugs)
              .map((part, index) =>
                part.type === "element" ? (
                  <Link key={part.value} href={`/guides/${part.value}`}>
                    {articleTitleFromSlug(part.value)}
                  </Link>
                ) : (
                  <Fragment key={index}>{part.value}</Fragment>
                ),
              )}
            <span className={styles.small}>
              {gateSlugs.length === 1
                ? " explains a point under “Before you commit”"
                : " explain the points under “Before you commit”"}
            </span>
          </li>
        ) : null}
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
