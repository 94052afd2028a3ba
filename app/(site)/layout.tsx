import type { ReactNode } from "react";
import { SiteFooter, SiteHeader } from "@/components/site-chrome";
import { organisationChrome } from "@/lib/organisation/server";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader organisation={organisationChrome} />
      <main id="main" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <SiteFooter organisation={organisationChrome} />
    </>
  );
}
