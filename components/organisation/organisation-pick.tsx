/** The embed card's one line on tools: the organisation's paved-road picks for this result. */
import type { ResultJson } from "@/lib/result";
import styles from "./organisation.module.css";

export function OrganisationPick({ tools }: { tools: ResultJson["tools"] }) {
  const picks = tools.filter((t) => t.source === "organisation");
  if (picks.length === 0) return null;
  return (
    <p data-organisation-pick>
      <span className={`${styles.choice} ${styles.leading}`}>your organisation&apos;s choice</span>{" "}
      {picks.map((tool, i) => (
        <span key={tool.name}>
          {i > 0 ? ", " : null}
          <a href={tool.url} target="_blank" rel="noopener noreferrer">
            {tool.name}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </span>
      ))}
    </p>
  );
}
