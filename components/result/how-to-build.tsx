/**
 * "How to build it", straight after the answer for every verdict: for a hybrid, first the mix that
 * fits (the patterns, best first); then the implementation forms the model suggests, best first,
 * each with its why and, folded under it, the tools that serve it; then the notes and any other
 * tools. The first pattern or form carries `data-first-form`: the first screen shows it.
 */
import type { ResolvedResult } from "@/lib/result/load";
import Link from "next/link";
import { firstSentence } from "@/lib/result/answer-first";
import { implementationName, noteTitle } from "@/lib/result/explain";
import { catalogueStamp, hybridPatternIn } from "@/lib/result/wording";
import { quoted } from "@/lib/text/quote";
import { ToolItems } from "./tool-list";
import styles from "./result.module.css";

type Tools = ResolvedResult["result"]["tools"];

/**
 * Tools folded under a disclosure whose summary names them, so the names stay on the page; the
 * label leads the names unless a heading above already says what they are.
 */
function FoldedTools({ tools, label }: { tools: Tools; label?: string }) {
  if (tools.length === 0) return null;
  const names = tools.map((t) => t.name).join(", ");
  return (
    <details className={styles.foldedTools}>
      <summary>{label ? `${label}: ${names}` : names}</summary>
      <ToolItems tools={tools} />
    </details>
  );
}

export function HowToBuild({ result, words }: Pick<ResolvedResult, "result" | "words">) {
  const { implementation, notes, tools, hybridAdvice } = result;
  const patterns = hybridAdvice;
  if (implementation.length === 0 && notes.length === 0 && patterns.length === 0) return null;
  const known = new Set(implementation.map((i) => i.id));
  const unplaced = tools.filter((t) => !t.implementation || !known.has(t.implementation));
  // An organisation's paved-road tools that serve no listed form lead, so they are never buried.
  const paved = unplaced.filter((t) => t.source === "organisation");
  const rest = unplaced.filter((t) => t.source !== "organisation");
  return (
    <section
      aria-labelledby="build-title"
      className={styles.section}
      data-how-to-build=""
      data-reading-order="build"
    >
      <h2 id="build-title">How to build it</h2>
      {patterns.length > 0 ? (
        <>
          {/* A hybrid is decided hand-off by hand-off: the flow map says which is which. */}
          <div className={styles.mixHeading}>
            <h3 id="hybrid-title" className={styles.buildPart}>
              Which mix fits
            </h3>
            <Link href="/map" data-map-offer="">
              Map this flow&apos;s hand-offs
            </Link>
          </div>
          <ol className={styles.patterns}>
            {patterns.map((item, index) => {
              const pattern = hybridPatternIn(words, item.pattern);
              return (
                <li
                  key={item.pattern}
                  className={index === 0 ? styles.pattern : styles.patternMore}
                  data-pattern={item.pattern}
                  data-first-form={index === 0 ? "" : undefined}
                >
                  <h4 className={styles.implementationTitle}>
                    {index === 0 ? "Best fit: " : "Also fits: "}
                    {pattern.title}
                  </h4>
                  {index === 0 ? <p>{firstSentence(item.why)}</p> : null}
                  <details className={styles.foldedTools}>
                    <summary>
                      {index === 0
                        ? "The pattern, why it fits here, and sources"
                        : "Why, and sources"}
                      {index === 0 ? null : (
                        <span className="visually-hidden"> for {quoted(pattern.title)}</span>
                      )}
                    </summary>
                    <p>{pattern.description}</p>
                    <p>
                      <strong>Why here:</strong> {item.why}
                    </p>
                    <p className={styles.small}>Sources: {pattern.sources}</p>
                  </details>
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
      {paved.length > 0 ? (
        <div data-organisation-tools="">
          <h3 className={styles.buildPart}>Your organisation&apos;s choices</h3>
          <ToolItems tools={paved} />
        </div>
      ) : null}
      {implementation.length > 0 ? (
        <>
          {patterns.length > 0 ? <h3 className={styles.buildPart}>Then build it with</h3> : null}
          <ol className={styles.implementations}>
            {implementation.map((form, index) => {
              const served = tools.filter((t) => t.implementation === form.id);
              const Title = patterns.length > 0 ? "h4" : "h3";
              return (
                <li
                  key={form.id}
                  data-implementation={form.id}
                  data-first-form={index === 0 && patterns.length === 0 ? "" : undefined}
                >
                  <Title className={styles.implementationTitle}>
                    {index === 0 ? "Best fit: " : ""}
                    {implementationName(words, form.id)}
                  </Title>
                  <p>{form.why}</p>
                  <FoldedTools tools={served} label="Tools" />
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
      {notes.length > 0 ? (
        <>
          <h3 className={styles.buildPart}>Notes</h3>
          <ul className={styles.notes}>
            {notes.map((note) => (
              <li key={note.id} data-note={note.id}>
                <strong>{noteTitle(words, note.id)}.</strong> {note.why}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {/* The heading labels the folded names (and, on paper, where the summary is hidden, the
          unfolded list), so the summary doesn't repeat it. */}
      {rest.length > 0 ? (
        <>
          <h3 className={styles.buildPart}>Practices and other tools</h3>
          <FoldedTools tools={rest} />
        </>
      ) : null}
      {tools.length > 0 ? (
        <p className={styles.small} data-catalogue-date="">
          {catalogueStamp()}
        </p>
      ) : null}
    </section>
  );
}
