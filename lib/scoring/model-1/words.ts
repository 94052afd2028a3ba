/**
 * Model 1's words, frozen with its rules: what its results say on every page and export. A code
 * made by model 1 keeps these words forever, as it keeps its numbers (lib/scoring/CHANGELOG.md).
 * Data only, light enough for the browser.
 */
import type { ModelWords } from "../types";
import { QUESTIONS_V1 } from "./questions";

export const WORDS_V1 = {
  version: 1,
  questions: QUESTIONS_V1,
  questionNames: {
    participants: "the number of services",
    "control-flow": "the control flow",
    "side-effects": "the side effects",
    "flow-change-rate": "how often the flow changes",
    "participant-churn": "participant churn",
    consistency: "the consistency need",
    visibility: "per-instance visibility",
    duration: "the waiting time",
    latency: "latency",
    "outcome-ownership": "who needs the outcome",
    observability: "observability",
    "event-practices": "event practices",
    "workflow-engine": "durable execution",
    "testing-release": "testing and releasing",
    teams: "the number of teams",
    "end-to-end-owner": "end-to-end ownership",
    "bounded-contexts": "the bounded contexts",
    platform: "the platform",
    messaging: "the messaging",
  },
  questionLabels: {
    participants: "Participants",
    "control-flow": "Control flow",
    "side-effects": "Side effects",
    "flow-change-rate": "Flow change rate",
    "participant-churn": "Participant churn",
    consistency: "Consistency",
    visibility: "Visibility",
    duration: "Waiting time",
    latency: "Latency",
    "outcome-ownership": "Outcome ownership",
    observability: "Observability",
    "event-practices": "Event practices",
    "workflow-engine": "Workflow engine",
    "testing-release": "Testing and release",
    teams: "Teams",
    "end-to-end-owner": "End-to-end owner",
    "bounded-contexts": "Bounded contexts",
    platform: "Platform",
    messaging: "Messaging",
  },
  /** Warnings that never move the score, in display order (the rules that fire them: gates.ts). */
  gates: [
    {
      id: "async-atomic-choreography",
      severity: "warning",
      title: "Near-atomic consistency without an orchestrator",
      advice:
        "Asynchronous, near-atomic and choreographed is the hardest saga to get right. Relax the invariant to eventual consistency with compensation, or orchestrate the part that must be near-atomic.",
      basis: "Ford, Richards, Sadalage, Dehghani, Software Architecture: The Hard Parts, ch. 12",
      article: "sagas-and-compensation",
      when: "consistency is near-atomic and the verdict is not orchestration",
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
  ],
  hybridPatterns: [
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
  ],
  implementations: [],
  notes: [],
  verdictRules: [
    {
      id: "opposing-signal",
      label: "the opposing-signal rule",
      statement:
        "A score in the orchestration band becomes hybrid when side effects, teams or bounded contexts pull toward choreography by 2 points or more; a score in the choreography band becomes hybrid when control flow, consistency, visibility or waiting time pull toward orchestration by 2 points or more.",
    },
  ],
} as const satisfies ModelWords;
