import Link from "next/link";
import { SiteFooter, SiteHeader } from "@/components/site-chrome";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
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
      <SiteFooter />
    </>
  );
}
