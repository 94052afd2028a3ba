/**
 * Checks an article's body against the rules in docs/readme/guides.md: known components with valid
 * props, one <QuestionScoring> per listed question, links that resolve, a Sources section, and no
 * raw HTML, imports or JS expressions; plus the checks of the second articles audit
 * (audit-checks.ts): no archived repositories, citation dates that match their Sources entries, no
 * "not re-checked" claims, and disclosed affiliations. Pure: the caller supplies every article.
 */
import type { Article, ContentProblem } from "./article";
import { ARTICLE_DIMENSIONS } from "./groups";
import {
  COMPONENT_PROPS,
  CONTAINER_COMPONENTS,
  isArticleComponent,
  type ArticleComponentName,
} from "./component-props";
import {
  allHeadingsOf,
  forbiddenOf,
  jsxElementsOf,
  linksOf,
  parseMdx,
  sourcesOf,
  type SourceEntry,
} from "./mdx";
import type { Root } from "mdast";
import {
  affiliationProblems,
  archivedLinkProblems,
  citationDateProblems,
  uncheckedClaimProblems,
} from "./audit-checks";
/** Internal pages an article may link to besides other articles. */
export const LINKABLE_PAGES = ["/", "/advisor", "/guides"] as const;

/** SPEC §4.3: each article 600–1500 words. */
export const WORD_RANGE = { min: 600, max: 1500 } as const;

/**
 * Every problem in a set of parsed articles: per article, the body rules above (MDX that parses,
 * components and props, headings, Sources entries, links) plus `order` unique within a group and
 * at least one article per group. Problems carry file lines (`file:line: message` via
 * formatProblem). Pure; never throws.
 */
