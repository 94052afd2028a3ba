import type { MDXComponents } from "mdx/types";

// Article components are registered by the guides route (lib/content and components/article).
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...components };
}
