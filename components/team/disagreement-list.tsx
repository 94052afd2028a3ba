/**
 * The scored questions the team answers differently that move the score, however little, the one
 * that moves it most first. Far-apart ones are marked "disagree".
 */
import type { TeamDisagreement, TeamMember } from "@/lib/team";
import { formatPoints } from "@/lib/result/format";
import { optionIn, questionIn } from "@/lib/result/wording";
import styles from "./team.module.css";

export function DisagreementList({
  disagreements,
  members,
}: {
  disagreements: TeamDisagreement[];
  members: TeamMember[];
}) {
  if (disagreements.length === 0) {
    return <p>No difference in the answers moves the score.</p>;
  }
  return (
    <ol className={styles.disagreements} data-testid="disagreements">
      {disagreements.map((d) => (
        <li key={d.question.id} data-question={d.question.id} data-impact={d.impact}>
          <strong>{d.question.text}</strong>{" "}
          {d.far ? <span className={styles.disagree}>disagree</span> : null}{" "}
          <span className={styles.points}>
            moves the score by up to {formatPoints(d.impact).replace("+", "")} point
            {d.impact === 1 ? "" : "s"}
          </span>
          <ul className={styles.given}>
            {d.answers.map((answer, i) => {
              // In the words and points of the model that made this person's link.
              const given = optionIn(
                questionIn(members[i]!.words, d.question.id) ?? d.question,
                answer,
              );
              return (
                <li key={members[i]!.position}>
                  {members[i]!.name}:{" "}
                  {given ? (
                    <>
                      {given.label}{" "}
                      <span className={styles.points}>({formatPoints(given.points)})</span>
                    </>
                  ) : (
                    <span className={styles.unsure}>Not sure</span>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
