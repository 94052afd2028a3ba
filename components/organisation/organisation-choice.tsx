/** The mark beside a paved-road tool: the organisation chose it, Baton's catalogue did not. */
import styles from "./organisation.module.css";

export function OrganisationChoice({ source }: { source?: "organisation" | "catalogue" }) {
  if (source !== "organisation") return null;
  return (
    <span className={styles.choice} data-source="organisation">
      your organisation&apos;s choice
    </span>
  );
}
