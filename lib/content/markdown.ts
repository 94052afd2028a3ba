/**
 * Small readers over an article's MDX body. They see what the MDX compiler sees for the parts that
 * matter here (headings, links, words), skipping fenced code, and never evaluate anything.
 */
import GithubSlugger from "github-slugger";

/** The body's lines with fenced code blocks blanked out (line numbers stay true). */
export function proseLines(body: string): string[] {
  let fence: string | null = null;
  return body.split(/\r?\n/).map((line) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return "";
    }
    if (marker) {
      fence = marker;
      return "";
    }
    return line;
  });
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** Inline Markdown reduced to the text a reader sees: what rehype-slug slugs. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(\*|_)(.+?)\1/g, "$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, "$1")
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_m, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, " ")
    .trim();
}

export interface Heading {
  depth: 2 | 3;
  text: string;
  /** The id rehype-slug gives the heading (github-slugger, one slugger per document). */
  id: string;
}

/**
 * The `##` and `###` headings of an article, with the ids rehype-slug will give them. Every ATX
 * heading passes through the slugger, so duplicate suffixes (-1, -2) come out as on the page.
 */
export function headingsOf(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  for (const line of proseLines(body)) {
    const match = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length;
    const text = plainText(match[2]!);
    const id = slugger.slug(text);
    if (depth === 2 || depth === 3) headings.push({ depth, text, id });
  }
  return headings;
}

/** Words a reader reads: prose and component text, without tags, link targets or code fences. */
export function wordCountOf(body: string): number {
  const text = proseLines(body)
    .join("\n")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<\/?[A-Za-z][^>]*?\/?>/g, (tag) => (tag.match(/"[^"]*"/g) ?? []).join(" "))
    .replace(/[#>*_`|[\]{}-]+/g, " ");
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read at 230 words a minute, at least one. */
export function readingMinutesOf(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

export interface MarkdownLink {
  href: string;
  line: number;
}

/** Targets of inline Markdown links (`[text](href)`), with 1-based line numbers. */
export function linksOf(body: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  proseLines(body).forEach((line, index) => {
    const withoutCode = line.replace(/`[^`]*`/g, "");
    for (const m of withoutCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      links.push({ href: m[1]!, line: index + 1 });
    }
  });
  return links;
}
