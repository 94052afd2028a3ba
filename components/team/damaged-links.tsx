import type { DamagedLink } from "@/lib/team";
import styles from "./team.module.css";

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/** The links that could not be read, each by its position in the list, so the rest still count. */
export function DamagedLinks({ damaged, ignored }: { damaged: DamagedLink[]; ignored: number }) {
  if (damaged.length === 0 && ignored === 0) return null;
  return (
    <div className="callout" data-kind="warning" role="status">
      {damaged.length > 0 ? (
        <>
          <p className="callout-title">
            {damaged.length === 1
              ? "One link could not be read; the others are compared without it."
              : `${damaged.length} links could not be read; the others are compared without them.`}
          </p>
          <ul className={styles.damaged}>
            {damaged.map((link) => (
              <li key={link.position} data-position={link.position}>
                <strong>
                  Link {link.position} ({link.name}):
                </strong>{" "}
                <code className={styles.raw}>{shorten(link.raw)}</code>. {link.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {ignored > 0 ? <p>Only the first 20 links are compared; the rest were left out.</p> : null}
    </div>
  );
}
