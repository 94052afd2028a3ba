/**
 * "What would change this": the margin and how many single changes would flip the verdict, in one
 * paragraph; then the flips grouped per question, the question with the smallest change first,
 * each as a sentence that gives the new score and the new verdict (and the rule, when a rule
 * rather than the new score's band would give it).
 */
import type { ResolvedResult } from "@/lib/result/load";
import { flipGroups, flipOutcome, flipRuleOf, flipScore } from "@/lib/result/explain";
import { marginSentence } from "@/lib/result/wording";
import { formatPoints } from "@/lib/result/format";
import styles from "./result.module.css";

/** Questions shown before "N more questions": the smallest changes, which matter most. */
const GROUPS_SHOWN = 2;

export function WhatWouldChange({ result, words }: Pick<ResolvedResult, "result" | "words">) {
  const groups = flipGroups(words, result.flips);
  const first = groups.slice(0, GROUPS_SHOWN);
  const rest = groups.slice(GROUPS_SHOWN);
  const list = (shown: typeof groups) => (
    <ul className={styles.flipGroups}>
      {shown.map((group) => (
        <li key={group.question} data-flip-question={group.question}>
          <span className={styles.flipQuestion}>
            {group.text} <span className="muted">Now: {group.current}.</span>
          </span>
          <ul className={styles.flips}>
            {group.flips.map((flip) => (
              <li
                key={flip.to}
                data-flip-score={formatPoints(flipScore(flip, result.score))}
                data-flip-verdict={flip.verdict}
                data-flip-rule={flipRuleOf(result, flip)?.id}
              >
                {flipOutcome(words, flip, result.score, flipRuleOf(result, flip))}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="flips-title" className={styles.section} data-reading-order="change">
      <h2 id="flips-title">What would change this</h2>
      {/* The margin and the count in one paragraph: two short sentences, one step of rhythm. */}
      {result.flips.length === 0 ? (
        <p>
          {marginSentence(result)} No single changed answer would change this verdict; it would take
          several answers moving the same way.
        </p>
      ) : (
        <>
          <p>
            {marginSentence(result)}{" "}
            {result.flips.length === 1
              ? "One changed answer would change the verdict:"
              : `${result.flips.length} single changed answers, to ${groups.length === 1 ? "one question" : `${groups.length} questions`}, would change the verdict. The question needing the smallest change comes first:`}
          </p>
          {list(first)}
          {rest.length > 0 ? (
            <details className={styles.moreFlips}>
              <summary>
                {rest.length === 1 ? "One more question" : `${rest.length} more questions`}
              </summary>
              {list(rest)}
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
