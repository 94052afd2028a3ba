/**
 * Result JSON (docs/contracts.md, "Result JSON"): what the API, the CLI, the exports and the pages share.
 * Built from the answers every time: a result is never stored.
 */
import { encode } from "../share/codec";
import { CURRENT_MODEL, modelFor, recommend, type Answers, type Recommendation } from "../scoring";

export interface ResultJson {
  model: number;
  flow?: string;
  code: string;
  verdict: Recommendation["verdict"];
  verdictByThreshold: Recommendation["verdict"];
  score: number;
  margin: number;
  confidence: number;
  confidenceLevel: Recommendation["confidenceDetail"]["level"];
  confidenceReason: string;
  thresholds: Recommendation["thresholds"];
  dimensions: Recommendation["dimensions"];
  contributions: Recommendation["contributions"];
  gates: Recommendation["gates"];
  hybrid: Recommendation["hybrid"];
  hybridAdvice: Recommendation["hybridAdvice"];
  flips: Recommendation["flips"];
  tools: Recommendation["tools"];
  insufficient: boolean;
  ask: Recommendation["ask"];
  answers: Answers;
  /** Present when a newer model than the one that scored this would say something else. */
  current?: { model: number; verdict: Recommendation["verdict"]; score: number; code: string };
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
    verdict: r.verdict,
    verdictByThreshold: r.verdictByThreshold,
    score: r.score,
    margin: r.margin,
    confidence: r.confidence,
    confidenceLevel: r.confidenceDetail.level,
    confidenceReason: r.confidenceDetail.reason,
    thresholds: r.thresholds,
    dimensions: r.dimensions,
    contributions: r.contributions,
    gates: r.gates,
    hybrid: r.hybrid,
    hybridAdvice: r.hybridAdvice,
    flips: r.flips,
    tools: r.tools,
    insufficient: r.insufficient,
    ask: r.ask,
    answers: input.answers,
  };
  if (model.version !== CURRENT_MODEL.version) {
    const now = recommend(input.answers, CURRENT_MODEL);
    if (now.verdict !== r.verdict || now.score !== r.score) {
      result.current = {
        model: CURRENT_MODEL.version,
        verdict: now.verdict,
        score: now.score,
        code: encode(input.answers, CURRENT_MODEL),
      };
    }
  }
  return result;
}
