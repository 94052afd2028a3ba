/**
 * The shapes every model version produces and the rules a version must supply. A model version is
 * data plus rules (`model-1/`, `model-2/`); the pipeline that runs them is `recommend.ts`.
 */
import type {
  Answers,
  GateId,
  HybridPatternId,
  ImplementationId,
  NoteId,
  Question,
  QuestionId,
  ScoredDimension,
  ScoredQuestionId,
  VerdictRuleId,
} from "./questions";

export type { GateId, HybridPatternId, ImplementationId, NoteId, VerdictRuleId } from "./questions";

export type Verdict = "orchestration" | "choreography" | "hybrid";

/** One scored question's part in the score: the basis for the chart and for "why". */
export interface Contribution {
  question: ScoredQuestionId;
  answer: string;
  points: number;
  weight: number;
  weighted: number;
}

/** A change a model makes to the plain sum Σ points × weight (model 2's organisation cap). */
export interface Adjustment {
  id: "organisation-cap";
  dimension: ScoredDimension;
  /** The dimension's plain weighted sum. */
  from: number;
  /** What the model counts instead. */
  to: number;
  /** One sentence: what was changed and why. */
  why: string;
}

export interface Scored {
  score: number;
  /** The weighted sum per dimension, after adjustments: they add up to `score`. */
  dimensions: Record<ScoredDimension, number>;
  adjustments: Adjustment[];
}

/** A rule that moved the verdict away from the score band's verdict. */
export interface VerdictRule {
  /** One of the model's `verdictRules` (model 1: `opposing-signal`; model 2: five others). */
  id: VerdictRuleId;
  /** The answers that triggered it. */
  questions: ScoredQuestionId[];
}

export interface VerdictDetail {
  verdict: Verdict;
  /** The verdict from the thresholds alone. */
  byThreshold: Verdict;
  /** The rule that made `verdict` differ from `byThreshold`, or null when the band decided. */
  rule: VerdictRule | null;
}

export type ConfidenceLevel = "low" | "medium" | "high";

export interface Confidence {
  /** In [0, 1], two decimals. */
  value: number;
  level: ConfidenceLevel;
  /** What held confidence down most (model 2 adds the caps). */
  limitedBy:
    | "coverage"
    | "margin"
    | "conflict"
    | "none"
    | "rule"
    | "no-strong-answer"
    | "unanswered-flip"
    | "insufficient";
  /** One sentence a person can read; it agrees with the level and with the flips. */
  reason: string;
  factors: { coverage: number; decisiveness: number; agreement: number };
}

/** A single-answer change that would change the verdict. */
export interface Flip {
  question: ScoredQuestionId;
  from: string;
  to: string;
  verdict: Verdict;
  /** How much the score would move (signed). */
  scoreChange: number;
  /** The score after the change. */
  score: number;
}

export interface Gate {
  id: GateId;
  severity: "warning" | "info";
}

/** A gate as a model states it for people. */
export interface GateDefinition {
  id: GateId;
  /** The usual severity; a model may soften one case to `info` (then `when` says so). */
  severity: "warning" | "info";
  title: string;
  /** What the team should do about it. */
  advice: string;
  /** Where the advice comes from. */
  basis: string;
  article: string;
  /** When the gate fires, stated for people. */
  when: string;
}

export interface HybridPatternDefinition {
  id: HybridPatternId;
  title: string;
  /** The headline used when this pattern leads the verdict. */
  headline: string;
  description: string;
  sources: string;
}

export interface HybridAdvice {
  pattern: HybridPatternId;
  /** Why it fits these answers. */
  why: string;
}

/** Advice that annotates a verdict without changing it (model 2). */
export interface Note {
  id: NoteId;
  why: string;
}

/** A way to build the recommendation (model 2), best first in `Recommendation.implementation`. */
export interface Implementation {
  id: ImplementationId;
  why: string;
}

export interface ToolSuggestion {
  name: string;
  kind: "engine" | "broker" | "practice";
  why: string;
  url: string;
  /** The implementation form this tool serves (model 2). */
  implementation?: ImplementationId;
}

/** What a model's rules see after the verdict is known. */
export interface RuleContext {
  answers: Answers;
  contributions: readonly Contribution[];
  scored: Scored;
  detail: VerdictDetail;
  insufficient: boolean;
  model: Model;
}

/** The rules of one model version. Each is pure; none may read another version's rules. */
export interface ModelRules {
  /** The score, per-dimension sums and any adjustments to the plain weighted sum. */
  scored(contributions: readonly Contribution[], model: Model): Scored;
  /** The verdict for a score (thresholds, then the version's rules). */
  verdict(scored: Scored, contributions: readonly Contribution[], model: Model): VerdictDetail;
  /** True when too little is answered to recommend anything. */
  insufficient(contributions: readonly Contribution[], model: Model): boolean;
  confidence(context: RuleContext, flips: readonly Flip[]): Confidence;
  hybrid(context: RuleContext): HybridAdvice[];
  implementation(context: RuleContext): Implementation[];
  notes(context: RuleContext): Note[];
  gates(
    context: RuleContext,
    hybrid: readonly HybridAdvice[],
    implementation: readonly Implementation[],
  ): Gate[];
  tools(context: RuleContext, implementation: readonly Implementation[]): ToolSuggestion[];
  /** One sentence: whether the score band or a rule decided the verdict, and which answers. */
  verdictReason(context: RuleContext): string;
  /**
   * Whether a too-early result withholds its verdict: no verdict in the Result JSON and no flips,
   * since there is no verdict to change (model 2). Model 1 kept both.
   */
  withholdsWhenInsufficient: boolean;
}

/** An implementation form as a model names it. */
export interface ImplementationDefinition {
  id: ImplementationId;
  name: string;
}

/** A note as a model titles it. */
export interface NoteDefinition {
  id: NoteId;
  title: string;
}

/** A verdict rule as a model states it for people. */
export interface VerdictRuleDefinition {
  id: VerdictRuleId;
  /** "the opposing-signal rule": how a sentence names it. */
  label: string;
  /** The rule in one sentence. */
  statement: string;
}

/**
 * The words a model version speaks, as data: everything a page, an export or the API shows for
 * its results. Light (no rules), so the questionnaire can carry the current model's words. Ids
 * come from the catalogue (`questions.ts`); a version lists only the ids it uses.
 */
export interface ModelWords {
  readonly version: number;
  /** Its questions in share-code order, with their texts, labels, points and weights. */
  readonly questions: readonly Question[];
  /** A question's name inside a sentence: "the number of teams". */
  readonly questionNames: Readonly<Partial<Record<QuestionId, string>>>;
  /** A question's short label for chart axes and lists: "Control flow". */
  readonly questionLabels: Readonly<Partial<Record<QuestionId, string>>>;
  /** Its gates, in display order. */
  readonly gates: readonly GateDefinition[];
  readonly hybridPatterns: readonly HybridPatternDefinition[];
  /** Its implementation forms, in the order a result lists them when all apply. */
  readonly implementations: readonly ImplementationDefinition[];
  /** Its notes, in display order. */
  readonly notes: readonly NoteDefinition[];
  readonly verdictRules: readonly VerdictRuleDefinition[];
}

/**
 * A model version: its words, thresholds and rules. A version is frozen once released:
 * recalibrating means a new version and an entry in CHANGELOG.md, so that codes made by every
 * earlier version keep their original result and their words.
 */
export interface Model extends ModelWords {
  readonly thresholds: { readonly orchestration: number; readonly choreography: number };
  readonly rules: ModelRules;
}
