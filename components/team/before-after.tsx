/**
 * Two links as a before/after comparison: the verdict and score of each, and every answer that
 * changed with its points, so a team can see what moved the result.
 */
import type { TeamMember, TeamQuestion } from "@/lib/team";
import { VERDICT_LABEL, answerOf, signed } from "./format";
import styles from "./team.module.css";

function label(kind: "Before" | "After", name: string): string {
  return name.toLowerCase() === kind.toLowerCase() ? kind : `${kind}: ${name}`;
}

export function BeforeAfter({
  before,
  after,
  questions,
}: {
  before: TeamMember;
  after: TeamMember;
  questions: TeamQuestion[];
}) {
  const verdict = (m: TeamMember) =>
    m.recommendation.insufficient ? "Too early to say" : VERDICT_LABEL[m.recommendation.verdict];
  const changed = questions.filter((q) => q.answers[0] !== q.answers[1]);
  const describe = (q: TeamQuestion, answer: string) => {
    const given = answerOf(q.question, answer);
    if (!given) return "Not sure";
    return q.question.dimension === "context"
      ? given.label
      : `${given.label} (${signed(given.points)})`;
  };
  return (
    <div
      className={styles.scroller}
      role="region"
      aria-labelledby="before-after-title"
      tabIndex={0}
    >
      <table className={`${styles.table} ${styles.compact}`} data-testid="before-after">
        <caption className="visually-hidden">
          The verdict, score and changed answers before and after
        </caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">{label("Before", before.name)}</th>
            <th scope="col">{label("After", after.name)}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Verdict</th>
            <td>{verdict(before)}</td>
            <td>{verdict(after)}</td>
          </tr>
          <tr>
            <th scope="row">Score</th>
            <td className={styles.points}>{signed(before.recommendation.score)}</td>
            <td className={styles.points}>{signed(after.recommendation.score)}</td>
          </tr>
          {changed.map((q) => (
            <tr key={q.question.id} data-question={q.question.id}>
              <th scope="row">{q.question.text}</th>
              <td>{describe(q, q.answers[0]!)}</td>
              <td>{describe(q, q.answers[1]!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
