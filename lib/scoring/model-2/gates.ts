import type { Gate, GateDefinition, HybridAdvice, Implementation, RuleContext } from "../types";

/** Model 2's gates as people read them, in display order (CHANGELOG.md, model 2, behaviour 9). */
export const GATES_V2: readonly GateDefinition[] = [
  {
    id: "async-atomic-choreography",
    severity: "warning",
    title: "Near-atomic consistency with nothing orchestrating it",
    advice:
      "First try to keep the invariant in one service and one database transaction, redrawing a boundary if needed. If it must span services, orchestrate that part (a saga with reservations or try-confirm-cancel, and compensations that are idempotent and retryable), or relax it to eventual consistency with compensation. An asynchronous, near-atomic, choreographed saga is the hardest combination to get right.",
    basis:
      "Richardson, Microservices Patterns ch. 4 (sagas, countermeasures); Ford, Richards, Sadalage, Dehghani, Software Architecture: The Hard Parts ch. 12 (saga kinds)",
    article: "sagas-and-compensation",
    when: "consistency is near-atomic and nothing in the advice orchestrates that part: a choreography verdict, or a hybrid whose patterns only track the flow",
  },
  {
    id: "choreography-needs-observability",
    severity: "warning",
    title: "Make events traceable before relying on choreography",
    advice:
      "Add correlation IDs, trace context propagated through message headers, idempotent consumers, a transactional outbox and a schema registry, or a process tracker that follows the events, before you rely on choreography for this flow.",
    basis:
      "Azure Architecture Center, Choreography pattern; Newman, Building Microservices ch. 6; OpenTelemetry semantic conventions for messaging",
    article: "seeing-the-flow",
    when: "the verdict is choreography or hybrid, and observability stops at correlation IDs or event practices stop at basic pub/sub (a warning), or either is unanswered (info)",
  },
  {
    id: "orchestration-needs-engine",
    severity: "warning",
    title: "Don't hand-roll an engine",
    advice:
      "A persisted status column and a few explicit transitions in the owning service are fine. Timers, retries, versioning and a history of every step are where home-made orchestrators (and functions calling functions) fail. If you can add a library, durable execution no longer needs a server: DBOS, Restate's SDKs, Lambda durable functions or the Durable Task SDKs.",
    basis:
      "Rücker & Schimak, InfoQ, Events, Flows and Long-Running Services; AWS Lambda Developer Guide (durable functions)",
    article: "tool-map",
    when: "the verdict is orchestration or hybrid and you can run neither an engine nor a durable-execution library",
  },
  {
    id: "orchestrator-needs-owner",
    severity: "warning",
    title: "Name the orchestrator's owner first",
    advice:
      "An orchestrator that no team owns drifts into a god service or a central ESB. Name the team accountable for the end-to-end outcome; the flow's logic lives in its code, even when it runs on a shared engine platform. Shared ownership is the common failure: make it one team.",
    basis:
      "Rücker, How to tame event-driven microservices (2019); Newman, Building Microservices ch. 6",
    article: "teams-and-ownership",
    when: "the verdict is orchestration or hybrid and nobody owns the end-to-end outcome (a warning), or ownership is partial (info)",
  },
  {
    id: "engine-cost-at-volume",
    severity: "warning",
    title: "Price every step before you persist it",
    advice:
      "At 100 or more instances a second, an engine that persists every step is billed or rate-limited per step (state transitions, actions, checkpoints). Estimate steps × instances against the price and the quotas first; keep the hot part in process, or use a runtime whose per-step cost you have measured at this volume.",
    basis:
      "AWS Step Functions pricing and quotas; Prime Video Tech, Scaling up the Prime Video audio/video monitoring service (2023)",
    article: "latency-and-throughput",
    when: "the volume is 100 or more a second and the first orchestrated way to build it persists every step in an engine",
  },
  {
    id: "kubernetes-is-not-coordination",
    severity: "info",
    title: "Kubernetes orchestrates containers, not business flows",
    advice:
      "Kubernetes schedules, scales and heals containers; it does not decide which service acts next in a business flow. Running on it doesn't change this recommendation either way.",
    basis: "Kubernetes documentation, Overview",
    article: "kubernetes-is-not-your-workflow-orchestrator",
    when: "the services run on Kubernetes (always shown)",
  },
];

const WEAK_OBSERVABILITY = new Set(["none", "correlation-ids"]);
const WEAK_EVENTS = new Set(["none", "basic-pubsub"]);
const ENGINE_FORMS = new Set(["durable-execution", "process-engine"]);

/**
 * Model 2's gates for a result. Too early to say: only the Kubernetes note, since every other gate
 * depends on a verdict that isn't given.
 *
 * @example
 * // volume over-10k with durable execution first
 * gatesV2(context, [], [{ id: "durable-execution", why }]) // → [{ id: "engine-cost-at-volume", severity: "warning" }]
 */
export function gatesV2(
  context: RuleContext,
  hybrid: readonly HybridAdvice[],
  implementation: readonly Implementation[],
): Gate[] {
  const { answers, detail, insufficient } = context;
  const v = detail.verdict;
  const fired = new Map<string, Gate["severity"]>();
  if (!insufficient) {
    const leansChoreography = v === "choreography" || v === "hybrid";
    const leansOrchestration = v === "orchestration" || v === "hybrid";
    const onlyTracks = hybrid.every((h) => h.pattern === "track-then-manage");
    if (
      answers.consistency === "near-atomic" &&
      (v === "choreography" || (v === "hybrid" && onlyTracks))
    )
      fired.set("async-atomic-choreography", "warning");
    if (leansChoreography) {
      const obs = answers.observability ?? "unsure";
      const events = answers["event-practices"] ?? "unsure";
      if (WEAK_OBSERVABILITY.has(obs) || WEAK_EVENTS.has(events))
        fired.set("choreography-needs-observability", "warning");
      else if (obs === "unsure" || events === "unsure")
        fired.set("choreography-needs-observability", "info");
    }
    if (leansOrchestration && answers["workflow-engine"] === "cannot-run")
      fired.set("orchestration-needs-engine", "warning");
    if (leansOrchestration && answers["end-to-end-owner"] === "no")
      fired.set("orchestrator-needs-owner", "warning");
    else if (leansOrchestration && answers["end-to-end-owner"] === "partial")
      fired.set("orchestrator-needs-owner", "info");
    const first = implementation.find((x) => x.id !== "event-broker" && x.id !== "queue")?.id;
    if (
      (answers.volume === "100-10k" || answers.volume === "over-10k") &&
      first &&
      ENGINE_FORMS.has(first)
    )
      fired.set("engine-cost-at-volume", "warning");
  }
  if (answers.platform === "kubernetes") fired.set("kubernetes-is-not-coordination", "info");
  return GATES_V2.filter((g) => fired.has(g.id)).map((g) => ({
    id: g.id,
    severity: fired.get(g.id)!,
  }));
}
