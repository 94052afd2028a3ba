/**
 * Checks an article's body against the rules in docs/readme/guides.md: known components with valid
 * props, one <QuestionScoring> per listed question, links that resolve, a Sources section, and no
 * raw HTML, imports or JS expressions. Pure: the caller supplies every article.
 */
import type { Article, ContentProblem } from "./article";
import { ARTICLE_DIMENSIONS } from "./groups";
import {
  COMPONENT_PROPS,
  CONTAINER_COMPONENTS,
  isArticleComponent,
  type ArticleComponentName,
} from "./component-props";
import { scanJsx, type AttributeValue } from "./jsx";
import { parseLiteral, type Literal } from "./literal";
import { linksOf, proseLines } from "./markdown";

/** Internal pages an article may link to besides other articles. */
export const LINKABLE_PAGES = ["/", "/advisor", "/guides"] as const;

/** SPEC §4.3: each article 600–1500 words. */
export const WORD_RANGE = { min: 600, max: 1500 } as const;

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

  const lines = proseLines(article.body);
  lines.forEach((line, index) => {
    if (/^(import|export)\s/.test(line))
      at(index + 1, "no import or export statements in articles");
    const heading = /^ {0,3}(#{1,6})\s/.exec(line);
    if (heading && heading[1]!.length === 1)
      at(index + 1, "no # heading: the page renders the title");
    if (heading && heading[1]!.length > 3) at(index + 1, "use ## and ### headings only");
  });

  if (article.words < WORD_RANGE.min || article.words > WORD_RANGE.max) {
    at(undefined, `${article.words} words; articles have ${WORD_RANGE.min}–${WORD_RANGE.max}`);
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
    const start = lines.findIndex((l) => /^##\s+Sources\s*$/.test(l));
    const items = lines.slice(start + 1).filter((l) => /^\s*[-*]\s+\S/.test(l));
    if (items.length === 0) at(start + 1, "the Sources section lists no sources");
  }

  checkComponents(article, at);
  for (const { href, line } of linksOf(article.body)) {
    const message = linkProblem(href, article, bySlug);
    if (message) at(line, message);
  }
  return problems;
}

function checkComponents(
  article: Article,
  at: (line: number | undefined, message: string) => void,
): void {
  const scan = scanJsx(article.body);
  for (const e of scan.errors) at(e.line, e.message);
  for (const e of scan.expressions) {
    at(e.line, `no JavaScript expressions in prose (${e.source.slice(0, 30)}); escape { as \\{`);
  }
  const explained = new Map<string, number>();
  const open: { name: string; line: number }[] = [];
  for (const element of scan.elements) {
    if (!isArticleComponent(element.name)) {
      at(
        element.line,
        /^[a-z]/.test(element.name)
          ? `no raw HTML (<${element.name}>): use Markdown or a component`
          : `unknown component <${element.name}>; known: ${Object.keys(COMPONENT_PROPS).join(", ")}`,
      );
      continue;
    }
    if (element.closing) {
      const last = open.pop();
      if (last?.name !== element.name) at(element.line, `</${element.name}> closes nothing`);
      continue;
    }
    const container = CONTAINER_COMPONENTS.includes(element.name);
    if (!element.selfClosing && !container)
      at(element.line, `<${element.name} /> must be self-closing`);
    if (!element.selfClosing && container) open.push({ name: element.name, line: element.line });

    const props: Record<string, Literal> = {};
    for (const [name, value] of Object.entries(element.attributes)) {
      const literal = attributeLiteral(value);
      if (literal.ok) props[name] = literal.value;
      else at(element.line, `<${element.name}> ${name}: ${literal.error}`);
    }
    const result = COMPONENT_PROPS[element.name as ArticleComponentName].safeParse(props);
    if (!result.success) {
      for (const issue of result.error.issues) {
        at(element.line, `<${element.name}> ${issue.path.join(".") || "props"}: ${issue.message}`);
      }
    }
    if (element.name === "QuestionScoring" && typeof props.id === "string") {
      explained.set(props.id, (explained.get(props.id) ?? 0) + 1);
      if (!(article.questions as readonly string[]).includes(props.id)) {
        at(
          element.line,
          `<QuestionScoring id="${props.id}"> but "${props.id}" is not in questions`,
        );
      }
    }
  }
  for (const unclosed of open) at(unclosed.line, `<${unclosed.name}> is never closed`);
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

function attributeLiteral(value: AttributeValue): ReturnType<typeof parseLiteral> {
  if (value.kind === "string") return { ok: true, value: value.value };
  if (value.kind === "flag") return { ok: true, value: true };
  const parsed = parseLiteral(value.source);
  return parsed.ok
    ? parsed
    : {
        ok: false,
        error: `only literal strings, numbers and arrays are allowed (${parsed.error})`,
      };
}

/** Why a link target is bad, or undefined when it resolves. */
export function linkProblem(
  href: string,
  article: Pick<Article, "headings">,
  bySlug: ReadonlyMap<string, Pick<Article, "headings">>,
): string | undefined {
  if (/^https:\/\/[^\s/]+\.[^\s/]+/.test(href)) return undefined;
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
