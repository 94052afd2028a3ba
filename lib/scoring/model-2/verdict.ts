/**
 * Model 2's score and verdict rules (CHANGELOG.md, model 2, with the reason for each).
 * Every rule is one-directional in points, so the model stays monotone: more points for an answer
 * never lowers the score or moves the verdict toward choreography (a property test checks it).
 */
import type { ScoredQuestionId } from "../questions";
import { answerIn, answeredWeightOf, plainDimensionsOf, pointsIn, totalWeightOf } from "../score";
import type { Adjustment, Contribution, Model, Scored, VerdictDetail } from "../types";
import { bandOf } from "../verdict";
import { formatSigned } from "../wording";

/** The organisation block (teams, end-to-end owner, bounded contexts) counts at most this much either way. */
export const ORGANISATION_CAP = 3;

const CORE_DIMENSIONS = new Set(["topology", "coordination"]);

const dimensionOf = (model: Model, id: string) =>
  model.questions.find((q) => q.id === id)?.dimension ?? "";

/** A score at or below this, with no strong need for central control, is choreography. */
export const NOTHING_TO_COORDINATE_SCORE = -3;

/**
 * Answers at +2 points or more that call for central control: branching, compensation,
 * per-instance status, waiting, an initiator that acts on the outcome.
 */
export const STRONG_NEEDS: readonly ScoredQuestionId[] = [
  "control-flow",
  "consistency",
  "visibility",
  "duration",
  "outcome-ownership",
];

/**
 * Model 2's score: the plain weighted sum, except that the organisation block counts at most ±3,
 * and counts toward orchestration only when the flow's own answers (topology + coordination) do.
 *
 * @example
 * // one team, one owner, one context (+6.5 plain) on a flow whose own answers lean to choreography
 * scoredV2(contributionsOf(twoServiceNotification, MODEL_V2), MODEL_V2).dimensions.organisation // → 0
 */
export function scoredV2(contributions: readonly Contribution[], model: Model): Scored {
  const plain = plainDimensionsOf(contributions, model);
  const core = plain.topology + plain.coordination;
  const capped = Math.max(-ORGANISATION_CAP, Math.min(ORGANISATION_CAP, plain.organisation));
  const organisation = core > 0 ? capped : Math.min(capped, 0);
  const dimensions = { ...plain, organisation };
  const adjustments: Adjustment[] = [];
  if (organisation !== plain.organisation) {
    const why =
      core <= 0 && capped > 0
        ? `The organisation answers (${formatSigned(plain.organisation)}) can't pull toward orchestration when the flow's own answers don't (topology and coordination sum to ${formatSigned(core)}), so they count 0.`
        : `The organisation answers say one fact three ways, so together they count at most ${formatSigned(ORGANISATION_CAP)} either way: ${formatSigned(organisation)} instead of ${formatSigned(plain.organisation)}.`;
    adjustments.push({
      id: "organisation-cap",
      dimension: "organisation",
      from: plain.organisation,
      to: organisation,
      why,
    });
  }
  const score = Object.values(dimensions).reduce((sum, d) => sum + d, 0);
  return { score, dimensions, adjustments };
}

/**
 * Model 2's verdict: the score band, then four one-directional rules.
 * - `mixed-needs`: choreography becomes hybrid when a strong need for control is present.
 * - `caller-waits-in-one-team`: choreography becomes hybrid when one team owns a hot path whose
 *   caller needs the outcome (the coordinator belongs in code, in one process).
 * - `nothing-to-coordinate`: a hybrid-band score of −3 or less with no strong need is choreography.
 * - `crosses-domains`: orchestration becomes hybrid when the flow spans many independent bounded
 *   contexts or seven or more teams, unless it is long-running or audited with one accountable owner.
 * - `event-driven-whole`: orchestration becomes hybrid when participants churn and the initiator
 *   doesn't act on outcomes, unless the control flow branches or the consistency needs compensation.
 */
