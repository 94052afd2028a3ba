import Link from "next/link";
import type { OrganisationChrome } from "@/lib/organisation/server";
import { OrganisationBrand } from "./organisation/organisation-brand";
import { OrganisationFooterNote } from "./organisation/organisation-footer-note";
import { SiteNavLinks } from "./site-nav";

const NAV = [
  { href: "/advisor", label: "Questionnaire" },
  { href: "/map", label: "Map" },
  { href: "/guides", label: "Guides" },
  { href: "/team", label: "Team view" },
  { href: "/embed-help", label: "Embed" },
];

/** The site header; `organisation` (lib/organisation/server) adds its name and logo. */
export function SiteHeader({ organisation }: { organisation: OrganisationChrome | undefined }) {
  return (
    <header className="site-header">
      <div className="container">
        <OrganisationBrand organisation={organisation}>
          <Link href="/" className="brand">
            <BatonMark /> Baton
          </Link>
        </OrganisationBrand>
        <nav className="site-nav" aria-label="Main">
          <SiteNavLinks items={NAV} />
        </nav>
      </div>
    </header>
  );
}

/** The site footer; `organisation` adds its footer note. */
export function SiteFooter({ organisation }: { organisation: OrganisationChrome | undefined }) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          Baton recommends a coordination style for one business flow. Its weights are a reasoned
          proposal, not an industry standard:{" "}
          <Link href="/guides/how-baton-scores">how Baton scores</Link>. No answer is stored on the
          server and no cookie is set.
        </p>
        <OrganisationFooterNote footer={organisation?.footer} />
      </div>
    </footer>
  );
}

function BatonMark() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4 20 L18 6" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="19" cy="5" r="2.5" fill="currentColor" />
    </svg>
  );
}
