/**
 * The props each article component accepts, as zod schemas. The components parse their props
 * with these at render, and the content check parses every tag in content/*.mdx with them before
 * the build, so a broken prop fails `npm run build` instead of a page.
 */
import { z } from "zod";
import { QUESTIONS } from "../scoring/current";

z.config({ jitless: true });

const text = z.string().trim().min(1);
const questionIds = QUESTIONS.map((q): string => q.id) as [string, ...string[]];

export const CALLOUT_KINDS = ["note", "tip", "warning"] as const;

export const CalloutPropsSchema = z.strictObject({
  kind: z.enum(CALLOUT_KINDS).default("note"),
  title: text.max(80).optional(),
});

export const TradeoffPropsSchema = z.strictObject({
  left: text.max(40),
  right: text.max(40),
  rows: z
    .array(z.tuple([text, text, text], { message: "each row is [aspect, left cell, right cell]" }))
    .min(1),
  caption: text.max(160).optional(),
});

const steps = z.array(text.max(40)).min(2).max(6);

export const FlowDiagramPropsSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("orchestration"),
    steps,
    coordinator: text.max(40).default("Orchestrator"),
    caption: text.max(200).optional(),
  }),
  z.strictObject({
    kind: z.literal("choreography"),
    steps,
    broker: text.max(40).default("Event broker"),
    caption: text.max(200).optional(),
  }),
]);

export const QuestionScoringPropsSchema = z.strictObject({
  id: z.enum(questionIds, { message: "is not a question id of the model" }),
});

const none = z.strictObject({});

/** Every component an article may use, by the name it has in MDX. */
export const COMPONENT_PROPS = {
  Callout: CalloutPropsSchema,
  Tradeoff: TradeoffPropsSchema,
  FlowDiagram: FlowDiagramPropsSchema,
  QuestionScoring: QuestionScoringPropsSchema,
  ModelTable: none,
  GateTable: none,
  HybridPatternTable: none,
  Thresholds: none,
  RealCaseTable: none,
} as const;

export type ArticleComponentName = keyof typeof COMPONENT_PROPS;

/** Components that wrap Markdown content; all others must be self-closing. */
export const CONTAINER_COMPONENTS: readonly ArticleComponentName[] = ["Callout"];

export function isArticleComponent(name: string): name is ArticleComponentName {
  return Object.hasOwn(COMPONENT_PROPS, name);
}

/** Parses a component's props, throwing an error that names the component and the field. */
export function parseComponentProps<N extends ArticleComponentName>(
  name: N,
  props: unknown,
): z.output<(typeof COMPONENT_PROPS)[N]> {
  const result = COMPONENT_PROPS[name].safeParse(props);
  if (!result.success) {
    const detail = result.error.issues
      .map((i) => `${i.path.length > 0 ? i.path.join(".") : "props"}: ${i.message}`)
      .join("; ");
    throw new Error(`<${name}> has bad props: ${detail}`);
  }
  return result.data as z.output<(typeof COMPONENT_PROPS)[N]>;
}