export function verdictV2(
  scored: Scored,
  contributions: readonly Contribution[],
  model: Model,
): VerdictDetail {
  const { score } = scored;
  const byThreshold = bandOf(score, model);
  const p = (id: ScoredQuestionId) => pointsIn(contributions, id);
  const needs = STRONG_NEEDS.filter((id) => p(id) >= 2);

  const callerWaits = callerWaitsInOneTeam(contributions);
  if (byThreshold === "choreography") {
    if (needs.length > 0)
      return { verdict: "hybrid", byThreshold, rule: { id: "mixed-needs", questions: needs } };
    if (callerWaits)
      return {
        verdict: "hybrid",
        byThreshold,
        rule: { id: "caller-waits-in-one-team", questions: callerWaits },
      };
    return { verdict: "choreography", byThreshold, rule: null };
  }
  if (byThreshold === "hybrid") {
    if (needs.length === 0 && score <= NOTHING_TO_COORDINATE_SCORE && !callerWaits) {
      const pulls = contributions
        .filter((c) => c.weighted < 0 && CORE_DIMENSIONS.has(dimensionOf(model, c.question)))
        .sort((a, b) => a.weighted - b.weighted)
        .slice(0, 3)
        .map((c) => c.question);
      return {
        verdict: "choreography",
        byThreshold,
        rule: { id: "nothing-to-coordinate", questions: pulls },
      };
    }
    return { verdict: "hybrid", byThreshold, rule: null };
  }

  const crossing: ScoredQuestionId[] = [];
  if (answerIn(contributions, "bounded-contexts") === "many-independent")
    crossing.push("bounded-contexts");
  if (answerIn(contributions, "teams") === "seven-plus") crossing.push("teams");
  const ownedLongOrAudited =
    (p("duration") >= 2 || p("visibility") >= 3) &&
    answerIn(contributions, "end-to-end-owner") === "yes";
  if (crossing.length > 0 && !ownedLongOrAudited) {
    return { verdict: "hybrid", byThreshold, rule: { id: "crosses-domains", questions: crossing } };
  }
  if (eventDrivenWhole(contributions)) {
    return {
      verdict: "hybrid",
      byThreshold,
      rule: { id: "event-driven-whole", questions: ["participant-churn", "outcome-ownership"] },
    };
  }
  return { verdict: "orchestration", byThreshold, rule: null };
}

/**
 * One team owns every service, the flow is a hot path, and the caller needs its outcome (at least
 * sometimes): the steps belong in one process with a coordinator in code, not on a chain of broker
 * hops. Returns the answers that say so, or undefined. (Latency scores 0 in model 2, and `teams`
 * "one" is its top answer, so this rule cannot break monotonicity.)
 */
export function callerWaitsInOneTeam(
  contributions: readonly Contribution[],
): ScoredQuestionId[] | undefined {
  const oneTeam = answerIn(contributions, "teams") === "one";
  const hotPath = answerIn(contributions, "latency") === "hot-path";
  const needsOutcome = answerIn(contributions, "outcome-ownership") !== "producer-indifferent";
  return oneTeam && hotPath && needsOutcome ? ["teams", "latency", "outcome-ownership"] : undefined;
}

/**
 * The flow is event-driven as a whole: participants come and go, the initiator doesn't act on
 * outcomes, and neither a branching control flow nor compensation asks for a central coordinator.
 */
export function eventDrivenWhole(contributions: readonly Contribution[]): boolean {
  const p = (id: ScoredQuestionId) => pointsIn(contributions, id);
  return (
    p("participant-churn") <= -1 &&
    p("outcome-ownership") <= 0 &&
    p("control-flow") < 2 &&
    p("consistency") < 2
  );
}

/** Answered share of the weight of the flow's own questions (topology and coordination), in [0, 1]. */
export function coreCoverageOf(contributions: readonly Contribution[], model: Model): number {
  const isCore = (id: string) => CORE_DIMENSIONS.has(dimensionOf(model, id));
  const coreTotal = model.questions.filter((q) => isCore(q.id)).reduce((s, q) => s + q.weight, 0);
  const answered = answeredWeightOf(contributions.filter((c) => isCore(c.question)));
  return coreTotal > 0 ? answered / coreTotal : 0;
}

/**
 * Too early to say: under a third of the total weight is answered, or under a third of the weight
 * of the flow's own questions (topology and coordination). Organisation and operations answers
 * alone never make a verdict.
 */
export function insufficientV2(contributions: readonly Contribution[], model: Model): boolean {
  return (
    answeredWeightOf(contributions) < totalWeightOf(model) / 3 ||
    coreCoverageOf(contributions, model) < 1 / 3
  );
}
