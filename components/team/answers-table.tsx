import { formatPoints } from "@/lib/result/format";
import { optionIn, questionIn } from "@/lib/result/wording";
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

/**
 * "moves the score by up to 1.5 points", "doesn't move the score…" or "context: not scored". A
 * scored question whose options all count alike (side effects, latency, from model 3 the
 * readiness answers) still feeds the forms, gates and tools (lib/scoring/CHANGELOG.md, model 2 and
 * model 3), so the row says what such a difference can change.
 */
function movesBy(row: TeamQuestion): string {
  if (row.question.dimension === "context") return "context: not scored";
  if (row.impact === 0) return "doesn't move the score; can change how to build it";
  return `moves the score by up to ${formatPoints(row.impact).replace("+", "")} point${row.impact === 1 ? "" : "s"}`;
}

/**
 * Every question with each person's answer, and the merged one unless `merged` is false (before
 * and after). Every question answered differently is marked, however small the difference, with
 * how far it can move the score: "disagree" when far apart or pulling opposite ways, "differs"
 * otherwise. They come first. Read as before and after (`merged` false), a difference is one
 * person's change, not a disagreement: it is marked "changed".
 */
export function AnswersTable({
  members,
  questions,
  merged = true,
  model,
}: {
  members: TeamMember[];
  questions: TeamQuestion[];
  merged?: boolean;
  /** The version of the model that asks `questions` and scores the merge (the current one). */
  model: number;
}) {
  const differing = questions.filter((q) => q.differs).length;
  const older = members.filter((m) => m.words.version !== model);
  const far = questions.filter((q) => q.differs && q.disagree).length;
  return (
    <>
      <p className={styles.hint} data-testid="disagreement-summary">
        {differing === 0
          ? "Every question has the same answer."
          : merged
            ? `${differing} of ${questions.length} questions have different answers, ${far} of them far apart (marked “disagree”); they come first, the one that moves the score most first.`
            : `${differing} of ${questions.length} answers changed (marked “changed”); they come first.`}{" "}
        Points: positive pulls toward orchestration, negative toward choreography.
      </p>
      {older.length > 0 ? (
        <p className={styles.hint} data-testid="models-differ">
          Each link&apos;s answers are shown in the words and points of the model that made it (
          {older.map((m) => `${m.name}: model ${m.words.version}`).join(", ")}), as its own page
          shows them. How far a question moves the score{merged ? ", and the merged answers," : ""}{" "}
          are model {model}&apos;s, the current one.
        </p>
      ) : null}
      <p className={styles.scrollCue} aria-hidden="true">
        Scroll the table sideways to see every column →
      </p>
      <div className={styles.scroller} role="region" aria-labelledby="answers-title" tabIndex={0}>
        <table className={styles.table}>
          <caption className="visually-hidden">
            {merged
              ? "Each person's answer and the merged answer, per question"
              : "Each link's answer, per question"}
          </caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              {members.map((member) => (
                <th scope="col" key={member.position}>
                  {member.name}
                </th>
              ))}
              {merged ? <th scope="col">Merged</th> : null}
            </tr>
          </thead>
          <tbody>
            {questions.map((row) => (
              <tr
                key={row.question.id}
                data-question={row.question.id}
                data-differs={row.differs ? "true" : "false"}
                data-disagree={row.disagree ? "true" : "false"}
                data-impact={row.impact}
                className={
                  row.disagree ? styles.disagreeRow : row.differs ? styles.differsRow : undefined
                }
              >
                <th scope="row">
                  {row.question.text}
                  {row.differs ? (
                    <>
                      <br />
                      <span className={row.disagree && merged ? styles.disagree : styles.differs}>
                        {merged ? (row.disagree ? "disagree" : "differs") : "changed"}
                      </span>{" "}
                      <span className={styles.moves}>{movesBy(row)}</span>
                    </>
                  ) : null}
                </th>
                {row.answers.map((answer, i) => (
                  <td key={members[i]!.position}>
                    <Answer
                      question={questionIn(members[i]!.words, row.question.id) ?? row.question}
                      answer={answer}
                    />
                  </td>
                ))}
                {merged ? (
                  <td className={styles.merged}>
                    <Answer question={row.question} answer={row.merged} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
