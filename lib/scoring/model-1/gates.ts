import type { Answers } from "../questions";
import type { Gate, GateDefinition, GateId, Verdict } from "../types";

/** A model-1 gate: its wording plus the rule that fires it. */
interface RuledGate extends GateDefinition {
  appliesTo: (verdict: Verdict, answers: Answers) => boolean;
}

const leansChoreography = (v: Verdict) => v === "choreography" || v === "hybrid";
const leansOrchestration = (v: Verdict) => v === "orchestration" || v === "hybrid";

/** Warnings that never move the score, in display order. */
export const GATES: readonly RuledGate[] = [
  {
    id: "async-atomic-choreography",
    severity: "warning",
    title: "Near-atomic consistency without an orchestrator",
    advice:
      "Asynchronous, near-atomic and choreographed is the hardest saga to get right. Relax the invariant to eventual consistency with compensation, or orchestrate the part that must be near-atomic.",
    basis: "Ford, Richards, Sadalage, Dehghani, Software Architecture: The Hard Parts, ch. 12",
    article: "sagas-and-compensation",
    when: "consistency is near-atomic and the verdict is not orchestration",
    appliesTo: (v, a) => a.consistency === "near-atomic" && v !== "orchestration",
  },
  {
    id: "choreography-needs-observability",
    severity: "warning",
    title: "Make events traceable before relying on choreography",
    advice:
      "Add correlation IDs, trace context propagated through message headers, idempotent consumers, a transactional outbox and a schema registry, or add process tracking that follows the events, before you rely on choreography for this flow.",
    basis:
      "Azure Architecture Center, Choreography pattern; Newman, Building Microservices ch. 6; OpenTelemetry messaging conventions",
    article: "seeing-the-flow",
    when: "the verdict is choreography or hybrid, and observability stops at correlation IDs or event practices stop at basic pub/sub",
    appliesTo: (v, a) =>
      leansChoreography(v) &&
      (a.observability === "none" ||
        a.observability === "correlation-ids" ||
        a["event-practices"] === "none" ||
        a["event-practices"] === "basic-pubsub"),
  },
  {
    id: "orchestration-needs-engine",
    severity: "warning",
    title: "Don't hand-roll the orchestrator",
    advice:
      "Without a workflow engine, orchestration tends to become functions calling functions or a home-made state machine. Use a managed engine, or keep a code-level state machine inside one service, owned by one team.",
    basis:
      "AWS Lambda Developer Guide, Orchestration; Rücker & Schimak, InfoQ, Events, Flows and Long-Running Services",
    article: "tool-map",
    when: "the verdict is orchestration or hybrid and you cannot run a workflow engine",
    appliesTo: (v, a) => leansOrchestration(v) && a["workflow-engine"] === "cannot-run",
  },
  {
    id: "orchestrator-needs-owner",
    severity: "warning",
    title: "Name the orchestrator's owner first",
    advice:
      "An orchestrator that no team owns drifts into a god service or a central ESB. Name the team accountable for the end-to-end outcome, and put the orchestrator in its service.",
    basis:
      "Rücker, How to tame event-driven microservices (2019); Newman, Building Microservices ch. 6",
    article: "teams-and-ownership",
    when: "the verdict is orchestration or hybrid and nobody owns the end-to-end outcome",
    appliesTo: (v, a) => leansOrchestration(v) && a["end-to-end-owner"] === "no",
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
    appliesTo: (_v, a) => a.platform === "kubernetes",
  },
];

/**
 * The gates that apply to a verdict and answer set.
 *
 * @example
 * gatesOf("orchestration", { "workflow-engine": "cannot-run" }) // → [{ id: "orchestration-needs-engine", severity: "warning" }]
 */
export function gatesOf(verdict: Verdict, answers: Answers): Gate[] {
  return GATES.filter((g) => g.appliesTo(verdict, answers)).map(({ id, severity }) => ({
    id,
    severity,
  }));
}

/** The full definition of a gate. */
export function gateDefinition(id: GateId): GateDefinition {
  const {
    id: gateId,
    severity,
    title,
    advice,
    basis,
    article,
    when,
  } = GATES.find((g) => g.id === id)!;
  return { id: gateId, severity, title, advice, basis, article, when };
}
