import { formatPoints } from "@/lib/result/format";
import { optionIn } from "@/lib/result/wording";
import type { TeamMember, TeamQuestion } from "@/lib/team";
import styles from "./team.module.css";

function Answer({ question, answer }: { question: TeamQuestion["question"]; answer: string }) {
  const given = optionIn(question, answer);
  if (!given) return <span className={styles.unsure}>Not sure</span>;
  return (
    <>
      {given.label}
      {question.dimension !== "context" ? (
        <span className={styles.points}> ({formatPoints(given.points)})</span>
      ) : null}
    </>
  );
}

/** Every question with each person's answer and the merged one; disagreements come first. */
export function AnswersTable({
  members,
  questions,
}: {
  members: TeamMember[];
  questions: TeamQuestion[];
}) {
  const disagreements = questions.filter((q) => q.disagree).length;
  return (
    <>
      <p className={styles.hint} data-testid="disagreement-summary">
        {disagreements === 0
          ? "The team agrees on every question."
          : `The team disagrees on ${disagreements} of ${questions.length} questions; they come first.`}{" "}
        Points: positive pulls toward orchestration, negative toward choreography.
      </p>
      <div className={styles.scroller} role="region" aria-labelledby="answers-title" tabIndex={0}>
        <table className={styles.table}>
          <caption className="visually-hidden">
            Each person&apos;s answer and the merged answer, per question
          </caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              {members.map((member) => (
                <th scope="col" key={member.position}>
                  {member.name}
                </th>
              ))}
              <th scope="col">Merged</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((row) => (
              <tr
                key={row.question.id}
                data-question={row.question.id}
                data-disagree={row.disagree ? "true" : "false"}
                className={row.disagree ? styles.disagreeRow : undefined}
              >
                <th scope="row">
                  {row.question.text}
                  {row.disagree ? (
                    <>
                      <br />
                      <span className={styles.disagree}>disagree</span>
                    </>
                  ) : null}
                </th>
                {row.answers.map((answer, i) => (
                  <td key={members[i]!.position}>
                    <Answer question={row.question} answer={answer} />
                  </td>
                ))}
                <td className={styles.merged}>
                  <Answer question={row.question} answer={row.merged} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
