import { MAX_TEAM_LINKS, NAME_MAX_LENGTH } from "@/lib/team";
import styles from "./team.module.css";

/**
 * Paste links and names; a plain GET form, so it works without JavaScript. The page turns
 * `links` and `names` into the canonical `/team?c=…&n=…` address.
 */
export function TeamForm({ links, names }: { links: string; names: string }) {
  return (
    <form method="get" action="/team" className={styles.form}>
      <div className={styles.field}>
        <label htmlFor="team-links">Result links or share codes</label>
        <p id="team-links-hint" className={styles.hint}>
          One per line or separated by commas: full links, <code>/r/…</code> paths and bare codes
          all work. At most {MAX_TEAM_LINKS}.
        </p>
        <textarea
          id="team-links"
          name="links"
          rows={6}
          defaultValue={links}
          aria-describedby="team-links-hint"
          autoComplete="off"
          spellCheck={false}
          required
        />
      </div>
      <div className={styles.field}>
        <label htmlFor="team-names">Names (optional)</label>
        <p id="team-names-hint" className={styles.hint}>
          In the same order as the links, one per line or separated by commas, up to{" "}
          {NAME_MAX_LENGTH} characters each.
        </p>
        <textarea
          id="team-names"
          name="names"
          rows={3}
          defaultValue={names}
          aria-describedby="team-names-hint"
          autoComplete="off"
        />
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button">
          Compare
        </button>
      </div>
    </form>
  );
}
