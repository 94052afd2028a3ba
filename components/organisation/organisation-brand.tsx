/**
 * Baton's own mark (the children), followed by the organisation's logo and name when a config is
 * loaded. Without one it renders the children alone, so the header is exactly what it was.
 */
import type { ReactNode } from "react";
import type { OrganisationChrome } from "@/lib/organisation/server";
import styles from "./organisation.module.css";

export function OrganisationBrand({
  organisation,
  children,
}: {
  organisation: OrganisationChrome | undefined;
  children: ReactNode;
}) {
  if (!organisation) return children;
  return (
    <span className={styles.brandGroup}>
      {children}
      <span className={styles.brand} data-organisation>
        <span>for</span>
        {organisation.logo ? (
          // A local file served by this server; next/image adds nothing for a 22 px mark.
          // eslint-disable-next-line @next/next/no-img-element
          <img src="/organisation-logo" alt="" width={22} height={22} />
        ) : null}
        <span>{organisation.name}</span>
      </span>
    </span>
  );
}
