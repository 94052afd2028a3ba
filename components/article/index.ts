import type { MDXComponents } from "mdx/types";
import { Callout } from "./callout";
import { FlowDiagram } from "./flow-diagram";
import { GateTable } from "./gate-table";
import { H2, H3 } from "./heading";
import { Table } from "./table";
import { HybridPatternTable } from "./hybrid-pattern-table";
import { ModelTable } from "./model-table";
import { QuestionScoring } from "./question-scoring";
import { RealCaseTable } from "./real-case-table";
import { Thresholds } from "./thresholds";
import { Tradeoff } from "./tradeoff";
import type { ArticleComponentName } from "@/lib/content/component-props";

/** The components every article can use without importing them (see content/*.mdx). */
export const ARTICLE_COMPONENTS = {
  Callout,
  Tradeoff,
  FlowDiagram,
  QuestionScoring,
  ModelTable,
  GateTable,
  HybridPatternTable,
  Thresholds,
  RealCaseTable,
} satisfies Record<ArticleComponentName, unknown>;

/** Overrides for the Markdown elements of an article. */
export const MARKDOWN_ELEMENTS = { h2: H2, h3: H3, table: Table } satisfies MDXComponents;

export { ArticleBody } from "./article-body";
