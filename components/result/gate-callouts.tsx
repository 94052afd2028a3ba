/** Gates: warnings that don't move the score, each with what to do about it. */
import Link from "next/link";
import type { ResolvedResult } from "@/lib/result/load";
import { articleTitleFromSlug, gateIn } from "@/lib/result/wording";
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
      {gates.map((gate) => {
        const definition = gateIn(words, gate.id);
        return (
          <div
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
            <p>{definition.advice}</p>
            <p className={styles.small}>
              Basis: {definition.basis}.{" "}
              <Link href={`/guides/${definition.article}`}>
                Read: {articleTitleFromSlug(definition.article)}
              </Link>
            </p>
          </div>
        );
      })}
    </section>
  );
}
