/**
 * "Compare with another result", opened from a result page: that result is one side, and the
 * person pastes the other. The result they came from is read as the after by default (the usual
 * path is: open a colleague's result, edit the answers, compare the new result with the old), and
 * one choice turns it round. A plain GET form, so it works without JavaScript; the page turns
 * `before`, `after` and `this` into the canonical `/team?c=<before>,<after>&n=Before,After`.
 */
import Link from "next/link";
import type { TeamMember } from "@/lib/team";
import { formatPoints } from "@/lib/result/format";
import { verdictLabel } from "@/lib/result/wording";
import styles from "./team.module.css";

export function CompareForm({ member }: { member: TeamMember }) {
  const r = member.result;
  return (
    <section className={styles.section} aria-labelledby="compare-title" id="team-links">
      <h2 id="compare-title">Compare this result with another</h2>
      <p className={styles.card} data-testid="compare-this">
        This result:{" "}
        <Link href={`/r/${member.code}`} prefetch={false}>
          {r.insufficient ? "Too early to say" : verdictLabel(r.verdict)}
        </Link>
        , score {formatPoints(r.score)} (share code <code>{member.code}</code>).
      </p>
      <form method="get" action="/team" className={styles.form}>
        <input type="hidden" name="this-code" value={member.code} />
        <div className={styles.field}>
          <label htmlFor="compare-other">The other result&apos;s link or share code</label>
          <p id="compare-other-hint" className={styles.hint}>
            A full link, a <code>/r/…</code> path or a bare code, for the same flow.
          </p>
          <input
            id="compare-other"
            name="other"
            type="text"
            required
            autoComplete="off"
            spellCheck={false}
            aria-describedby="compare-other-hint"
            className={styles.textInput}
          />
        </div>
        <fieldset className={styles.field}>
          <legend>This result is</legend>
          <label>
            <input type="radio" name="this" value="after" defaultChecked /> the after: the other one
            came first
          </label>
          <label>
            <input type="radio" name="this" value="before" /> the before: the other one is newer
          </label>
        </fieldset>
        <div className={styles.actions}>
          <button type="submit" className="button">
            Compare
          </button>
        </div>
      </form>
    </section>
  );
}
