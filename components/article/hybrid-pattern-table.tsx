import { CURRENT_WORDS } from "@/lib/scoring";
import styles from "./article.module.css";

/** The hybrid patterns a hybrid verdict draws from. */
export function HybridPatternTable() {
  return (
    <ul className={styles.entries} aria-label="Hybrid patterns">
      {CURRENT_WORDS.hybridPatterns.map((pattern) => (
        <li key={pattern.id} className={styles.entry}>
          <p className={styles.entryTitle}>
            {pattern.title} <code className={styles.optionId}>{pattern.id}</code>
          </p>
          <p>{pattern.description}</p>
          <p className={styles.basis}>Sources: {pattern.sources}</p>
        </li>
      ))}
    </ul>
  );
}
