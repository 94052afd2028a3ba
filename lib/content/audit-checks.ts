/**
 * Content checks added after the second articles audit (issue 25), each aimed at a kind of fault
 * that audit found: a link to an archived repository, a citation whose date disagrees with its
 * Sources entry, a claim the text itself marks as not re-checked, and a quoted expert whose
 * affiliation is not disclosed where the article first names them. All work on the mdast tree of
 * an article body (remark-parse + remark-mdx + remark-gfm, see mdx.ts): links, list items, table
 * cells and paragraphs are tree nodes; only the text inside one node is matched with a pattern.
 * Pure; nothing throws.
 */
import type { Heading, Nodes, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { archivedRepoOf } from "./archived-repos";
import { AFFILIATED_EXPERTS } from "./experts";
import type { SourceEntry } from "./mdx";

/** A problem in a body, with its 1-based body line when the tree knows it. */
export interface BodyProblem {
  line?: number;
  message: string;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;
const MONTH = `(?:${MONTHS.join("|")})`;
/** "2017", "May 2017", "October and November 2017", "October–November 2017". */
const DATE_MENTION = new RegExp(
  `((?:${MONTH}\\s*(?:,|and|&|–|-|\\s)\\s*)*${MONTH}\\s+)?\\b((?:19|20)\\d\\d)\\b`,
  "giu",
);

/** A year a text names, with the months it names for that year (empty when none). */
export interface DateMention {
  year: number;
  months: string[];
}

/**
 * Every year a text names, each with the month names written just before it.
 *
 * @example datesIn("Zalando blog, October and November 2017") // → [{ year: 2017, months: ["october", "november"] }]
 * @example datesIn("(as of 2026)") // → [{ year: 2026, months: [] }]
 */
export function datesIn(text: string): DateMention[] {
  return [...text.matchAll(DATE_MENTION)].map((m) => ({
    year: Number(m[2]),
    months: (m[1]?.toLowerCase().match(new RegExp(MONTH, "g")) ?? []) as string[],
  }));
}

/**
 * Why the dates a text gives for a source disagree with the Sources entries that cite it, or
 * undefined when they agree. Each date must be a year some entry names; a month given in the text
 * must be one an entry names for that year, unless no entry names a month for it.
 *
 * @example sourceDateDisagreement(datesIn("October 2017"), [{ text: "Clifford, November 2017" }]) // → "October 2017 is not in its Sources entry (November 2017)"
 */
export function sourceDateDisagreement(
  dates: readonly DateMention[],
  entries: readonly Pick<SourceEntry, "text">[],
): string | undefined {
  if (dates.length === 0 || entries.length === 0) return undefined;
  const given = entries.flatMap((e) => datesIn(e.text));
  for (const date of dates) {
    const sameYear = given.filter((g) => g.year === date.year);
    const label = `${date.months.map(capitalise).join(" and ")} ${date.year}`.trim();
    const named = given
      .map((g) => `${g.months.map(capitalise).join(" and ")} ${g.year}`.trim())
      .join(", ");
    if (sameYear.length === 0)
      return `${label} is not in its Sources entry (${named || "no date"})`;
    const months = new Set(sameYear.flatMap((g) => g.months));
    const missing = date.months.filter((m) => months.size > 0 && !months.has(m));
    if (missing.length > 0) return `${label} is not in its Sources entry (${named})`;
  }
  return undefined;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The root children before the last `## Sources` heading, and from it on. */
function splitAtSources(tree: Root): { body: RootContent[]; sources: RootContent[] } {
  const at = tree.children.findLastIndex(
    (n): n is Heading => n.type === "heading" && n.depth === 2 && toString(n).trim() === "Sources",
  );
  return at < 0
    ? { body: tree.children, sources: [] }
    : { body: tree.children.slice(0, at), sources: tree.children.slice(at) };
}

/**
 * The nodes a citation lives in: list items, table cells, headings, and paragraphs outside them,
 * in document order. Containers (JSX components, block quotes, lists, tables) are walked through.
 */
function citationBlocks(nodes: readonly Nodes[], out: Nodes[] = []): Nodes[] {
  for (const node of nodes) {
    if (
      node.type === "listItem" ||
      node.type === "tableCell" ||
      node.type === "paragraph" ||
      node.type === "heading"
    ) {
      out.push(node);
    } else if ("children" in node) {
      citationBlocks(node.children as Nodes[], out);
    }
  }
  return out;
}

function hrefsIn(node: Nodes): string[] {
  const hrefs: string[] = [];
  visit(node, (n: Nodes) => {
    if (n.type === "link" || n.type === "definition") hrefs.push(n.url);
  });
  return hrefs;
}

function textOf(node: Nodes): string {
  return toString(node, { includeImageAlt: false })
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Links into a known-archived GitHub repository (archived-repos.ts), anywhere in the body or the
 * Sources. A link to the archive notice passes when the same list item or paragraph also links to
 * the successor, so a reader is sent to the live project too.
 */
export function archivedLinkProblems(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const block of citationBlocks(tree.children)) {
    const hrefs = hrefsIn(block);
    for (const href of hrefs) {
      const archived = archivedRepoOf(href);
      if (!archived) continue;
      const successor = archived.successor.toLowerCase();
      if (hrefs.some((h) => h.toLowerCase().startsWith(successor))) continue;
      problems.push({
        line: block.position?.start.line,
        message: `link ${href}: ${archived.repo} is archived (since ${archived.since}); link ${archived.successor} instead, or beside it`,
      });
    }
  }
  return problems;
}

/** A quoted title and the text after it up to the first year, within one sentence. */
const QUOTED_TITLE_DATE = /"([^"]{4,160})"([^.;"]{0,40}?\b(?:19|20)\d\d\b)/g;
/** An author–date citation: "(Fowler, 2017)", "(Garcia-Molina and Salem, 1987)". */
const AUTHOR_DATE =
  /\((\p{Lu}[\p{L}'’-]+)(?:\s+(?:and|&|et al\.)[^,()]*)?,\s*([^()]{0,20}?\b(?:19|20)\d\d)\)/gu;

/**
 * Citations in the text whose date disagrees with the Sources entries for the same work: a quoted
 * title followed by a date in the same sentence ("How to tame event-driven microservices", 2019),
 * matched to the entries whose text contains that title, or an author–date parenthesis
 * ("(Fowler, 2017)"), matched to the entries that open with that author's name. A citation that
 * matches no entry is left alone (it may quote something that is not a source).
 */
export function citationDateProblems(tree: Root, sources: readonly SourceEntry[]): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const entries = sources.map((s) => ({ ...s, lower: s.text.replace(/[“”]/g, '"').toLowerCase() }));
  for (const block of citationBlocks(splitAtSources(tree).body)) {
    const text = textOf(block);
    const line = block.position?.start.line;
    for (const m of text.matchAll(QUOTED_TITLE_DATE)) {
      const title = m[1]!.toLowerCase();
      const cited = entries.filter((e) => e.lower.includes(title));
      const why = sourceDateDisagreement(datesIn(m[2]!), cited);
      if (why) problems.push({ line, message: `"${m[1]}" is dated in the text, but ${why}` });
    }
    for (const m of text.matchAll(AUTHOR_DATE)) {
      const author = m[1]!.toLowerCase();
      const cited = entries.filter((e) => {
        const who = /^[^,:"(]*/.exec(e.lower)?.[0] ?? "";
        return new RegExp(`(^|[^\\p{L}])${escapeRegExp(author)}([^\\p{L}]|$)`, "u").test(who);
      });
      const why = sourceDateDisagreement(datesIn(m[2]!), cited);
      if (why) problems.push({ line, message: `(${m[1]}, …) is dated in the text, but ${why}` });
    }
  }
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Wording that admits a claim was not checked: "not re-checked", "unverified", "could not verify".
 * Published text states what a source says, or says nothing; the audit found such a caveat on a
 * paraphrase of a named person.
 */
export const UNCHECKED_CLAIM =
  /\b(?:not|never)\s+(?:been\s+)?re-?(?:checked|verified)\b|\bunverified\b|\b(?:could|can)\s*not\s+(?:re-?)?(?:check|verify)\b/i;

/** Text anywhere in the article, Sources included, that marks a claim as not re-checked. */
export function uncheckedClaimProblems(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, "text", (node) => {
    const found = UNCHECKED_CLAIM.exec(node.value);
    if (found) {
      problems.push({
        line: node.position?.start.line,
        message: `the text marks a claim as "${found[0]}": check it against its source and state it, or drop it`,
      });
    }
  });
  return problems;
}

/**
 * Quoted experts with a commercial stake in the field (experts.ts) whose affiliation is missing
 * from the paragraph, list item or table cell where the article first names them. The Sources
 * section is not read.
 */
export function affiliationProblems(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const blocks = citationBlocks(splitAtSources(tree).body).map((b) => ({
    text: textOf(b),
    line: b.position?.start.line,
  }));
  for (const expert of AFFILIATED_EXPERTS) {
    const name = new RegExp(`(^|[^\\p{L}])${escapeRegExp(expert.name)}([^\\p{L}]|$)`, "u");
    const first = blocks.find((b) => name.test(b.text));
    if (first && !expert.affiliation.test(first.text)) {
      problems.push({
        line: first.line,
        message: `first mention of ${expert.name}: disclose the affiliation here (${expert.disclose})`,
      });
    }
  }
  return problems;
}
