import { parseComponentProps } from "@/lib/content/component-props";
import styles from "./article.module.css";

/** A two-column comparison: each row is [aspect, left cell, right cell]. Stacks on small screens. */
export function Tradeoff(props: {
  left: string;
  right: string;
  rows: string[][];
  caption?: string;
}) {
  const { left, right, rows, caption } = parseComponentProps("Tradeoff", props);
  return (
    <table className={styles.tradeoff}>
      <caption className={caption ? styles.caption : "visually-hidden"}>
        {caption ?? `${left} and ${right} compared`}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Aspect</span>
          </th>
          <th scope="col">{left}</th>
          <th scope="col">{right}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([aspect, l, r]) => (
          <tr key={aspect}>
            <th scope="row">{aspect}</th>
            <td data-label={left}>{l}</td>
            <td data-label={right}>{r}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
