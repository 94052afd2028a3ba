/**
 * The top of the team view: each person's verdict side by side, each with why in the answers that
 * pulled hardest (or the rule that made it), and whether they agree. When verdicts differ, it says
 * so before anything is merged.
 */
import Link from "next/link";
import { distinctVerdicts, type TeamMember } from "@/lib/team";
import { shortWhy } from "@/lib/result/answer-first";
import { verdictLabel } from "@/lib/result/wording";
import { formatPoints } from "@/lib/result/format";
import styles from "./team.module.css";

export function TeamStance({ members, agree }: { members: TeamMember[]; agree: boolean }) {
  const first = members[0]!.result;
  const verdicts = distinctVerdicts(members.map((m) => m.result));
  return (
    <>
      <p className={styles.stanceSummary} data-testid="team-stance" data-agree={agree}>
        {agree
          ? members.length === 1
            ? "One person so far: add a colleague's link below to compare."
            : first.insufficient
              ? `All ${members.length} of you have answered too little for a verdict.`
              : `All ${members.length} of you reach the same verdict: ${verdictLabel(first.verdict).toLowerCase()}.`
          : `You reach ${verdicts} different verdicts. Settle the questions below before relying on any merged answer.`}
      </p>
      <ul className={styles.stance} aria-label="Each person's verdict">
        {members.map((member) => {
          const r = member.result;
          return (
            <li key={member.position} className={styles.stanceCard} data-position={member.position}>
              <span className={styles.stanceName}>{member.name}</span>
              <Link
                href={`/r/${member.code}`}
                className={styles.verdict}
                data-verdict={r.insufficient ? "insufficient" : r.verdict}
                prefetch={false}
              >
                {r.insufficient ? "Too early to say" : verdictLabel(r.verdict)}
              </Link>
              <span className={styles.points}>
                score {formatPoints(r.score)}
                {r.insufficient ? "" : `, ${r.confidenceLevel} confidence`}
              </span>
              {r.insufficient ? null : (
                <span className={styles.stanceReason} data-verdict-reason="">
                  {shortWhy(member.words, r)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
