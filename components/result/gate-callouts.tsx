/**
 * Gates: warnings that don't move the score, each with what to do about it. Compact, so the page
 * stays short with three of them: each shows its title and its whole advice, and folds its basis
 * and its guide under a disclosure that a keyboard opens and print unfolds. The title, the advice
 * and the basis are in the ADR as well.
 */
import Link from "next/link";
import type { ResolvedResult } from "@/lib/result/load";
import { articleTitleFromSlug, gateIn } from "@/lib/result/wording";
import { quoted } from "@/lib/text/quote";
import styles from "./result.module.css";

export function GateCallouts({
  gates,
  words,
}: {
  gates: ResolvedResult["result"]["gates"];
  words: ResolvedResult["words"];
}) {
  if (gates.length === 0) return null;
  return (
    <section aria-labelledby="gates-title" className={styles.section} data-reading-order="gates">
      <h2 id="gates-title">Before you commit</h2>
      <ul className={styles.gates}>
        {gates.map((gate) => {
          const definition = gateIn(words, gate.id);
          return (
            <li
              key={gate.id}
              className={`callout ${styles.gate}`}
              data-kind={gate.severity === "warning" ? "warning" : "info"}
              data-gate={gate.id}
            >
              <p className="callout-title">
                <span className="visually-hidden">
                  {gate.severity === "warning" ? "Warning: " : "Note: "}
                </span>
                {definition.title}
              </p>
              {/* The whole advice stays in view: a gate's first sentence can be the concession
                  ("a persisted status column … is fine") and its second the warning (UX review 4,
                  #3). Only the basis and the guide fold. */}
              <p className={styles.gateLead}>{definition.advice}</p>
              <details className={styles.gateMore}>
                <summary>
                  The basis
                  {/* Every gate has this summary: its title tells a screen reader which one. */}
                  <span className="visually-hidden"> of {quoted(definition.title)}</span>
                </summary>
                <p className={styles.small}>
                  Basis: {definition.basis}.{" "}
                  <Link href={`/guides/${definition.article}`}>
                    Read: {articleTitleFromSlug(definition.article)}
                  </Link>
                </p>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
