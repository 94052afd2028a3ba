/**
 * A zod schema of Result JSON (docs/contracts.md, "Result JSON"), the shape `buildResult` returns. It feeds the OpenAPI
 * document and the tests that check every API answer against it; it is strict, so a field added to
 * ResultJson without a line here fails those tests instead of going undocumented.
 */
import { z } from "zod";
import { AnswersSchema } from "../answers";
import {
  GATE_IDS,
  HYBRID_PATTERN_IDS,
  IMPLEMENTATION_IDS,
  NOTE_IDS,
  QUESTION_CATALOGUE,
  SCORED_DIMENSIONS,
  UNSURE,
  VERDICT_ORDER,
  VERDICT_RULE_IDS,
  isScored,
} from "../scoring";
import type { ResultJson } from "../result";

z.config({ jitless: true });

const nonEmpty = <T extends string>(values: readonly T[]) => values as unknown as [T, ...T[]];

const VerdictSchema = z
  .enum(nonEmpty(VERDICT_ORDER))
  .describe("orchestration (score ≥ +6), choreography (score ≤ −6), otherwise hybrid.");
const ScoredQuestionIdSchema = z.enum(
  nonEmpty(QUESTION_CATALOGUE.map((q) => q.id).filter(isScored)),
);
const GateIdSchema = z.enum(GATE_IDS);
const HybridPatternIdSchema = z.enum(HYBRID_PATTERN_IDS);
const ImplementationIdSchema = z.enum(IMPLEMENTATION_IDS);
const ConfidenceLevelSchema = z.enum(["low", "medium", "high"]);

export const ResultJsonSchema = z
  .strictObject({
    model: z.number().int().describe("The model version that scored these answers."),
    flow: z.string().max(80).optional().describe("The flow name, when one was given."),
    code: z.string().describe("The share code of these answers: the result page is /r/{code}."),
    verdict: VerdictSchema.nullable().describe(
      "orchestration (score ≥ +6), choreography (score ≤ −6), otherwise hybrid, then the model's rules (see verdictRule). Null when it is too early to say under model 2 or later: see insufficient and leaning.",
    ),
    leaning: VerdictSchema.optional().describe(
      "Present only when verdict is null: where the score leans so far. Not a recommendation.",
    ),
    verdictByThreshold: VerdictSchema.describe(
      "The verdict from the thresholds alone, before any rule.",
    ),
    verdictRule: z
      .strictObject({
        id: z
          .enum(VERDICT_RULE_IDS)
          .describe(
            "Model 1: opposing-signal. Models 2 and 3: mixed-needs, hot-path-in-one-team, nothing-to-coordinate, crosses-domains, event-driven-whole.",
          ),
        questions: z.array(ScoredQuestionIdSchema).describe("The answers that triggered the rule."),
      })
      .nullable()
      .describe(
        "The rule that moved the verdict away from the score band, or null when the band decided.",
      ),
    verdictReason: z
      .string()
      .describe(
        "One sentence: whether the score band or a rule decided the verdict, and which answers.",
      ),
    score: z.number().describe("Σ points × weight; positive pulls toward orchestration."),
    margin: z.number().describe("Distance from the score to the nearest threshold."),
    confidence: z.number().min(0).max(1),
    confidenceLevel: ConfidenceLevelSchema,
    confidenceReason: z.string(),
    thresholds: z.strictObject({ orchestration: z.number(), choreography: z.number() }),
    dimensions: z
      .strictObject(
        Object.fromEntries(SCORED_DIMENSIONS.map((d) => [d, z.number()])) as Record<
          (typeof SCORED_DIMENSIONS)[number],
          z.ZodNumber
        >,
      )
      .describe("Weighted sum per dimension, after adjustments: they add up to score."),
    adjustments: z
      .array(
        z.strictObject({
          id: z.literal("organisation-cap"),
          dimension: z.enum(nonEmpty(SCORED_DIMENSIONS)),
          from: z.number().describe("The dimension's plain weighted sum."),
          to: z.number().describe("What the model counts instead."),
          why: z.string(),
        }),
      )
      .describe(
        "Changes the model made to the plain sum Σ points × weight (model 2's organisation cap).",
      ),
    contributions: z
      .array(
        z.strictObject({
          question: ScoredQuestionIdSchema,
          answer: z.string().describe(`An option id of the question, or "${UNSURE}".`),
          points: z.number(),
          weight: z.number(),
          weighted: z.number(),
        }),
      )
      .describe("Every scored question, in model order."),
    gates: z
      .array(z.strictObject({ id: GateIdSchema, severity: z.enum(["warning", "info"]) }))
      .describe("Warnings that never move the score."),
    hybrid: z.array(HybridPatternIdSchema).describe("Hybrid pattern ids, best first."),
    hybridAdvice: z.array(z.strictObject({ pattern: HybridPatternIdSchema, why: z.string() })),
    implementation: z
      .array(z.strictObject({ id: ImplementationIdSchema, why: z.string() }))
      .describe("How to build it, best first (model 2; empty for model 1 and when too early)."),
    notes: z
      .array(
        z.strictObject({
          id: z.enum(NOTE_IDS),
          why: z.string(),
        }),
      )
      .describe("Advice that annotates the verdict without changing it (model 2)."),
    flips: z
      .array(
        z.strictObject({
          question: ScoredQuestionIdSchema,
          from: z.string(),
          to: z.string(),
          verdict: VerdictSchema,
          scoreChange: z.number().describe("How much the score would move (signed)."),
          score: z.number().describe("The score after the change."),
        }),
      )
      .describe("Every single-answer change that would change the verdict, smallest first."),
    tools: z.array(
      z.strictObject({
        name: z.string(),
        kind: z.enum(["engine", "broker", "practice"]),
        why: z.string(),
        url: z.string(),
        implementation: ImplementationIdSchema.optional().describe(
          "The implementation form this tool serves (model 2).",
        ),
        source: z
          .enum(["organisation", "catalogue"])
          .optional()
          .describe(
            "Only when the deployment loads an organisation config: organisation (its paved road, listed first) or catalogue (Baton's public catalogue).",
          ),
      }),
    ),
    insufficient: z
      .boolean()
      .describe(
        "True when too little is answered to advise (model 2: under a third of the total weight, or of the topology and coordination weight).",
      ),
    ask: z
      .array(ScoredQuestionIdSchema)
      .describe("When insufficient: the unanswered questions that could move the score most."),
    answers: AnswersSchema.describe("The answers scored, without unsure ones."),
    current: z
      .strictObject({
        model: z.number().int(),
        verdict: VerdictSchema.nullable(),
        score: z.number(),
        code: z.string(),
      })
      .optional()
      .describe(
        "Present when the current model would say something else than the one that scored.",
      ),
  })
  .describe("A recommendation for one business flow.");

// Both directions, so the schema and the ResultJson interface cannot drift apart silently.
type Parsed = z.output<typeof ResultJsonSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const resultSchemaMatchesResultJson: Same<Parsed, ResultJson> = true;
void resultSchemaMatchesResultJson;
