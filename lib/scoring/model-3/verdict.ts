/**
 * Model 3's verdict: model 2's score band and rules, with `event-driven-whole` narrowed (CHANGELOG.md,
 * model 3, fault 2). The score is model 2's (`scoredV2`) over model 3's points, in which the
 * readiness answers score 0, so they can't move a verdict or appear as a flip (fault 4).
 */
import type { ScoredQuestionId } from "../questions";
import { answerIn, pointsIn } from "../score";
import type { Contribution, Model, Scored, VerdictDetail } from "../types";
import {
  NOTHING_TO_COORDINATE_SCORE,
  STRONG_NEEDS,
  eventDrivenWhole,
  hotPathInOneTeam,
  verdictV2,
} from "../model-2/verdict";

/**
 * Answers at +2 points or more that call for a stateful coordinator: branching, compensation,
 * waiting, an initiator that acts on the outcome. Model 2's strong needs without `visibility`:
 * seeing each instance asks for tracking, not for something that keeps state (fault 3).
 */
export const STATEFUL_NEEDS: readonly ScoredQuestionId[] = [
  "control-flow",
  "consistency",
  "duration",
  "outcome-ownership",
];

/** The stateful needs present in an answer set (at +2 points or more). */
export function statefulNeedsOf(contributions: readonly Contribution[]): ScoredQuestionId[] {
  return STATEFUL_NEEDS.filter((id) => pointsIn(contributions, id) >= 2);
}

/**
 * One team owns the flow end to end, and it waits for hours or more or is audited: model 2's
 * exception to `crosses-domains`, which model 3 also applies to `event-driven-whole`.
 */
export function ownedLongOrAudited(contributions: readonly Contribution[]): boolean {
  return (
    (pointsIn(contributions, "duration") >= 2 || pointsIn(contributions, "visibility") >= 3) &&
    answerIn(contributions, "end-to-end-owner") === "yes"
  );
}

/**
 * Model 3's `event-driven-whole`: model 2's conditions, and `outcome-ownership` answered (a "not
 * sure" is not evidence that the initiator doesn't care), and not a flow that one owner runs end
 * to end while it waits hours or more or is audited. Both extra conditions only remove the rule as
 * points rise (answering `outcome-ownership` can only add points over `unsure`'s 0 when it lifts
 * the rule anyway; a longer wait, an audit or a single owner score more), so the model stays
 * monotone.
 */
export function eventDrivenWholeV3(contributions: readonly Contribution[]): boolean {
  return (
    eventDrivenWhole(contributions) &&
    answerIn(contributions, "outcome-ownership") !== "unsure" &&
    !ownedLongOrAudited(contributions)
  );
}

/**
 * Someone waits on the flow's outcome, as far as the answers say: `outcome-ownership` is above its
 * lowest answer ("the producer doesn't care"), or `consistency` is above "fire and forget: nothing
 * to undo". An unanswered question (0 points) is not evidence that nobody waits. Upward-closed in
 * points, so a rule that needs it stays monotone.
 */
export function someoneWaitsOnOutcome(contributions: readonly Contribution[]): boolean {
  return (
    pointsIn(contributions, "outcome-ownership") > -2 || pointsIn(contributions, "consistency") > -2
  );
}

/**
 * Model 3's `hot-path-in-one-team` (CHANGELOG.md, model 3, review fault R1): model 2's conditions
 * (one team, a hot path, nothing waits for hours), and someone waits on the outcome
 * (`someoneWaitsOnOutcome`). A fire-and-forget stream that nobody waits on is a stream, even when
 * one team owns it at high volume: there is no outcome for a coordinator in code to act on.
 * Returns the answers that say so, or undefined. Monotone: the extra condition is upward-closed in
 * points.
 */
export function hotPathInOneTeamV3(
  contributions: readonly Contribution[],
): ScoredQuestionId[] | undefined {
  return someoneWaitsOnOutcome(contributions) ? hotPathInOneTeam(contributions) : undefined;
}

const CORE_DIMENSIONS = new Set(["topology", "coordination"]);
const CALLER_WAITS = new Set(["interactive", "hot-path"]);

