/**
 * A structural check of a Markdown Architectural Decision Record against the MADR 4.0.0 template
 * (adr.github.io/madr, `template/adr-template.md`): the document is parsed with remark (mdast, with
 * YAML front matter and GFM) and the tree is checked, not the text. Test helper: the ADR tests and
 * the export route's tests use it.
 *
 * What MADR 4 asks, and this checks:
 * - optional YAML front matter with only `status`, `date` (YYYY-MM-DD), `decision-makers`,
 *   `consulted` and `informed`, none left as a `{…}` placeholder;
 * - one `#` title, first;
 * - `##` sections in the template's order: Context and Problem Statement, Decision Drivers
 *   (optional), Considered Options, Decision Outcome, Pros and Cons of the Options (optional),
 *   More Information (optional); no others;
 * - Considered Options is a list of option titles;
 * - Decision Outcome opens with `Chosen option: "<a considered option>", because …`, and its `###`
 *   parts are Consequences then Confirmation (both optional), nothing else;
 * - the Consequences list and each option's pros and cons list say "Good, because", "Neutral,
 *   because" or "Bad, because"; each `###` under Pros and Cons is a considered option.
 */
import type { Heading, List, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";

const SECTIONS = [
  "Context and Problem Statement",
  "Decision Drivers",
  "Considered Options",
  "Decision Outcome",
  "Pros and Cons of the Options",
  "More Information",
] as const;
const REQUIRED = new Set<string>([
  "Context and Problem Statement",
  "Considered Options",
  "Decision Outcome",
]);
const OUTCOME_PARTS = ["Consequences", "Confirmation"];
const FRONT_MATTER_KEYS = new Set(["status", "date", "decision-makers", "consulted", "informed"]);
const ARGUMENT = /^(Good|Neutral|Bad)(, [^,]+)?, because /;

/** A section: its heading and the nodes up to the next heading of the same or a higher rank. */
export interface MadrSection {
  title: string;
  depth: number;
  nodes: RootContent[];
  children: MadrSection[];
}

/** The parsed record: front matter (when any), the title, and the sections as a tree. */
export interface MadrDocument {
  frontMatter: Record<string, unknown> | null;
  title: string | null;
  sections: MadrSection[];
  tree: Root;
}

/** Parses a record with remark (front matter, GFM) into its section tree. */
export function parseMadr(markdown: string): MadrDocument {
  const tree = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ["yaml"])
    .use(remarkGfm)
    .parse(markdown);
  let frontMatter: Record<string, unknown> | null = null;
  let title: string | null = null;
  const top: MadrSection[] = [];
  const stack: MadrSection[] = [];
  for (const node of tree.children) {
    if (node.type === "yaml") {
      frontMatter = (parseYaml(node.value) ?? {}) as Record<string, unknown>;
      continue;
    }
    if (node.type === "heading" && node.depth === 1) {
      title ??= toString(node);
      continue;
    }
    if (node.type === "heading") {
      const section: MadrSection = {
        title: toString(node),
        depth: node.depth,
        nodes: [],
        children: [],
      };
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      (stack.length > 0 ? stack[stack.length - 1]!.children : top).push(section);
      stack.push(section);
      continue;
    }
    stack[stack.length - 1]?.nodes.push(node);
  }
  return { frontMatter, title, sections: top, tree };
}

/** The list items of a section's first list, as plain text. */
export function listItems(section: MadrSection | undefined): string[] {
  const list = section?.nodes.find((n): n is List => n.type === "list");
  return list ? list.children.map((item) => toString(item)) : [];
}

/**
 * Every way `markdown` departs from the MADR 4 template, as short sentences; `[]` when it fits.
 *
 * @example
 * madrProblems("# Use Kafka\n\n## Considered Options\n\n* Kafka\n") // → ["missing section: Context and Problem Statement", "missing section: Decision Outcome"]
 */
