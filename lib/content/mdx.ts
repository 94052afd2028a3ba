/**
 * Reads an article's MDX body with the parser the build compiles it with (remark-parse + remark-mdx
 * + remark-gfm, the micromark/mdast MDX extensions behind @mdx-js/mdx), and answers questions on the
 * tree: headings and their anchor ids, words, links, JSX elements with literal props, and the
 * constructs articles may not use. Nothing is evaluated: attribute expressions are read from the
 * estree that remark-mdx attaches, never run.
 */
import GithubSlugger from "github-slugger";
import type { Expression, Program } from "estree";
import type { Heading as MdastHeading, List, Nodes, Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The tree of a body, or why MDX refuses it (with the 1-based body line when the parser knows). */
export type MdxParse = { ok: true; tree: Root } | { ok: false; line?: number; message: string };

interface ParserMessage {
  reason?: string;
  ruleId?: string | null;
  line?: number | null;
  place?: { line?: number; start?: { line?: number } } | null;
}

/**
 * Parses an MDX body (frontmatter already removed) into an mdast tree with MDX nodes.
 * Never throws on bad MDX: unclosed or stray tags, broken expressions and the like come back as
 * `{ ok: false }` with a message in the words of the old text scanner where one existed
 * ("<Callout> is never closed", "</Callout> closes nothing").
 *
 * @example parseMdx("## Hi\n\n<Callout>\n\nText\n\n</Callout>").ok // → true
 */
export function parseMdx(body: string): MdxParse {
  const cached = parsed.get(body);
  if (cached) return cached;
  if (parsed.size >= PARSE_CACHE_SIZE) parsed.clear();
  const result = parseUncached(body);
  parsed.set(body, result);
  return result;
}

// parseArticle and checkArticles both read each body; parse it once. Trees are never mutated.
const PARSE_CACHE_SIZE = 256;
const parsed = new Map<string, MdxParse>();

function parseUncached(body: string): MdxParse {
  try {
    return { ok: true, tree: processor.parse(body) };
  } catch (error) {
    const e = error as ParserMessage;
    const line = e.line ?? e.place?.start?.line ?? e.place?.line ?? undefined;
    const reason = e.reason ?? String(error);
    const never = /^Expected a closing tag for `<([^>]+)>` \((\d+):/.exec(reason);
    if (never)
      return { ok: false, line: Number(never[2]), message: `<${never[1]}> is never closed` };
    const stray = /^Unexpected closing tag `<\/([^>]+)>`/.exec(reason);
    if (stray) return { ok: false, line, message: `</${stray[1]}> closes nothing` };
    if (e.ruleId === "unexpected-closing-slash" && line) {
      const name = /<\/([A-Za-z][\w.:-]*)/.exec(body.split(/\r?\n/)[line - 1] ?? "")?.[1];
      if (name) return { ok: false, line, message: `</${name}> closes nothing` };
    }
    return { ok: false, line, message: `MDX cannot read this: ${reason}` };
  }
}

export interface Heading {
  depth: 2 | 3;
  text: string;
  /** The id rehype-slug gives the heading (github-slugger, one slugger per document). */
  id: string;
}

/** Every heading of the tree with its depth (1–6), text, id as rehype-slug makes it, and line. */
export function allHeadingsOf(
  tree: Root,
): { depth: number; text: string; id: string; line?: number }[] {
  const slugger = new GithubSlugger();
  const headings: { depth: number; text: string; id: string; line?: number }[] = [];
  visit(tree, "heading", (node: MdastHeading) => {
    const text = toString(node, { includeImageAlt: false }).replace(/\s+/g, " ").trim();
    headings.push({
      depth: node.depth,
      text,
      id: slugger.slug(text),
      line: node.position?.start.line,
    });
  });
  return headings;
}

/**
 * The `##` and `###` headings, with the ids rehype-slug will give them. Every heading passes
 * through the slugger, so duplicate suffixes (-1, -2) come out as on the page.
 */
export function headingsOf(tree: Root): Heading[] {
  return allHeadingsOf(tree)
    .filter((h): h is typeof h & { depth: 2 | 3 } => h.depth === 2 || h.depth === 3)
    .map(({ depth, text, id }) => ({ depth, text, id }));
}

const WORD = /[\p{L}\p{N}]/u;

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => WORD.test(w)).length;
}

/**
 * Words a reader reads: text and inline code, plus the strings passed to components as props
 * (a Tradeoff's cells, a Callout's title). Code blocks, URLs and tag names don't count.
 */
export function wordCountOf(tree: Root): number {
  let words = 0;
  visit(tree, (node: Nodes) => {
    if (node.type === "text" || node.type === "inlineCode") words += countWords(node.value);
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const attribute of node.attributes) {
        if (attribute.type !== "mdxJsxAttribute") continue;
        if (typeof attribute.value === "string") words += countWords(attribute.value);
        else if (attribute.value) {
          const literal = literalOfProgram(attribute.value.data?.estree);
          if (literal.ok) words += stringsOf(literal.value).reduce((n, s) => n + countWords(s), 0);
        }
      }
    }
  });
  return words;
}

