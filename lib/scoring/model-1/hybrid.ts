import { pointsIn } from "../score";
import type { Answers } from "../questions";
import type {
  Contribution,
  HybridAdvice,
  HybridPatternDefinition,
  HybridPatternId,
} from "../types";
import { STRONG_ORCHESTRATION_SIGNALS } from "./verdict";

export const HYBRID_PATTERNS: readonly HybridPatternDefinition[] = [
  {
    id: "choreograph-between-orchestrate-within",
    title: "Choreograph between bounded contexts, orchestrate inside one",
    headline: "Hybrid: choreograph between domains, orchestrate within each",
    description:
      "Domains announce business events to each other; inside a domain that has a stateful, branching sub-process, one service orchestrates it.",
    sources:
      "Azure Choreography pattern; Rücker (2017); Yan Cui, InfoQ podcast. AWS Prescriptive Guidance places the styles the other way round.",
  },
  {
    id: "orchestrate-core-choreograph-side-effects",
    title: "Orchestrate the transactional core, choreograph the side effects",
    headline: "Hybrid: orchestrate the core, choreograph the side effects",
    description:
      "The steps that must succeed or be compensated together run under an orchestrator; notifications, analytics, search and CRM subscribe to the events it publishes.",
    sources:
      "Rücker (2017); Newman, Building Microservices ch. 6 \u201cMixing styles\u201d; Azure Choreography pattern",
  },
  {
    id: "event-to-command",
    title: "Turn events into commands where you own the outcome",
    headline: "Hybrid: react to events, command what you own",
    description:
      "A service that owns an outcome listens to another domain's event and sends explicit commands to the services it needs, rather than hoping they react to its own events.",
    sources:
      "Rücker, Event command transformation (2017); Fowler, What do you mean by \u201cEvent-Driven\u201d? (2017)",
  },
  {
    id: "orchestrator-per-flow",
    title: "One orchestrator per flow, owned by the capability team",
    headline: "Hybrid: a per-flow orchestrator, owned by one team",
    description:
      "Put the orchestration inside the service of the team that owns the outcome, one per flow; never a shared central engine or bus that every team must change.",
    sources:
      "Newman, Building Microservices ch. 6; Rücker, How to tame event-driven microservices (2019)",
  },
  {
    id: "track-then-manage",
    title: "Track the choreography first, then manage it",
    headline: "Hybrid: keep the events, add process tracking",
    description:
      "Keep the event-driven collaboration, add a tracker that correlates the events into per-instance status and timeouts, and move to managing the flow only where tracking shows it's needed.",
    sources:
      "Rücker, The Microservices Workflow Automation Cheat Sheet (2020); Newman, Building Microservices ch. 6",
  },
  {
    id: "async-orchestration",
    title: "Asynchronous, message-driven orchestration",
    headline: "Hybrid: orchestrate over messages, not calls",
    description:
      "Keep a central definition of the flow, but send its commands and receive its replies over the broker, so participants stay decoupled in time.",
    sources: "Richardson, Microservices Patterns ch. 4; Rücker (2017); Camunda Zeebe docs",
  },
];

/**
 * Hybrid patterns that fit the answers, best first (at most three). Always at least one.
 * Only meaningful for a hybrid verdict; the caller decides when to show it.
 *
 * @example
 * hybridAdviceOf(contributionsOf(a), a, 2)[0].pattern // e.g. "orchestrate-core-choreograph-side-effects"
 */
export function hybridAdviceOf(
  contributions: readonly Contribution[],
  answers: Answers,
  score: number,
): HybridAdvice[] {
  const p = (id: Parameters<typeof pointsIn>[1]) => pointsIn(contributions, id);
  const coreSignals = STRONG_ORCHESTRATION_SIGNALS.filter((id) => p(id) >= 2);
  const coreText = coreSignals.length > 0 ? coreSignals.join(", ") : "";
  const candidates: { advice: HybridAdvice; strength: number }[] = [];

  if (p("side-effects") <= -2 && coreSignals.length > 0) {
    candidates.push({
      strength: -p("side-effects") + coreSignals.length,
      advice: {
        pattern: "orchestrate-core-choreograph-side-effects",
        why: `The core needs control (${coreText}), while ${answers["side-effects"] === "many-growing" ? "many, growing" : "several"} side effects need nobody to wait for them.`,
      },
    });
  }
  const acrossDomains = p("bounded-contexts") <= -2 || p("teams") <= -1;
  if (acrossDomains && (coreSignals.length > 0 || score > 0)) {
    candidates.push({
      strength: -p("bounded-contexts") - p("teams") + coreSignals.length * 0.5,
      advice: {
        pattern: "choreograph-between-orchestrate-within",
        why: "The flow crosses several domains or teams, yet parts of it need central control.",
      },
    });
  }
  if (
    p("outcome-ownership") >= 2 &&
    (answers.teams !== "one" || answers["bounded-contexts"] !== "one")
  ) {
    candidates.push({
      strength: 2,
      advice: {
        pattern: "event-to-command",
        why: "The initiating service needs the outcome, so where it relies on other teams' services it should command them, not hope they react.",
      },
    });
  }
  if (p("visibility") >= 2 && score < 0) {
    candidates.push({
      strength: p("visibility"),
      advice: {
        pattern: "track-then-manage",
        why: "Most answers favour events, but someone needs per-instance status: track the flow before deciding to manage it.",
      },
    });
  }
  if (coreSignals.length > 0 && (p("latency") <= -1 || p("event-practices") <= -1)) {
    candidates.push({
      strength: 1 + (p("latency") <= -1 ? 1 : 0),
      advice: {
        pattern: "async-orchestration",
        why:
          p("latency") <= -1
            ? "The flow needs control but is latency-sensitive: keep the orchestrator off the synchronous path by driving it over messages."
            : "The flow needs control and your teams are fluent with messaging: orchestrate through the broker.",
      },
    });
  }
  if (answers["end-to-end-owner"] === "yes" && answers.teams !== "one" && score > 0) {
    candidates.push({
      strength: 1,
      advice: {
        pattern: "orchestrator-per-flow",
        why: "One team owns the outcome while several teams own services: the orchestrator belongs in that team's service, scoped to this flow.",
      },
    });
  }
  if (candidates.length === 0) {
    candidates.push(
      score >= 0
        ? {
            strength: 0,
            advice: {
              pattern: "orchestrator-per-flow",
              why: "The answers lean slightly toward control; if you orchestrate, keep it to this flow and inside the owning team's service.",
            },
          }
        : {
            strength: 0,
            advice: {
              pattern: "track-then-manage",
              why: "The answers lean slightly toward events; keep them, and add tracking so you can see when the flow needs managing.",
            },
          },
    );
  }
  return candidates
    .sort((a, b) => b.strength - a.strength)
    .slice(0, 3)
    .map((c) => c.advice);
}

/** The definition of a hybrid pattern. */
export function hybridPattern(id: HybridPatternId): HybridPatternDefinition {
  return HYBRID_PATTERNS.find((h) => h.id === id)!;
}
