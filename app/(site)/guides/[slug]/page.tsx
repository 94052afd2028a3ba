import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ComponentType } from "react";
import { ArticleBody } from "@/components/article";
import { ARTICLE_GROUPS, articleBySlug, allArticles, neighboursOf } from "@/lib/content";
import { CURRENT_WORDS, questionIn } from "@/lib/scoring";
import { PrevNext } from "../_components/prev-next";
import { TableOfContents } from "../_components/table-of-contents";
import styles from "../guides.module.css";

type Params = { params: Promise<{ slug: string }> };

// Only the articles in content/ exist; loading the index also validates every article, so a bad
// article fails the build here as well as in scripts/check-content.ts.
export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return allArticles().map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = articleBySlug((await params).slug);
  if (!article) return {};
  const url = `/guides/${article.slug}`;
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      title: `${article.title} · Baton`,
      description: article.description,
      url,
      modifiedTime: article.updated,
    },
  };
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export default async function ArticlePage({ params }: Params) {
  const article = articleBySlug((await params).slug);
  if (!article) notFound();
  // The slug is one of the validated file names, so this import only ever loads content/*.mdx.
  const { default: Content } = (await import(`@/content/${article.slug}.mdx`)) as {
    default: ComponentType;
  };
  const group = ARTICLE_GROUPS.find((g) => g.id === article.dimension)!;
  const questions = article.questions.map((id) => questionIn(CURRENT_WORDS, id)!);
  return (
    <article className={styles.article}>
      <nav aria-label="Breadcrumb" className={styles.crumbs}>
        <ol>
          <li>
            <Link href="/guides">Guides</Link>
          </li>
          <li>
            <Link href={`/guides#${group.id}`}>{group.title}</Link>
          </li>
        </ol>
      </nav>
      <header className={styles.articleHeader}>
        <h1>{article.title}</h1>
        <p className={styles.lede}>{article.description}</p>
        <p className={styles.meta}>
          Updated{" "}
          <time dateTime={article.updated}>
            {dateFormat.format(new Date(`${article.updated}T00:00:00Z`))}
          </time>{" "}
          · {article.readingMinutes} min read
        </p>
      </header>
      <div className={styles.layout}>
        <TableOfContents headings={article.headings} className={styles.toc} />
        <div className={styles.main}>
          {questions.length > 0 && (
            <div className={styles.explains}>
              <p className={styles.explainsLabel}>
                Explains {questions.length === 1 ? "this question" : "these questions"} of the
                questionnaire:
              </p>
              <ul>
                {questions.map((q) => (
                  <li key={q.id}>
                    <Link href="/advisor">{q.text}</Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ArticleBody>
            <Content />
          </ArticleBody>
          <PrevNext {...neighboursOf(article.slug)} />
        </div>
      </div>
    </article>
  );
}
