import Link from "next/link";
import { SiteFooter, SiteHeader } from "@/components/site-chrome";
import { organisationChrome } from "@/lib/organisation/server";

export default function NotFound() {
  return (
    <>
      <SiteHeader organisation={organisationChrome} />
      <main id="main">
        <div className="container prose">
          <h1>Page not found</h1>
          <p>There is nothing at this address.</p>
          <p>
            <Link href="/">Go to the start page</Link> or{" "}
            <Link href="/advisor">start the questionnaire</Link>.
          </p>
        </div>
      </main>
      <SiteFooter organisation={organisationChrome} />
    </>
  );
}
