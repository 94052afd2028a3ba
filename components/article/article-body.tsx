import type { ReactNode } from "react";
import styles from "./article.module.css";

/** The prose column of an article: typography for Markdown, and the Sources section's style. */
export function ArticleBody({ children }: { children: ReactNode }) {
  return <div className={styles.body}>{children}</div>;
}
