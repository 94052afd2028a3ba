import Link from "next/link";
import { formatPoints } from "@/lib/result/format";
import { resultPath } from "@/lib/result/path";
import { verdictLabel } from "@/lib/result/wording";
import type { TeamMember } from "@/lib/team";
import styles from "./team.module.css";

/** Each person's own verdict, linking to their full result. */
export function VerdictsTable({ members }: { members: TeamMember[] }) {
  return (
    <>
      <p className={styles.hint}>Each verdict links to that person&apos;s full result.</p>
      <div className={styles.scroller} role="region" aria-labelledby="verdicts-title" tabIndex={0}>
        <table className={`${styles.table} ${styles.compact}`}>
          <caption className="visually-hidden">Verdict, score and confidence per person</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Verdict</th>
              <th scope="col">Score</th>
              <th scope="col">Confidence</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const r = member.result;
              return (
                <tr key={member.position} data-position={member.position}>
                  <th scope="row">{member.name}</th>
                  <td>
                    <Link
                      href={resultPath(member.code)}
                      className={styles.verdict}
                      data-verdict={r.verdict ?? "too-early"}
                      prefetch={false}
                    >
                      {verdictLabel(r.verdict)}
                    </Link>
                    {r.insufficient ? (
                      <span className={styles.points}> (too little answered)</span>
                    ) : null}
                  </td>
                  <td className={styles.points}>{formatPoints(r.score)}</td>
                  <td>{r.confidenceLevel}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
