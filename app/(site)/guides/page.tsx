import Link from "next/link";
import type { Metadata } from "next";
import { articleGroups } from "@/lib/content";
import styles from "./guides.module.css";

const DESCRIPTION =
  "Every tradeoff behind Baton's questions on orchestration and choreography, explained for senior engineers, with sources.";

export const metadata: Metadata = {
  title: "Guides",
  description: DESCRIPTION,
  alternates: { canonical: "/guides" },
  openGraph: { title: "Guides · Baton", description: DESCRIPTION, url: "/guides", type: "website" },
};

export default function GuidesIndexPage() {
  const groups = articleGroups();
  return (
    <>
      <header className={styles.indexHeader}>
        <h1>Guides</h1>
        <p className={styles.lede}>
          Most guides explain one tradeoff between orchestration and choreography, what the sources
          say about it and where they disagree, and how it moves Baton&apos;s score; the others
          cover the runtimes, the vocabulary and how Baton does on published cases. The questions in
          the <Link href="/advisor">questionnaire</Link> link here.
        </p>
        <nav aria-label="Guide groups" className={styles.jump}>
          <ul>
            {groups.map(({ group }) => (
              <li key={group.id}>
                <a href={`#${group.id}`}>{group.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {groups.map(({ group, articles }) => (
        <section key={group.id} aria-labelledby={group.id} className={styles.group}>
          <h2 id={group.id}>{group.title}</h2>
          <p className={styles.groupDescription}>{group.description}</p>
          <ul className={styles.cards}>
            {articles.map((article) => (
              <li key={article.slug} className={styles.card}>
                <h3>
                  <Link href={`/guides/${article.slug}`}>{article.title}</Link>
                </h3>
                <p>{article.description}</p>
                <p className={styles.cardMeta}>
                  {article.readingMinutes} min read
                  {article.questions.length > 0 &&
                    ` · explains ${article.questions.length} question${article.questions.length === 1 ? "" : "s"}`}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
