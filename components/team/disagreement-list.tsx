/** The scored questions the team disagrees on, the one that moves the score most first. */
import type { TeamDisagreement, TeamMember } from "@/lib/team";
import { formatPoints } from "@/lib/result/format";
import { optionIn } from "@/lib/result/wording";
import styles from "./team.module.css";

export function DisagreementList({
  disagreements,
  members,
}: {
  disagreements: TeamDisagreement[];
  members: TeamMember[];
}) {
  if (disagreements.length === 0) {
    return <p>Nobody&apos;s answers to a scored question are far apart.</p>;
  }
  return (
    <ol className={styles.disagreements} data-testid="disagreements">
      {disagreements.map((d) => (
        <li key={d.question.id} data-question={d.question.id} data-impact={d.impact}>
          <strong>{d.question.text}</strong>{" "}
          <span className={styles.points}>
            moves the score by up to {formatPoints(d.impact).replace("+", "")} points
          </span>
          <ul className={styles.given}>
            {d.answers.map((answer, i) => {
              const given = optionIn(d.question, answer);
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
