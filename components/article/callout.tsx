import type { ReactNode } from "react";
import { parseComponentProps } from "@/lib/content/component-props";

const LABELS = { note: "Note", tip: "Tip", warning: "Warning" } as const;

/** A highlighted aside in an article: `<Callout kind="tip" title="…">Markdown</Callout>`. */
export function Callout({
  children,
  ...props
}: {
  children?: ReactNode;
  kind?: string;
  title?: string;
}) {
  const { kind, title } = parseComponentProps("Callout", props);
  return (
    <div className="callout" data-kind={kind} role="note">
      <p className="callout-title">
        {title ? (
          <>
            <span className="visually-hidden">{LABELS[kind]}: </span>
            {title}
          </>
        ) : (
          LABELS[kind]
        )}
      </p>
      {children}
    </div>
  );
}
