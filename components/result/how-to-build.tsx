/**
 * "How to build it": the implementation forms the model suggests, best first, each with its why;
 * the notes that qualify the verdict; then the tools and practices, each under the form it serves.
 * It comes before any tool list, so a reader meets the shape of the solution before product names.
 */
import type { ResolvedResult } from "@/lib/result/load";
import { implementationName, noteTitle } from "@/lib/result/explain";
import { ToolItems } from "./tool-list";
import styles from "./result.module.css";

export function HowToBuild({ result, words }: Pick<ResolvedResult, "result" | "words">) {
  const { implementation, notes, tools } = result;
  if (implementation.length === 0 && notes.length === 0) return null;
  const known = new Set(implementation.map((i) => i.id));
  const unplaced = tools.filter((t) => !t.implementation || !known.has(t.implementation));
  // An organisation's paved-road tools that serve no listed form lead, so they are never buried.
  const paved = unplaced.filter((t) => t.source === "organisation");
  const rest = unplaced.filter((t) => t.source !== "organisation");
  return (
    <section aria-labelledby="build-title" className={styles.section} data-how-to-build="">
      <h2 id="build-title">How to build it</h2>
      {paved.length > 0 ? (
        <div data-organisation-tools="">
          <h3>Your organisation&apos;s choices</h3>
          <ToolItems tools={paved} />
        </div>
      ) : null}
      {implementation.length > 0 ? (
        <ol className={styles.implementations}>
          {implementation.map((form, index) => {
            const served = tools.filter((t) => t.implementation === form.id);
            return (
              <li key={form.id} data-implementation={form.id}>
                <h3 className={styles.implementationTitle}>
                  {index === 0 ? "Best fit: " : ""}
                  {implementationName(words, form.id)}
                </h3>
                <p>{form.why}</p>
                {served.length > 0 ? <ToolItems tools={served} /> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {notes.length > 0 ? (
        <>
          <h3>Notes</h3>
          <ul className={styles.notes}>
            {notes.map((note) => (
              <li key={note.id} data-note={note.id}>
                <strong>{noteTitle(words, note.id)}.</strong> {note.why}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {rest.length > 0 ? (
        <>
          <h3>Practices and other tools</h3>
          <ToolItems tools={rest} />
        </>
      ) : null}
    </section>
  );
}
