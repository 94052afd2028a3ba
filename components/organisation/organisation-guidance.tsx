/** The organisation's internal links for this result, shown beside Baton's public articles. */
import type { ResolvedResult } from "@/lib/result/load";
import styles from "./organisation.module.css";

export function OrganisationGuidance({
  guidance,
  organisation,
}: Pick<ResolvedResult, "guidance" | "organisation">) {
  if (!organisation || guidance.length === 0) return null;
  return (
    <section
      aria-labelledby="guidance-title"
      className={`${styles.section} no-print`}
      data-organisation-guidance
    >
      <h2 id="guidance-title">{organisation.organisation.name} guidance</h2>
      <ul className={styles.guidance}>
        {guidance.map((item) => (
          <li key={item.url}>
            <a href={item.url} rel="noopener noreferrer">
              {item.title}
            </a>
            <span className={styles.small}> for the {item.about}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
