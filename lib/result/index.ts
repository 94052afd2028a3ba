/**
 * Result JSON (docs/contracts.md, "Result JSON"): what the API, the CLI, the exports and the pages share.
 * Built from the answers every time: a result is never stored.
 */
import { encode } from "../share/codec";
import type { SourcedTool } from "../organisation/tools";
import { CURRENT_MODEL, modelFor, recommend, type Answers, type Recommendation } from "../scoring";

export interface ResultJson {
  model: number;
  flow?: string;
  code: string;
  /**
   * The verdict, or null when it is too early to say (`insufficient`) under model 2 or later: then
   * `leaning` carries the score band's verdict, which no surface presents as a recommendation.
   * Model 1 keeps its original verdict even when insufficient.
   */
  verdict: Recommendation["verdict"] | null;
  /** Present only when `verdict` is null: where the score leans so far. */
  leaning?: Recommendation["verdict"];
  verdictByThreshold: Recommendation["verdict"];
  /** The rule that moved the verdict away from the score band, or null when the band decided. */
  verdictRule: Recommendation["verdictRule"];
  /** One sentence: whether the score band or a rule decided the verdict, and which answers. */
  verdictReason: string;
  score: number;
  margin: number;
  confidence: number;
  confidenceLevel: Recommendation["confidenceDetail"]["level"];
  confidenceReason: string;
  thresholds: Recommendation["thresholds"];
  dimensions: Recommendation["dimensions"];
  adjustments: Recommendation["adjustments"];
  contributions: Recommendation["contributions"];
  gates: Recommendation["gates"];
  hybrid: Recommendation["hybrid"];
  hybridAdvice: Recommendation["hybridAdvice"];
  implementation: Recommendation["implementation"];
  notes: Recommendation["notes"];
  flips: Recommendation["flips"];
  /** `source` is set only when an organisation config is loaded (lib/organisation). */
  tools: SourcedTool[];
  insufficient: boolean;
  ask: Recommendation["ask"];
  answers: Answers;
  /** Present when a newer model than the one that scored this would say something else. */
  current?: {
    model: number;
    verdict: Recommendation["verdict"] | null;
    score: number;
    code: string;
  };
}

/**
 * The Result JSON for an answer set, scored by the given model version (current by default).
 *
 * @example
 * buildResult({ answers: { teams: "one" } }).code // → a 10-character share code starting with "1"
 */
export function buildResult(input: {
  model?: number;
  flow?: string;
  answers: Answers;
}): ResultJson {
  const model = (input.model !== undefined && modelFor(input.model)) || CURRENT_MODEL;
  const r = recommend(input.answers, model);
  const result: ResultJson = {
    model: r.model,
    ...(input.flow ? { flow: input.flow } : {}),
    code: encode(input.answers, model),
    verdict: withheld(r) ? null : r.verdict,
    ...(withheld(r) ? { leaning: r.verdict } : {}),
    verdictByThreshold: r.verdictByThreshold,
    verdictRule: r.verdictRule,
    verdictReason: r.verdictReason,
    score: r.score,
    margin: r.margin,
    confidence: r.confidence,
    confidenceLevel: r.confidenceDetail.level,
    confidenceReason: r.confidenceDetail.reason,
    thresholds: r.thresholds,
    dimensions: r.dimensions,
    adjustments: r.adjustments,
    contributions: r.contributions,
    gates: r.gates,
    hybrid: r.hybrid,
    hybridAdvice: r.hybridAdvice,
    implementation: r.implementation,
    notes: r.notes,
    flips: r.flips,
    tools: r.tools,
    insufficient: r.insufficient,
    ask: r.ask,
    answers: input.answers,
  };
  if (model.version !== CURRENT_MODEL.version) {
    const now = recommend(input.answers, CURRENT_MODEL);
    if (now.verdict !== r.verdict || now.score !== r.score || withheld(now) !== withheld(r)) {
      result.current = {
        model: CURRENT_MODEL.version,
        verdict: withheld(now) ? null : now.verdict,
        score: now.score,
        code: encode(input.answers, CURRENT_MODEL),
      };
    }
  }
  return result;
}

/**
 * Whether a result's verdict is withheld: too early to say under model 2 or later (model 1 is
 * frozen and keeps the verdict it always gave).
 */
export function withheld(r: Pick<Recommendation, "insufficient" | "model">): boolean {
  return r.insufficient && (modelFor(r.model)?.rules.withholdsWhenInsufficient ?? true);
}