/** Minutes to read at 230 words a minute, at least one. */
export function readingMinutesOf(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

export interface MarkdownLink {
  href: string;
  /** 1-based body line. */
  line?: number;
}

/** Targets of Markdown links and link definitions, with their body lines. Code is not read. */
export function linksOf(tree: Root): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === "link" || node.type === "definition") {
      links.push({ href: node.url, line: node.position?.start.line });
    }
  });
  return links;
}

/** A prop value an article may pass: strings, numbers, booleans, null and arrays of them. */
export type Literal = string | number | boolean | null | Literal[];

export type LiteralResult = { ok: true; value: Literal } | { ok: false; error: string };

function literalOf(node: Expression | null | undefined): LiteralResult {
  if (!node) return { ok: false, error: "empty expression" };
  if (node.type === "Literal") {
    const v = node.value;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null)
      return { ok: true, value: v };
    return { ok: false, error: "found a regular expression or bigint" };
  }
  if (node.type === "UnaryExpression" && node.operator === "-") {
    const inner = literalOf(node.argument);
    if (inner.ok && typeof inner.value === "number") return { ok: true, value: -inner.value };
  }
  if (node.type === "ArrayExpression") {
    const items: Literal[] = [];
    for (const element of node.elements) {
      if (!element || element.type === "SpreadElement")
        return { ok: false, error: "found a hole or spread in an array" };
      const item = literalOf(element);
      if (!item.ok) return item;
      items.push(item.value);
    }
    return { ok: true, value: items };
  }
  return { ok: false, error: `found ${node.type}` };
}

/** The literal inside an attribute expression's estree, refusing anything but data. */
export function literalOfProgram(program: Program | null | undefined): LiteralResult {
  const statement = program?.body[0];
  if (!program || program.body.length !== 1 || statement?.type !== "ExpressionStatement")
    return { ok: false, error: "not a single expression" };
  return literalOf(statement.expression);
}

function stringsOf(value: Literal): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.flatMap(stringsOf) : [];
}

export interface JsxElement {
  /** null for a fragment (`<>`). */
  name: string | null;
  line?: number;
  /** Written `<X />`, as opposed to `<X>…</X>`. */
  selfClosing: boolean;
  hasChildren: boolean;
  /** Props as literals; a prop that is not a literal is in `errors` instead. */
  props: Record<string, Literal>;
  errors: string[];
}

/** Every JSX element in the body, in document order, with literal props read from its estree. */
export function jsxElementsOf(tree: Root, body: string): JsxElement[] {
  const elements: JsxElement[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    elements.push(readElement(node, body));
  });
  return elements;
}

function readElement(node: MdxJsxFlowElement | MdxJsxTextElement, body: string): JsxElement {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const source = start !== undefined && end !== undefined ? body.slice(start, end) : "";
  const element: JsxElement = {
    name: node.name,
    line: node.position?.start.line,
    selfClosing: source.trimEnd().endsWith("/>"),
    hasChildren: node.children.length > 0,
    props: {},
    errors: [],
  };
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      element.errors.push(`props: no spread props ({${attribute.value}})`);
      continue;
    }
    if (attribute.value === null || attribute.value === undefined) {
      element.props[attribute.name] = true;
    } else if (typeof attribute.value === "string") {
      element.props[attribute.name] = attribute.value;
    } else {
      const literal = literalOfProgram(attribute.value.data?.estree);
      if (literal.ok) element.props[attribute.name] = literal.value;
      else
        element.errors.push(
          `${attribute.name}: only literal strings, numbers and arrays are allowed (${literal.error})`,
        );
    }
  }
  return element;
}

/** A construct articles may not contain, found in the tree. */
export interface Forbidden {
  kind: "esm" | "expression";
  line?: number;
  /** The source of the construct, for the message. */
  source: string;
}

/** Import/export statements and `{…}` expressions in prose: MDX would run them. */
export function forbiddenOf(tree: Root): Forbidden[] {
  const found: Forbidden[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === "mdxjsEsm")
      found.push({ kind: "esm", line: node.position?.start.line, source: node.value });
    if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression")
      found.push({
        kind: "expression",
        line: node.position?.start.line,
        source: `{${node.value}}`,
      });
  });
  return found;
}

/** One entry of the list under `## Sources`: its text and body line. */
export interface SourceEntry {
  text: string;
  line?: number;
}

/**
 * The entries of the first list after the last `## Sources` heading, or undefined when the tree
 * has no such heading.
 */
export function sourcesOf(tree: Root): SourceEntry[] | undefined {
  const children = tree.children;
  let index = -1;
  children.forEach((node, i) => {
    if (node.type === "heading" && node.depth === 2 && toString(node).trim() === "Sources")
      index = i;
  });
  if (index < 0) return undefined;
  const list = children.slice(index + 1).find((n): n is List => n.type === "list");
  if (!list) return [];
  return list.children.map((item) => ({
    text: toString(item, { includeImageAlt: false }).replace(/\s+/g, " ").trim(),
    line: item.position?.start.line,
  }));
}
