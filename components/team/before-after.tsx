/**
 * Two links as a before/after comparison: the verdict and score of each, what each says to build
 * (the best-fitting mix for a hybrid, the implementation forms, the gates before committing), and
 * every answer that changed with its points and how far the change moved the score, so a team can
 * see what moved the result, including a change that leaves the verdict and score alone but
 * changes what to build (a readiness answer: UX review 4, #2). No merged answer: before and after
 * are one flow at two moments, not two opinions.
 */
import { answerMoveBetween, type TeamMember, type TeamQuestion } from "@/lib/team";
import { formatPoints } from "@/lib/result/format";
import { implementationName } from "@/lib/result/explain";
import { gateIn, hybridPatternIn, optionIn, questionIn, verdictLabel } from "@/lib/result/wording";
import styles from "./team.module.css";

function label(kind: "Before" | "After", name: string): string {
  return name.toLowerCase() === kind.toLowerCase() ? kind : `${kind}: ${name}`;
}

/**
 * What one changed answer did to the score, each side as its own model scored it
 * (lib/team's answerMoveBetween): "not scored" for a context question, "—" when the two links
 * come from different models.
 */
function scoreMove(before: TeamMember, after: TeamMember, q: TeamQuestion): string {
  if (before.result.model !== after.result.model) return "—";
  const move = answerMoveBetween(before.result, after.result, q.question.id);
  if (move === undefined) return "not scored";
  return move === 0 ? "0" : formatPoints(move);
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
  // Each side in its own model's words and points: a model-1 link reads as its own page does.
  const describe = (member: TeamMember, q: TeamQuestion, answer: string) => {
    const question = questionIn(member.words, q.question.id);
    const given = question && optionIn(question, answer);
    if (!question || !given) return "Not sure";
    return question.dimension === "context"
      ? given.label
      : `${given.label} (${formatPoints(given.points)})`;
  };
  // What each side says to build, in its own model's words; "—" where a side says nothing.
  const build = (member: TeamMember) => {
    const r = member.result;
    if (r.insufficient) return { mix: "—", forms: "—", gates: "—" };
    const mix = r.hybridAdvice[0]
      ? hybridPatternIn(member.words, r.hybridAdvice[0].pattern).title
      : "—";
    const forms = r.implementation.map((f) => implementationName(member.words, f.id)).join("; ");
    const gates = r.gates.map((g) => gateIn(member.words, g.id).title).join("; ");
    return { mix, forms: forms || "—", gates: gates || "none" };
  };
  const built = [build(before), build(after)] as const;
  const buildRows = [
    { key: "mix", title: "Which mix fits", testId: "build-mix" },
    { key: "forms", title: "How to build it", testId: "build-forms" },
    { key: "gates", title: "Before you commit", testId: "build-gates" },
  ] as const;
  const sameModel = before.result.model === after.result.model;
  const scoreChange = after.result.score - before.result.score;
  return (
    <div
      className={styles.scroller}
      role="region"
      aria-labelledby="before-after-title"
      tabIndex={0}
    >
      <table className={`${styles.table} ${styles.compact}`} data-testid="before-after">
        <caption className="visually-hidden">
          The verdict, score and changed answers before and after, and what each change did to the
          score
        </caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">{label("Before", before.name)}</th>
            <th scope="col">{label("After", after.name)}</th>
            <th scope="col">What changed</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Verdict</th>
            <td>{verdict(before)}</td>
            <td>{verdict(after)}</td>
            <td>{verdict(before) === verdict(after) ? "same verdict" : "verdict changed"}</td>
          </tr>
          {sameModel ? null : (
            <tr data-testid="models-differ">
              <th scope="row">Model</th>
              <td>model {before.result.model}</td>
              <td>model {after.result.model}</td>
              <td>
                different models: each side keeps its own words and points, so the moves per answer
                are not on one scale
              </td>
            </tr>
          )}
          <tr>
            <th scope="row">Score</th>
            <td className={styles.points}>{formatPoints(before.result.score)}</td>
            <td className={styles.points}>{formatPoints(after.result.score)}</td>
            <td className={styles.points}>{scoreChange === 0 ? "0" : formatPoints(scoreChange)}</td>
          </tr>
          {buildRows
            .filter((row) => row.key !== "mix" || built.some((b) => b.mix !== "—"))
            .map((row) => (
              <tr key={row.key} data-testid={row.testId}>
                <th scope="row">{row.title}</th>
                <td>{built[0][row.key]}</td>
                <td>{built[1][row.key]}</td>
                <td>{built[0][row.key] === built[1][row.key] ? "same" : "changed"}</td>
              </tr>
            ))}
          {changed.map((q) => (
            <tr key={q.question.id} data-question={q.question.id}>
              <th scope="row">{q.question.text}</th>
              <td>{describe(before, q, q.answers[0]!)}</td>
              <td>{describe(after, q, q.answers[1]!)}</td>
              <td className={styles.points} data-score-move="">
                {scoreMove(before, after, q)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
