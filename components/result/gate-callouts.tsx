/**
 * Gates: warnings that don't move the score, each with what to do about it. Compact, so the page
 * stays short with three of them: each shows its title and the first sentence of its advice, and
 * folds the rest of the advice, its basis and its guide under a disclosure that a keyboard opens
 * and print unfolds. The title, the whole advice and the basis are in the ADR as well.
 */
import Link from "next/link";
import type { ResolvedResult } from "@/lib/result/load";
import { splitFirstSentence } from "@/lib/result/answer-first";
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
          const advice = splitFirstSentence(definition.advice);
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
              <p className={styles.gateLead}>{advice.first}</p>
              <details className={styles.gateMore}>
                <summary>
                  {advice.rest ? "More, and the basis" : "The basis"}
                  {/* Every gate has this summary: its title tells a screen reader which one. */}
                  <span className="visually-hidden"> of {quoted(definition.title)}</span>
                </summary>
                {advice.rest ? <p>{advice.rest}</p> : null}
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
