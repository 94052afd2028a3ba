import type { Heading } from "@/lib/content/mdx";
import styles from "../guides.module.css";

/** "On this page": the article's ## and ### headings, nested, linking to their anchors. */
export function TableOfContents({
  headings,
  className,
}: {
  headings: Heading[];
  className?: string;
}) {
  const sections: { heading: Heading; children: Heading[] }[] = [];
  for (const heading of headings) {
    if (heading.depth === 2 || sections.length === 0) sections.push({ heading, children: [] });
    else sections.at(-1)!.children.push(heading);
  }
  return (
    <nav aria-labelledby="toc-label" className={className}>
      <p id="toc-label" className={styles.tocLabel}>
        On this page
      </p>
      <ol className={styles.tocList}>
        {sections.map(({ heading, children }) => (
          <li key={heading.id}>
            <a href={`#${heading.id}`}>{heading.text}</a>
            {children.length > 0 && (
              <ol>
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.text}</a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
