import type { ComponentPropsWithoutRef, ReactNode } from "react";
import styles from "./article.module.css";

type HeadingProps = ComponentPropsWithoutRef<"h2"> & { children?: ReactNode };

/**
 * An article heading that links to itself. rehype-slug gives it its id; the link keeps the
 * heading's own text as its accessible name, and the "#" is decoration.
 */
function linked(Tag: "h2" | "h3") {
  function Heading({ id, children, ...rest }: HeadingProps) {
    if (!id) return <Tag {...rest}>{children}</Tag>;
    return (
      <Tag id={id} {...rest} className={styles.heading}>
        <a href={`#${id}`} className={styles.headingLink}>
          {children}
          <span aria-hidden="true" className={styles.hash}>
            #
          </span>
        </a>
      </Tag>
    );
  }
  Heading.displayName = `Linked${Tag.toUpperCase()}`;
  return Heading;
}

export const H2 = linked("h2");
export const H3 = linked("h3");
