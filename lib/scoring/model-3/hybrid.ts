/**
 * Model 3's hybrid patterns: model 2's candidates and wording, with three changes (CHANGELOG.md,
 * model 3, faults 3 and 5).
 */
import { pointsIn } from "../score";
import type { HybridAdvice, RuleContext } from "../types";
import { bestHybridPatterns, hybridCandidatesV2, type HybridCandidate } from "../model-2/hybrid";
import { hotPathInOneTeamV3, statefulNeedsOf } from "./verdict";

/** Model 2's hot-path candidate, told apart by its reason (its pattern also has another reason). */
const HOT_PATH_REASON = /^One team owns every step of a short hot path/;

/** Patterns that put a coordinator in charge of something: pointless with nothing stateful to coordinate. */
const NEEDS_STATE = new Set(["choreograph-between-orchestrate-within", "async-orchestration"]);

/**
 * Model 3's hybrid patterns, best first (at most three, always at least one):
 * - `choreograph-between-orchestrate-within` and `async-orchestration` only when a stateful need
 *   is present (branching, compensation, waiting, an initiator acting on the outcome), not for
 *   per-instance visibility alone;
 * - where visibility is the only call for control, `track-then-manage`, whatever the score's sign
 *   (model 2 offered it only below 0);
 * - the hot-path `orchestrator-per-flow` only where model 3's hot-path rule holds (someone waits on
 *   the outcome), as the verdict reads it;
 * - no `event-to-command` where participants change frequently and the flow is linear: sending
 *   commands means keeping a list of receivers that keeps changing (Hohpe & Woolf, Enterprise
 *   Integration Patterns, Scatter-Gather: a recipient list keeps control but must know every
 *   recipient, a publish-subscribe channel doesn't); `track-then-manage` instead, where the
 *   initiator needs the outcome: it tracks the replies with a deadline (the Aggregator's
 *   completion timeout);
 * - `choreograph-between-orchestrate-within` also for two or three teams in a few related
 *   contexts when the initiator decides the next step: events between the services, a state
 *   machine inside the owning one. Weaker than the many-teams case (strength 2.5, not 3 or 4).
 * Sources: Azure Architecture Center, Choreography pattern; Rücker (2017); Rücker, Practical
 * Process Automation (2021), on tracking before managing.
 */
export function hybridV3(context: RuleContext): HybridAdvice[] {
  const { answers, contributions, scored } = context;
  const stateful = statefulNeedsOf(contributions);
  const hotPath = hotPathInOneTeamV3(contributions) !== undefined;
  const churningLine =
    answers["participant-churn"] === "frequent" && answers["control-flow"] === "linear";
  const candidates: HybridCandidate[] = hybridCandidatesV2(context).filter(
    (c) =>
      (stateful.length > 0 || !NEEDS_STATE.has(c.advice.pattern)) &&
      (hotPath || !HOT_PATH_REASON.test(c.advice.why)) &&
      !(churningLine && c.advice.pattern === "event-to-command"),
  );
  const has = (pattern: string) => candidates.some((c) => c.advice.pattern === pattern);
  if (
    churningLine &&
    pointsIn(contributions, "outcome-ownership") >= 2 &&
    !has("track-then-manage")
  ) {
    candidates.push({
      strength: 2,
      advice: {
        pattern: "track-then-manage",
        why: "The initiator needs the outcome, but participants come and go often and the flow is linear: commands would tie it to a list of receivers that keeps changing. Keep publishing events, and have the initiator track the replies it needs (correlated by an ID, with a deadline after which it acts on what is missing); manage the flow only if tracking shows it stalls.",
      },
    });
  }
  const visibility = pointsIn(contributions, "visibility");
  if (stateful.length === 0 && visibility >= 2 && !has("track-then-manage")) {
    candidates.push({
      strength: visibility,
      advice: {
        pattern: "track-then-manage",
        why: "Per-instance status is the one thing here that calls for control, and nothing needs a coordinator to keep state (no branching, compensation, waiting or initiator acting on the outcome): track the flow (a projection of its events keyed by a correlation ID) rather than orchestrate it.",
      },
    });
  }
  if (
    answers.teams === "two-three" &&
    answers["bounded-contexts"] === "few-related" &&
    answers["outcome-ownership"] === "initiator-decides" &&
    !has("choreograph-between-orchestrate-within")
  ) {
    candidates.push({
      strength: 2.5,
      advice: {
        pattern: "choreograph-between-orchestrate-within",
        why: "Two or three teams in a few related domains, and the initiator decides the next step: let the services exchange events, and keep that decision in an explicit state machine (or a durable workflow) inside the service that owns the outcome.",
      },
    });
  }
  return bestHybridPatterns(candidates, scored.score);
}

/**
 * A tracking-only hybrid: every pattern it advises only tracks the flow (`track-then-manage`), so
 * nothing in it orchestrates: no engine form, and no engine or owner gates.
 */
export function tracksOnly(hybrid: readonly HybridAdvice[]): boolean {
  return hybrid.length > 0 && hybrid.every((h) => h.pattern === "track-then-manage");
}
