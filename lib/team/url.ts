import { MAX_TEAM_LINKS, codeOf, splitEntries } from "./links";
import { parseNames } from "./names";

/**
 * The team page URL for links (or codes) and names, as the form builds it. Entries keep their
 * order and their positions: a link is reduced to its code, anything else is kept as given so the
 * page can report it where it was pasted.
 *
 * @example
 * teamHref("https://b.example/r/1ARKroUigt?flow=x\n1DEF", "Ana\nBen") // → "/team?c=1ARKroUigt,1DEF&n=Ana,Ben"
 */
export function teamHref(
  links: string | readonly string[] | undefined,
  names?: string | readonly string[],
): string {
  // One entry past the limit is enough for the page to say that some were left out.
  const entries = splitEntries(links)
    .slice(0, MAX_TEAM_LINKS + 1)
    .map((entry) => {
      const code = codeOf(entry);
      return encodeURIComponent(code ?? entry);
    });
  const nameList = parseNames(names).map(encodeURIComponent);
  const query = [
    entries.length > 0 ? `c=${entries.join(",")}` : "",
    nameList.length > 0 ? `n=${nameList.join(",")}` : "",
  ].filter(Boolean);
  return query.length > 0 ? `/team?${query.join("&")}` : "/team";
}
