/**
 * Test helpers for share links pasted into places that linkify text: the share codes that end in
 * the characters linkifiers drop, and a real linkifier (GitHub Flavored Markdown's autolink
 * literals, as remark-gfm implements them) to paste them into.
 */
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { QUESTIONS, type Answers } from "@/lib/scoring";
import { encode } from "@/lib/share";

/**
 * The first answer set, in a fixed enumeration, whose share code ends in `suffix` (for example
 * "_" or "__"), with its code. Throws when none of the first 200 000 does.
 */
export function codeEndingIn(suffix: string): { code: string; answers: Answers } {
  for (let n = 0; n < 200_000; n++) {
    const answers: Record<string, string> = {};
    let rest = n;
    // The last question is the code's lowest digit: vary it first, so the end changes fastest.
    for (const question of [...QUESTIONS].reverse()) {
      const radix = question.options.length + 1;
      const digit = rest % radix;
      rest = Math.floor(rest / radix);
      if (digit > 0) answers[question.id] = question.options[digit - 1]!.id;
      if (rest === 0) break;
    }
    const code = encode(answers as Answers);
    if (code.endsWith(suffix)) return { code, answers: answers as Answers };
  }
  throw new Error(`No share code ending in "${suffix}" among the first 200 000 answer sets.`);
}

type Node = { type: string; url?: string; children?: Node[] };

/** The URLs of the links GitHub Flavored Markdown makes of `markdown`, in order. */
export function gfmLinks(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Node;
  const urls: string[] = [];
  const walk = (node: Node) => {
    if (node.type === "link" && node.url) urls.push(node.url);
    node.children?.forEach(walk);
  };
  // remark-gfm's autolink literals are made by a transform that runs with the parser's plugins.
  const transformed = unified().use(remarkParse).use(remarkGfm).runSync(tree) as Node;
  walk(transformed);
  return urls;
}
