/** The organisation's internal links for this result, shown beside Baton's public articles. */
import type { ResultJson } from "@/lib/result";
import { guidanceFor } from "@/lib/organisation/result";
import { organisationConfig } from "@/lib/organisation/server";
import styles from "./organisation.module.css";

export function OrganisationGuidance({ result }: { result: ResultJson }) {
  const items = guidanceFor(result, organisationConfig);
  if (!organisationConfig || items.length === 0) return null;
  return (
    <section
      aria-labelledby="guidance-title"
      className={`${styles.section} no-print`}
      data-organisation-guidance
    >
      <h2 id="guidance-title">{organisationConfig.organisation.name} guidance</h2>
      <ul className={styles.guidance}>
        {items.map((item) => (
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
