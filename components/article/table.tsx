import {
  Children,
  cloneElement,
  isValidElement,
  type ComponentPropsWithoutRef,
  type ReactElement,
  type ReactNode,
} from "react";
import styles from "./article.module.css";

type WithChildren = { children?: ReactNode };

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<WithChildren>(node)) return textOf(node.props.children);
  return "";
}

function elementsOf(node: ReactNode, type: string): ReactElement<WithChildren>[] {
  return Children.toArray(node).filter(
    (c): c is ReactElement<WithChildren> => isValidElement(c) && c.type === type,
  );
}

/**
 * A Markdown (GFM) table. Each body cell gets its column's header as `data-label`, so on a
 * narrow screen the rows stack into labelled blocks instead of overflowing.
 */
export function Table({ children, ...props }: ComponentPropsWithoutRef<"table">) {
  const headerRow = elementsOf(elementsOf(children, "thead")[0]?.props.children, "tr")[0];
  const labels = elementsOf(headerRow?.props.children, "th").map((th) => textOf(th.props.children));
  const labelled = Children.map(children, (section) => {
    if (!isValidElement<WithChildren>(section) || section.type !== "tbody") return section;
    return cloneElement(section, {
      children: Children.map(section.props.children, (row) => {
        if (!isValidElement<WithChildren>(row)) return row;
        let column = 0;
        return cloneElement(row, {
          children: Children.map(row.props.children, (cell) => {
            if (!isValidElement(cell)) return cell;
            const label = labels[column++];
            return label
              ? cloneElement(cell as ReactElement<{ "data-label"?: string }>, {
                  "data-label": label,
                })
              : cell;
          }),
        });
      }),
    });
  });
  return (
    <table {...props} className={styles.mdTable}>
      {labelled}
    </table>
  );
}
