/** Tool suggestions for the verdict and the team's platform and messaging. */
import type { ResultJson } from "@/lib/result";
import { catalogueStamp } from "@/lib/result/wording";
import { OrganisationChoice } from "@/components/organisation/organisation-choice";
import styles from "./result.module.css";

const KINDS = [
  { kind: "engine", title: "Workflow engines" },
  { kind: "broker", title: "Brokers" },
  { kind: "practice", title: "Practices" },
] as const;

export function ToolList({ tools }: { tools: ResultJson["tools"] }) {
  if (tools.length === 0) return null;
  return (
    <section aria-labelledby="tools-title" className={styles.section} data-reading-order="build">
      <h2 id="tools-title">Tools and practices to look at</h2>
      <div className={styles.toolGroups}>
        {KINDS.map(({ kind, title }) => {
          const list = tools.filter((t) => t.kind === kind);
          if (list.length === 0) return null;
          return (
            <div key={kind}>
              <h3>{title}</h3>
              <ToolItems tools={list} />
            </div>
          );
        })}
      </div>
      <p className={styles.small} data-catalogue-date="">
        {catalogueStamp()}
      </p>
    </section>
  );
}

/** Tools as a list: name linked to its documentation, the organisation's mark, and why it fits. */
export function ToolItems({ tools }: { tools: ResultJson["tools"] }) {
  return (
    <ul className={styles.tools}>
      {tools.map((tool) => (
        <li key={tool.name}>
          <a href={tool.url} rel="noopener noreferrer">
            {tool.name}
          </a>
          <OrganisationChoice source={tool.source} />
          <span className={styles.small}> {tool.why}</span>
        </li>
      ))}
    </ul>
  );
}
