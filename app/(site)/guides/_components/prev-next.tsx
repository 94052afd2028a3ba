import Link from "next/link";
import type { Article } from "@/lib/content";
import styles from "../guides.module.css";

/** Links to the guides before and after this one, in index order. */
export function PrevNext({ previous, next }: { previous?: Article; next?: Article }) {
  return (
    <nav aria-label="Previous and next guides" className={styles.pager}>
      {previous ? (
        <Link href={`/guides/${previous.slug}`} rel="prev" className={styles.pagerLink}>
          <span className={styles.pagerDirection}>Previous</span>
          <span>{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={`/guides/${next.slug}`}
          rel="next"
          className={`${styles.pagerLink} ${styles.pagerNext}`}
        >
          <span className={styles.pagerDirection}>Next</span>
          <span>{next.title}</span>
        </Link>
      ) : (
        <Link href="/guides" className={`${styles.pagerLink} ${styles.pagerNext}`}>
          <span className={styles.pagerDirection}>All guides</span>
          <span>Back to the index</span>
        </Link>
      )}
    </nav>
  );
}
