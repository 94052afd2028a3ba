/**
 * Baton's own mark (the children), followed by the organisation's logo and name when a config is
 * loaded. Without one it renders the children alone, so the header is exactly what it was.
 */
import type { ReactNode } from "react";
import { loadedOrganisation } from "@/lib/organisation/server";
import styles from "./organisation.module.css";

export function OrganisationBrand({ children }: { children: ReactNode }) {
  if (!loadedOrganisation) return children;
  const { config, logo } = loadedOrganisation;
  return (
    <span className={styles.brandGroup}>
      {children}
      <span className={styles.brand} data-organisation>
        <span>for</span>
        {logo ? (
          // A local file served by this server; next/image adds nothing for a 22 px mark.
          // eslint-disable-next-line @next/next/no-img-element
          <img src="/organisation-logo" alt="" width={22} height={22} />
        ) : null}
        <span>{config.organisation.name}</span>
      </span>
    </span>
  );
}
