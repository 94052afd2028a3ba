/**
 * Model 1 (2026-11-25), frozen: the rules exactly as first released (CHANGELOG.md, model 1). Its
 * codes keep their verdict, score, confidence, gates, hybrid patterns and flips forever; a test
 * pins them against results recorded before model 2 existed (fixtures/model-1-golden.json).
 */
import { answeredWeightOf, plainDimensionsOf, plainScoreOf, totalWeightOf } from "../score";
import type { Model, ModelRules, RuleContext } from "../types";
import { answerPhrase, formatSigned, listPhrase } from "../wording";
import { confidenceOf } from "./confidence";
import { gatesOf } from "./gates";
import { hybridAdviceOf } from "./hybrid";
import { toolsOf } from "./tools";
import { verdictOf } from "./verdict";
import { WORDS_V1 } from "./words";

const rules: ModelRules = {
  scored: (contributions, model) => ({
    score: plainScoreOf(contributions),
    dimensions: plainDimensionsOf(contributions, model),
    adjustments: [],
  }),
  verdict: (scored, contributions, model) => {
    const detail = verdictOf(scored.score, contributions, model);
    const triggers =
      detail.byThreshold === "orchestration"
        ? detail.signals.choreography
        : detail.signals.orchestration;
    return {
      verdict: detail.verdict,
      byThreshold: detail.byThreshold,
      rule:
        detail.verdict === detail.byThreshold
          ? null
          : { id: "opposing-signal", questions: triggers },
    };
  },
  insufficient: (contributions, model) =>
    answeredWeightOf(contributions) < totalWeightOf(model) / 3,
  confidence: (context) => confidenceOf(context.contributions, context.scored.score, context.model),
  hybrid: ({ contributions, answers, scored }) =>
    hybridAdviceOf(contributions, answers, scored.score),
  implementation: () => [],
  notes: () => [],
  gates: ({ detail, answers }) => gatesOf(detail.verdict, answers),
  tools: ({ detail, answers }) => toolsOf(detail.verdict, answers),
  verdictReason,
  withholdsWhenInsufficient: false,
};

/**
 * Model 1's verdict sentence: which band the score fell in, or that the opposing-signal rule moved
 * it, naming the answers that triggered the rule.
 */
function verdictReason({
  scored,
  detail,
  insufficient,
  contributions,
  model,
}: RuleContext): string {
  const score = formatSigned(scored.score);
  if (insufficient) {
    return "Too early to say: under a third of the questions' weight is answered, so no verdict is given yet.";
  }
  if (detail.rule) {
    const triggers = listPhrase(
      detail.rule.questions.map((id) =>
        answerPhrase(model, id, contributions.find((c) => c.question === id)!.answer),
      ),
    );
    const toward = detail.byThreshold === "orchestration" ? "choreography" : "orchestration";
    return `The score, ${score}, is in the ${detail.byThreshold} band, but ${triggers} ${detail.rule.questions.length === 1 ? "pulls" : "pull"} strongly toward ${toward}, so the opposing-signal rule makes it hybrid.`;
  }
  const { orchestration, choreography } = model.thresholds;
  if (detail.verdict === "orchestration")
    return `The score band decided: ${score} is at or above ${formatSigned(orchestration)}, the orchestration threshold, and no rule moved it.`;
  if (detail.verdict === "choreography")
    return `The score band decided: ${score} is at or below ${formatSigned(choreography)}, the choreography threshold, and no rule moved it.`;
  return `The score band decided: ${score} is between ${formatSigned(choreography)} and ${formatSigned(orchestration)}, where neither style clearly wins.`;
}

export const MODEL_V1: Model = {
  ...WORDS_V1,
  thresholds: { orchestration: 6, choreography: -6 },
  rules,
};
