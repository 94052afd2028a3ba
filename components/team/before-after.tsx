/**
 * Two links as a before/after comparison: the verdict and score of each, and every answer that
 * changed with its points, so a team can see what moved the result.
 */
import type { TeamMember, TeamQuestion } from "@/lib/team";
import { verdictLabel } from "@/lib/result/wording";
import { formatPoints } from "@/lib/result/format";
import { optionIn } from "@/lib/result/wording";
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
    m.result.insufficient ? "Too early to say" : verdictLabel(m.result.verdict);
  const changed = questions.filter((q) => q.answers[0] !== q.answers[1]);
  const describe = (q: TeamQuestion, answer: string) => {
    const given = optionIn(q.question, answer);
    if (!given) return "Not sure";
    return q.question.dimension === "context"
      ? given.label
      : `${given.label} (${formatPoints(given.points)})`;
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
            <td className={styles.points}>{formatPoints(before.result.score)}</td>
            <td className={styles.points}>{formatPoints(after.result.score)}</td>
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
