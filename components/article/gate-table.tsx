import { GATES } from "@/lib/scoring";
import styles from "./article.module.css";

/** The model's gates: warnings that never move the score. */
export function GateTable() {
  return (
    <ul className={styles.entries} aria-label="Gates">
      {GATES.map((gate) => (
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
            Basis: {gate.basis}. <a href={`/guides/${gate.article}`}>Read more</a>
            <span className="visually-hidden"> about {gate.title.toLowerCase()}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