export function checkArticles(articles: readonly Article[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const seenOrder = new Map<string, string>();
  for (const article of [...articles].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const key = `${article.dimension}/${article.order}`;
    const other = seenOrder.get(key);
    if (other) {
      problems.push({
        file: article.file,
        message: `order ${article.order} is already used by ${other} in ${article.dimension}`,
      });
    } else seenOrder.set(key, article.slug);
    problems.push(...checkBody(article, bySlug));
  }
  for (const dimension of ARTICLE_DIMENSIONS) {
    if (!articles.some((a) => a.dimension === dimension) && articles.length > 0) {
      problems.push({ file: "content/", message: `no article in the "${dimension}" group` });
    }
  }
  return problems;
}

function checkBody(article: Article, bySlug: ReadonlyMap<string, Article>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (line: number | undefined, message: string) =>
    problems.push({
      file: article.file,
      line: line ? line + article.bodyOffset : undefined,
      message,
    });

  const parsed = parseMdx(article.body);
  if (!parsed.ok) {
    at(parsed.line, parsed.message);
    return problems;
  }
  if (article.words < WORD_RANGE.min || article.words > WORD_RANGE.max) {
    at(undefined, `${article.words} words; articles have ${WORD_RANGE.min}–${WORD_RANGE.max}`);
  }
  const tree = parsed.tree;

  for (const found of forbiddenOf(tree)) {
    if (found.kind === "esm") at(found.line, "no import or export statements in articles");
    else
      at(
        found.line,
        `no JavaScript expressions in prose (${found.source.slice(0, 30)}); escape { as \\{`,
      );
  }
  for (const h of allHeadingsOf(tree)) {
    if (h.depth === 1) at(h.line, "no # heading: the page renders the title");
    if (h.depth > 3) at(h.line, "use ## and ### headings only");
  }
  const texts = new Set<string>();
  for (const h of article.headings) {
    const key = h.text.toLowerCase();
    if (texts.has(key)) at(undefined, `heading "${h.text}" is not unique`);
    texts.add(key);
  }
  const h2s = article.headings.filter((h) => h.depth === 2);
  if (h2s.at(-1)?.text !== "Sources") {
    at(undefined, 'the last ## heading must be "Sources"');
  } else {
    const sources = sourcesOf(tree) ?? [];
    if (sources.length === 0) {
      const line = allHeadingsOf(tree).findLast((h) => h.text === "Sources")?.line;
      at(line, "the Sources section lists no sources");
    }
    for (const entry of sources) {
      const message = sourceProblem(entry);
      if (message) at(entry.line, message);
    }
  }

  checkComponents(article, tree, at);
  for (const { href, line } of linksOf(tree)) {
    const message = linkProblem(href, article, bySlug);
    if (message) at(line, message);
  }
  for (const found of [
    ...archivedLinkProblems(tree),
    ...citationDateProblems(tree, sourcesOf(tree) ?? []),
    ...uncheckedClaimProblems(tree),
    ...affiliationProblems(tree),
  ]) {
    at(found.line, found.message);
  }
  return problems;
}

function checkComponents(
  article: Article,
  tree: Root,
  at: (line: number | undefined, message: string) => void,
): void {
  const explained = new Map<string, number>();
  for (const element of jsxElementsOf(tree, article.body)) {
    const name = element.name ?? "";
    if (!isArticleComponent(name)) {
      at(
        element.line,
        name === "" || /^[a-z]/.test(name)
          ? `no raw HTML (<${name}>): use Markdown or a component`
          : `unknown component <${name}>; known: ${Object.keys(COMPONENT_PROPS).join(", ")}`,
      );
      continue;
    }
    const container = CONTAINER_COMPONENTS.includes(name);
    if (!element.selfClosing && !container) at(element.line, `<${name} /> must be self-closing`);
    for (const error of element.errors) at(element.line, `<${name}> ${error}`);
    const props = element.props;
    const result = COMPONENT_PROPS[name as ArticleComponentName].safeParse(props);
    if (!result.success) {
      for (const issue of result.error.issues) {
        at(element.line, `<${name}> ${issue.path.join(".") || "props"}: ${issue.message}`);
      }
    }
    if (name === "QuestionScoring" && typeof props.id === "string") {
      explained.set(props.id, (explained.get(props.id) ?? 0) + 1);
      if (!(article.questions as readonly string[]).includes(props.id)) {
        at(
          element.line,
          `<QuestionScoring id="${props.id}"> but "${props.id}" is not in questions`,
        );
      }
    }
  }
  for (const id of article.questions) {
    const count = explained.get(id) ?? 0;
    if (count !== 1) {
      at(
        undefined,
        `questions lists "${id}": include <QuestionScoring id="${id}" /> once (found ${count})`,
      );
    }
  }
}

/** A year from 1950 to 2099, a month-and-year, or an ISO date. */
const DATE = /\b(19[5-9]\d|20\d\d)\b/;
/** "ch. 6", "chapter 4", "chapters 2–3", "§4.3". */
const CHAPTER = /\b(ch\.|chs\.|chapters?)\s*\d|§\s*\d/i;

/**
 * Why a `## Sources` entry is too vague to check, or undefined when it is fine. An entry opens with
 * who wrote or published it (an author or an organisation: a capitalised name before the first
 * comma, colon or quotation mark) and says when (a year) or where in a book (a chapter).
 * House rule from issue 14: a reader must be able to find and date every source.
 *
 * @example sourceProblem({ text: "Sam Newman, Building Microservices, O'Reilly 2021, ch. 6" }) // → undefined
 * @example sourceProblem({ text: "Some blog post" }) // → 'Sources entry "Some blog post": …'
 */
export function sourceProblem(entry: SourceEntry): string | undefined {
  const text = entry.text;
  const who = /^([^,:"“*_(]+?)\s*[,:"“(]/.exec(text)?.[1]?.trim() ?? "";
  const named = /\p{Lu}|\d/u.test(who) && /\p{L}/u.test(who);
  const dated = DATE.test(text) || CHAPTER.test(text);
  if (named && dated) return undefined;
  const short = text.length > 50 ? `${text.slice(0, 47)}…` : text;
  const missing = [
    named ? "" : "an author or organisation first",
    dated ? "" : "a date or a chapter",
  ]
    .filter(Boolean)
    .join(" and ");
  return `Sources entry "${short}": name ${missing}`;
}

/**
 * Addresses that have moved for good; a link to the left side fails the check and names the right.
 * Keep it short and sure: each entry is a redirect or an archive notice its owner published.
 */
export const MOVED_LINKS: readonly { from: RegExp; to: string; why: string }[] = [
  {
    from: /^https:\/\/github\.com\/uber\/cadence(?=[/#?]|$)/i,
    to: "https://github.com/cadence-workflow/cadence",
    why: "the Cadence repository moved to the cadence-workflow organisation",
  },
  {
    from: /^https:\/\/docs\.temporal\.io\/docs\//i,
    to: "https://docs.temporal.io/",
    why: "the pre-2022 /docs/ paths of Temporal's documentation are gone",
  },
  {
    from: /^https:\/\/docs\.microsoft\.com\//i,
    to: "https://learn.microsoft.com/",
    why: "docs.microsoft.com moved to learn.microsoft.com",
  },
];

/** Why a link target is bad, or undefined when it resolves. */
export function linkProblem(
  href: string,
  article: Pick<Article, "headings">,
  bySlug: ReadonlyMap<string, Pick<Article, "headings">>,
): string | undefined {
  if (/^https:\/\/[^\s/]+\.[^\s/]+/.test(href)) {
    const moved = MOVED_LINKS.find((m) => m.from.test(href));
    return moved ? `link ${href}: ${moved.why}; use ${moved.to}` : undefined;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return `link ${href}: external links must be https://`;
  if (href.startsWith("#")) {
    return article.headings.some((h) => h.id === href.slice(1))
      ? undefined
      : `link ${href}: no heading with that id in this article`;
  }
  if (!href.startsWith("/") || href.startsWith("//")) {
    return `link ${href}: internal links start with /guides/ or /advisor`;
  }
  const [path = "", hash] = href.split("#", 2);
  const clean = path.replace(/\/$/, "") || "/";
  if ((LINKABLE_PAGES as readonly string[]).includes(clean)) {
    return hash
      ? `link ${href}: anchors are only checked on /guides/<slug>; drop #${hash}`
      : undefined;
  }
  const slug = /^\/guides\/([^/?]+)$/.exec(clean)?.[1];
  if (!slug)
    return `link ${href}: articles may link to ${LINKABLE_PAGES.join(", ")} and /guides/<slug>`;
  const target = bySlug.get(slug);
  if (!target) return `link ${href}: there is no article "${slug}"`;
  if (hash && !target.headings.some((h) => h.id === hash)) {
    return `link ${href}: "${slug}" has no heading #${hash}`;
  }
  return undefined;
}
