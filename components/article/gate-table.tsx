import { articleBySlug } from "@/lib/content";
import { CURRENT_WORDS } from "@/lib/scoring";
import styles from "./article.module.css";

/** The model's gates: warnings that never move the score. */
export function GateTable() {
  return (
    <ul className={styles.entries} aria-label="Gates">
      {CURRENT_WORDS.gates.map((gate) => (
        <li key={gate.id} className={styles.entry}>
          <p className={styles.entryTitle}>
            <span className={styles.badge} data-severity={gate.severity}>
              {gate.severity === "warning" ? "Warning" : "Info"}
            </span>{" "}
            {gate.title} <code className={styles.optionId}>{gate.id}</code>
          </p>
          <p>
            <strong>When:</strong> {gate.when}.
          </p>
          <p>{gate.advice}</p>
          <p className={styles.basis}>
            Basis: {gate.basis}. Guide:{" "}
            <a href={`/guides/${gate.article}`}>
              {articleBySlug(gate.article)?.title ?? gate.article}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
