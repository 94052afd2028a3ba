/** The organisation's footer note, such as where to ask for help. */
import type { OrganisationChrome } from "@/lib/organisation/server";

export function OrganisationFooterNote({ footer }: Pick<OrganisationChrome, "footer">) {
  if (!footer) return null;
  return (
    <p data-organisation-footer>
      {footer.url ? (
        <a href={footer.url} rel="noopener noreferrer">
          {footer.text}
        </a>
      ) : (
        footer.text
      )}
    </p>
  );
}
