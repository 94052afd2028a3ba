import type { MDXComponents } from "mdx/types";
import { ARTICLE_COMPONENTS, MARKDOWN_ELEMENTS } from "@/components/article";

// Every article (content/*.mdx) renders with these; they are server components only.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...MARKDOWN_ELEMENTS, ...ARTICLE_COMPONENTS, ...components };
}