/**
 * A caller waits on a flow that stays in one service (CHANGELOG.md, model 3, second review, F1):
 * one team, one bounded context, a caller waiting on the response (`latency` interactive or hot
 * path), and someone waits on the outcome (`someoneWaitsOnOutcome`). Such a flow is one service's
 * request handler, not "nothing to coordinate": the caller needs the result of every step.
 * Upward-closed in points (`teams` "one" and `bounded-contexts` "one" are their questions' top
 * answers, `latency` scores 0 in every option, `someoneWaitsOnOutcome` is upward-closed), so a rule
 * that it lifts stays monotone. Source: Richardson, microservices.io, Saga pattern (an
 * orchestrator "is an object in one service"); Garcia-Molina & Salem, "Sagas" (1987): a saga is a
 * linear sequence, so a linear control flow is no evidence for events.
 */
export function callerWaitsInOneService(contributions: readonly Contribution[]): boolean {
  return (
    answerIn(contributions, "teams") === "one" &&
    answerIn(contributions, "bounded-contexts") === "one" &&
    CALLER_WAITS.has(answerIn(contributions, "latency")) &&
    someoneWaitsOnOutcome(contributions)
  );
}

/**
 * Model 3's verdict: model 2's (thresholds, then `mixed-needs`, `hot-path-in-one-team`,
 * `nothing-to-coordinate`, `crosses-domains`, `event-driven-whole`), except that
 * - `event-driven-whole` applies only as `eventDrivenWholeV3` states; model 2 checks it last, so
 *   where it no longer applies the band's orchestration stands;
 * - `hot-path-in-one-team` applies only as `hotPathInOneTeamV3` states: where model 2's rule made
 *   a choreography-band score hybrid and model 3's doesn't, the band's choreography stands; where
 *   model 2's rule kept a hybrid-band score from `nothing-to-coordinate`, that rule now applies,
 *   naming the answers as model 2 does;
 * - `nothing-to-coordinate` doesn't apply where a caller waits on a flow that stays in one service
 *   (`callerWaitsInOneService`): the band's hybrid stands, built in process (second review, F1).
 */
export function verdictV3(
  scored: Scored,
  contributions: readonly Contribution[],
  model: Model,
): VerdictDetail {
  const detail = verdictBeforeOneService(scored, contributions, model);
  if (detail.rule?.id === "nothing-to-coordinate" && callerWaitsInOneService(contributions))
    return { verdict: "hybrid", byThreshold: detail.byThreshold, rule: null };
  return detail;
}

function verdictBeforeOneService(
  scored: Scored,
  contributions: readonly Contribution[],
  model: Model,
): VerdictDetail {
  const detail = verdictV2(scored, contributions, model);
  if (detail.rule?.id === "event-driven-whole" && !eventDrivenWholeV3(contributions))
    return { verdict: "orchestration", byThreshold: detail.byThreshold, rule: null };
  const hotPathLifted = hotPathInOneTeam(contributions) && !hotPathInOneTeamV3(contributions);
  if (!hotPathLifted) return detail;
  if (detail.rule?.id === "hot-path-in-one-team")
    return { verdict: "choreography", byThreshold: detail.byThreshold, rule: null };
  const needs = STRONG_NEEDS.filter((id) => pointsIn(contributions, id) >= 2);
  if (
    detail.byThreshold === "hybrid" &&
    !detail.rule &&
    needs.length === 0 &&
    scored.score <= NOTHING_TO_COORDINATE_SCORE
  ) {
    // The three strongest pulls toward events among the flow's own questions, as model 2 names them.
    const dimensionOf = (id: string) => model.questions.find((q) => q.id === id)?.dimension ?? "";
    const pulls = contributions
      .filter((c) => c.weighted < 0 && CORE_DIMENSIONS.has(dimensionOf(c.question)))
      .sort((a, b) => a.weighted - b.weighted)
      .slice(0, 3)
      .map((c) => c.question);
    return {
      verdict: "choreography",
      byThreshold: detail.byThreshold,
      rule: { id: "nothing-to-coordinate", questions: pulls },
    };
  }
  return detail;
}
