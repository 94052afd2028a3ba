/**
 * Test helpers for the chat summary: its Markdown read back with the remark parser that renders
 * our articles (CommonMark with GitHub's extensions).
 */
import type { PhrasingContent, Strong } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export { toString };

const parser = unified().use(remarkParse).use(remarkGfm);

/** The first node of the summary's first paragraph: the flow name (or headline) in bold. */
export function flowNode(summary: string): Strong | PhrasingContent {
  const tree = parser.parse(summary);
  const first = tree.children[0];
  if (first?.type !== "paragraph") throw new Error(`the summary starts with a ${first?.type}`);
  return first.children[0]!;
}

/** Every kind of phrasing node in the summary's Markdown tree, with its text. */
export function phrasingNodes(summary: string): Array<{ type: string; text: string }> {
  const found: Array<{ type: string; text: string }> = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    found.push({ type: node.type, text: toString(node) });
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(parser.parse(summary));
  return found;
}