export function madrProblems(markdown: string): string[] {
  const problems: string[] = [];
  const doc = parseMadr(markdown);

  if (doc.frontMatter) {
    for (const [key, value] of Object.entries(doc.frontMatter)) {
      if (!FRONT_MATTER_KEYS.has(key)) problems.push(`front matter: unknown key ${key}`);
      if (typeof value === "string" && /\{[^}]*\}/.test(value))
        problems.push(`front matter: ${key} is a placeholder`);
    }
    const date = doc.frontMatter.date;
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(date)))
      problems.push("front matter: date is not YYYY-MM-DD");
  }

  const firstContent = doc.tree.children.find((n) => n.type !== "yaml");
  if (!firstContent || firstContent.type !== "heading" || (firstContent as Heading).depth !== 1)
    problems.push("the title (#) does not come first");
  if (doc.tree.children.filter((n) => n.type === "heading" && n.depth === 1).length !== 1)
    problems.push("not exactly one title (#)");

  const titles = doc.sections.map((s) => s.title);
  for (const title of titles) {
    if (!(SECTIONS as readonly string[]).includes(title))
      problems.push(`unknown section: ${title}`);
  }
  const known = titles.filter((t) => (SECTIONS as readonly string[]).includes(t));
  const order = known.map((t) => SECTIONS.indexOf(t as (typeof SECTIONS)[number]));
  if (order.some((index, i) => i > 0 && index <= order[i - 1]!))
    problems.push(`sections out of the template's order: ${known.join(", ")}`);
  for (const required of REQUIRED) {
    if (!titles.includes(required)) problems.push(`missing section: ${required}`);
  }

  const section = (title: string) => doc.sections.find((s) => s.title === title);
  const options = listItems(section("Considered Options"));
  if (section("Considered Options") && options.length < 2)
    problems.push("Considered Options lists fewer than two options");

  const outcome = section("Decision Outcome");
  if (outcome) {
    const first = outcome.nodes[0];
    const chosen =
      first?.type === "paragraph"
        ? /^Chosen option: "([^"]+)", because /.exec(toString(first))
        : null;
    if (!chosen) problems.push('Decision Outcome does not open with Chosen option: "…", because');
    else if (!options.includes(chosen[1]!))
      problems.push(`chosen option is not a considered option: ${chosen[1]}`);
    const parts = outcome.children.map((c) => c.title);
    for (const part of parts) {
      if (!OUTCOME_PARTS.includes(part)) problems.push(`unknown part of Decision Outcome: ${part}`);
    }
    const partOrder = parts
      .filter((p) => OUTCOME_PARTS.includes(p))
      .map((p) => OUTCOME_PARTS.indexOf(p));
    if (partOrder.some((index, i) => i > 0 && index <= partOrder[i - 1]!))
      problems.push("Consequences and Confirmation out of order");
    for (const item of listItems(outcome.children.find((c) => c.title === "Consequences"))) {
      if (!ARGUMENT.test(item))
        problems.push(`a consequence is not Good/Neutral/Bad, because: ${item.slice(0, 60)}`);
    }
  }

  for (const option of section("Pros and Cons of the Options")?.children ?? []) {
    if (!options.includes(option.title))
      problems.push(`pros and cons for an option not considered: ${option.title}`);
    for (const item of listItems(option)) {
      if (!ARGUMENT.test(item))
        problems.push(
          `an argument for ${option.title} is not Good/Neutral/Bad, because: ${item.slice(0, 60)}`,
        );
    }
  }
  return problems;
}

/**
 * The deepest nesting of quotation marks in any text of the record (“ … ” and " … " alike): 1 for
 * “a”, 2 for “a “b””. Code is left out.
 */
export function quoteDepth(markdown: string): number {
  const doc = parseMadr(markdown);
  let deepest = 0;
  const visit = (node: Root | RootContent) => {
    if (node.type === "code" || node.type === "inlineCode" || node.type === "yaml") return;
    if (node.type === "text") {
      let depth = 0;
      for (const ch of node.value) {
        if (ch === "\u201c") depth += 1;
        else if (ch === "\u201d") depth = Math.max(0, depth - 1);
        deepest = Math.max(deepest, depth);
      }
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(doc.tree);
  return deepest;
}
