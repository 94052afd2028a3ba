import type { ScoredQuestionId } from "../questions";
import { pointsIn } from "../score";
import type { HybridAdvice, RuleContext } from "../types";
import { listPhrase, questionName } from "../wording";
import { STRONG_NEEDS, hotPathInOneTeam, eventDrivenWhole } from "./verdict";

const SEVERAL_TEAMS = new Set(["two-three", "four-six", "seven-plus"]);
const MANY_TEAMS = new Set(["four-six", "seven-plus"]);
const CALLER_DOES_NOT_WAIT = new Set(["batch", "async-user-visible"]);

/**
 * Hybrid patterns that fit the answers, best first (at most three, always at least one). Reasons
 * mention teams only when `teams` says there are several; `async-orchestration` only when nobody
 * waits on the outcome; a stateful sub-process inside an event-driven whole gets
 * `choreograph-between-orchestrate-within` even with one team.
 */
export function hybridV2(context: RuleContext): HybridAdvice[] {
  const { answers, contributions, scored } = context;
  const p = (id: ScoredQuestionId) => pointsIn(contributions, id);
  const needs = STRONG_NEEDS.filter((id) => p(id) >= 2);
  const needsText = listPhrase(needs.map((id) => questionName(context.model, id)));
  const core = p("control-flow") >= 2 || p("consistency") >= 2;
  const teams = answers.teams ?? "unsure";
  const contextsMany = answers["bounded-contexts"] === "many-independent";
  const candidates: { advice: HybridAdvice; strength: number }[] = [];

  if ((contextsMany || MANY_TEAMS.has(teams)) && (needs.length > 0 || scored.score > 0)) {
    const crossing = [
      ...(contextsMany ? ["many independent bounded contexts"] : []),
      ...(MANY_TEAMS.has(teams)
        ? [teams === "seven-plus" ? "seven or more teams" : "four to six teams"]
        : []),
    ];
    candidates.push({
      strength: 3 + (contextsMany ? 1 : 0),
      advice: {
        pattern: "choreograph-between-orchestrate-within",
        why: `The flow crosses ${listPhrase(crossing)}, yet parts of it need control${needsText ? ` (${needsText})` : ""}: let the domains exchange events, and orchestrate inside the one that owns each stateful part.`,
      },
    });
  } else if (eventDrivenWhole(contributions) && needs.length > 0) {
    candidates.push({
      strength: 3,
      advice: {
        pattern: "choreograph-between-orchestrate-within",
        why: `The flow as a whole is event-driven (participants come and go, and the initiator doesn't act on outcomes), but one part needs control (${needsText}): orchestrate that stateful part inside the service that owns it, and let the rest react to events.`,
      },
    });
  }
  const sideEffects = answers["side-effects"];
  if (
    core &&
    (sideEffects === "one-or-two" || sideEffects === "several" || sideEffects === "many-growing")
  ) {
    candidates.push({
      strength: 2 + (sideEffects === "one-or-two" ? 0 : 1),
      advice: {
        pattern: "orchestrate-core-choreograph-side-effects",
        why: `The core needs control (${listPhrase(["control-flow", "consistency"].filter((id) => p(id as ScoredQuestionId) >= 2).map((id) => questionName(context.model, id as ScoredQuestionId)))}), while its side effects need nobody to wait for them: the core publishes facts, and the reactions subscribe.`,
      },
    });
  }
  const otherDomains = answers["bounded-contexts"] === "few-related" || contextsMany;
  if (p("outcome-ownership") >= 2 && (SEVERAL_TEAMS.has(teams) || otherDomains)) {
    candidates.push({
      strength: 2,
      advice: {
        pattern: "event-to-command",
        why: `The initiator needs the outcome, and ${SEVERAL_TEAMS.has(teams) ? "other teams" : "other domains"} own services it relies on: where it depends on them, it should send commands rather than hope they react to its events.`,
      },
    });
  }
  if (hotPathInOneTeam(contributions)) {
    candidates.push({
      strength: 3,
      advice: {
        pattern: "orchestrator-per-flow",
        why: "One team owns every step of a short hot path: put the coordination in code in that team's service (orchestration inside one process), and publish events only for what nobody waits on.",
      },
    });
  }
  if (answers["end-to-end-owner"] === "yes" && SEVERAL_TEAMS.has(teams) && scored.score > 0) {
    candidates.push({
      strength: 1,
      advice: {
        pattern: "orchestrator-per-flow",
        why: "One team owns the outcome while other teams own services: that team owns the flow's logic, in its own service or as its own workflows on a shared engine platform, and the other teams own their steps.",
      },
    });
  }
  if (p("visibility") >= 2 && scored.score < 0) {
    candidates.push({
      strength: p("visibility"),
      advice: {
        pattern: "track-then-manage",
        why: "Most answers favour events, but someone needs per-instance status: track the flow (a projection of its events keyed by a correlation ID) before deciding to manage it.",
      },
    });
  }
  if (
    needs.length > 0 &&
    CALLER_DOES_NOT_WAIT.has(answers.latency ?? "") &&
    p("event-practices") <= -1
  ) {
    candidates.push({
      strength: 1,
      advice: {
        pattern: "async-orchestration",
        why: "The flow needs control, nobody waits on its outcome synchronously, and your teams are fluent with messaging: the orchestrator can send commands and take replies over the broker.",
      },
    });
  }
  if (candidates.length === 0) {
    candidates.push(
      scored.score >= 0
        ? {
            strength: 0,
            advice: {
              pattern: "orchestrator-per-flow",
              why: "The answers lean slightly toward control: if you orchestrate, keep the flow's logic in the service of the team that owns its outcome, scoped to this flow.",
            },
          }
        : {
            strength: 0,
            advice: {
              pattern: "track-then-manage",
              why: "The answers lean slightly toward events: keep them, and add tracking so you can see when the flow needs managing.",
            },
          },
    );
  }
  const seen = new Set<string>();
  return candidates
    .sort((a, b) => b.strength - a.strength)
    .filter((c) => (seen.has(c.advice.pattern) ? false : (seen.add(c.advice.pattern), true)))
    .slice(0, 3)
    .map((c) => c.advice);
}
