/** Shown instead of advice when too little is answered to recommend anything. */
import Link from "next/link";
import type { ResolvedResult } from "@/lib/result/load";
import { questionIn } from "@/lib/result/wording";
import styles from "./result.module.css";

export function TooEarly({
  result,
  words,
  editHref,
}: Pick<ResolvedResult, "result" | "words"> & { editHref: string }) {
  const answered = result.contributions.filter((c) => c.answer !== "unsure").length;
  return (
    <section aria-labelledby="too-early-title" className={styles.section}>
      <h2 id="too-early-title">Answer a few more questions first</h2>
      <p data-verdict-reason="">{result.verdictReason}</p>
      <p>
        {answered} of {result.contributions.length} scored questions are answered. Any style Baton
        named now would be a guess, so it doesn&apos;t name one. Answer these first; they could move
        the score most:
      </p>
      <ol className={styles.askList}>
        {result.ask.map((id) => {
          const question = questionIn(words, id);
          return (
            <li key={id}>
              <strong>{question?.text ?? id}</strong>
              {question?.help ? <span className="muted"> {question.help}</span> : null}
            </li>
          );
        })}
      </ol>
      <p>
        <Link className="button" href={editHref}>
          Answer them
        </Link>
      </p>
    </section>
  );
}
