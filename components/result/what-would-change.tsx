/** "What would change this": the flips as plain sentences, and the margin. */
import type { ResultJson } from "@/lib/result";
import { flipSentence, marginSentence } from "@/lib/result/wording";
import styles from "./result.module.css";

const SHOWN = 6;

export function WhatWouldChange({ result }: { result: ResultJson }) {
  const first = result.flips.slice(0, SHOWN);
  const rest = result.flips.slice(SHOWN);
  return (
    <section aria-labelledby="flips-title" className={styles.section}>
      <h2 id="flips-title">What would change this</h2>
      <p>{marginSentence(result)}</p>
      {result.flips.length === 0 ? (
        <p>
          No single changed answer would change this verdict; it would take several answers moving
          the same way.
        </p>
      ) : (
        <>
          <p>
            {result.flips.length === 1
              ? "One changed answer would change the verdict:"
              : `${result.flips.length} single changed answers would change the verdict, smallest change first:`}
          </p>
          <ul className={styles.flips}>
            {first.map((flip) => (
              <li key={`${flip.question}:${flip.to}`}>{flipSentence(flip)}</li>
            ))}
          </ul>
          {rest.length > 0 ? (
            <details>
              <summary>{rest.length} more</summary>
              <ul className={styles.flips}>
                {rest.map((flip) => (
                  <li key={`${flip.question}:${flip.to}`}>{flipSentence(flip)}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
