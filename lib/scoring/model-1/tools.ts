import type { Answers } from "../questions";
import type { ToolSuggestion, Verdict } from "../types";

const ENGINES = {
  temporal: { name: "Temporal", url: "https://docs.temporal.io/temporal" },
  camunda: {
    name: "Camunda 8 (Zeebe)",
    url: "https://docs.camunda.io/docs/components/zeebe/zeebe-overview/",
  },
  stepFunctions: {
    name: "AWS Step Functions",
    url: "https://docs.aws.amazon.com/step-functions/latest/dg/welcome.html",
  },
  durable: {
    name: "Azure Durable Functions",
    url: "https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-overview",
  },
  dapr: {
    name: "Dapr Workflow",
    url: "https://docs.dapr.io/developing-applications/building-blocks/workflow/workflow-overview/",
  },
  gcpWorkflows: {
    name: "Google Cloud Workflows",
    url: "https://cloud.google.com/workflows/docs/overview",
  },
  conductor: { name: "Conductor OSS / Orkes", url: "https://github.com/conductor-oss/conductor" },
} as const;

const BROKERS = {
  kafka: { name: "Apache Kafka", url: "https://kafka.apache.org/documentation/#introduction" },
  rabbitmq: { name: "RabbitMQ", url: "https://www.rabbitmq.com/tutorials/amqp-concepts" },
  nats: { name: "NATS JetStream", url: "https://docs.nats.io/nats-concepts/jetstream" },
  pulsar: { name: "Apache Pulsar", url: "https://pulsar.apache.org/docs/concepts-overview" },
  eventbridge: {
    name: "Amazon EventBridge (with SQS/SNS)",
    url: "https://docs.aws.amazon.com/eventbridge/latest/userguide/",
  },
  azureBus: {
    name: "Azure Service Bus / Event Grid",
    url: "https://learn.microsoft.com/azure/service-bus-messaging/",
  },
  pubsub: { name: "Google Cloud Pub/Sub", url: "https://cloud.google.com/pubsub/docs/overview" },
} as const;

const PRACTICES = {
  outbox: {
    name: "Transactional outbox",
    url: "https://microservices.io/patterns/data/transactional-outbox.html",
  },
  schemaRegistry: {
    name: "Schema registry and versioned event contracts",
    url: "https://learn.microsoft.com/en-us/azure/architecture/patterns/choreography",
  },
  otel: {
    name: "Correlation IDs and OpenTelemetry messaging conventions",
    url: "https://opentelemetry.io/docs/specs/semconv/messaging/messaging-spans/",
  },
  stateMachine: {
    name: "A code-level state machine owned by one team",
    url: "https://microservices.io/patterns/data/saga.html",
  },
} as const;

/**
 * Engines, brokers and practices for the verdict, preferring what the team already runs.
 * Depends on the verdict and the context answers only.
 *
 * @example
 * toolsOf("orchestration", { platform: "aws" })[0].name // → "AWS Step Functions"
 */
export function toolsOf(verdict: Verdict, answers: Answers): ToolSuggestion[] {
  const tools: ToolSuggestion[] = [];
  const platform = answers.platform;
  const messaging = answers.messaging;
  const engineCannotRun = answers["workflow-engine"] === "cannot-run";

  if (verdict !== "choreography") {
    if (engineCannotRun) {
      tools.push({
        ...PRACTICES.stateMachine,
        kind: "practice",
        why: "You can't run an engine: keep the flow in one service as an explicit, persisted state machine rather than functions calling functions.",
      });
    }
    const engine = (e: (typeof ENGINES)[keyof typeof ENGINES], why: string) =>
      tools.push({ ...e, kind: "engine", why });
    switch (platform) {
      case "aws":
        engine(
          ENGINES.stepFunctions,
          "Managed on AWS; Standard workflows are durable, wait for callbacks and keep an execution history.",
        );
        engine(
          ENGINES.temporal,
          "Workflows as code in your language; Temporal Cloud or self-hosted.",
        );
        break;
      case "azure":
        engine(
          ENGINES.durable,
          "Managed on Azure; orchestrator functions with durable timers and external events.",
        );
        engine(
          ENGINES.temporal,
          "Workflows as code in your language; Temporal Cloud or self-hosted.",
        );
        break;
      case "gcp":
        engine(
          ENGINES.gcpWorkflows,
          "Managed on Google Cloud; a declarative flow with waits and callbacks.",
        );
        engine(
          ENGINES.temporal,
          "Workflows as code in your language; Temporal Cloud or self-hosted.",
        );
        break;
      case "kubernetes":
        engine(
          ENGINES.temporal,
          "Durable workflows as code; runs on your cluster or as Temporal Cloud.",
        );
        engine(
          ENGINES.camunda,
          "BPMN models executed by Zeebe; self-managed on Kubernetes (a licence for production since 8.6) or SaaS, with Kafka connectors.",
        );
        engine(
          ENGINES.dapr,
          "If you already run Dapr sidecars, its workflow building block adds durable orchestration.",
        );
        break;
      case "vms-on-prem":
        engine(ENGINES.temporal, "Self-hostable durable execution with workflows as code.");
        engine(
          ENGINES.camunda,
          "BPMN-based engine for flows that business people also read; self-managed.",
        );
        engine(
          ENGINES.conductor,
          "The community-maintained Conductor (not Netflix's archived repository), self-hosted or via Orkes.",
        );
        break;
      default:
        engine(
          ENGINES.temporal,
          "Workflows as code, portable across clouds; Temporal Cloud or self-hosted.",
        );
        engine(
          ENGINES.camunda,
          "BPMN-based engine, SaaS or self-managed (a licence for production since 8.6).",
        );
        engine(
          ENGINES.conductor,
          "The community-maintained Conductor (not Netflix's archived repository), self-hosted or via Orkes.",
        );
    }
  }

  if (
    verdict !== "orchestration" ||
    (answers["side-effects"] !== undefined &&
      answers["side-effects"] !== "none" &&
      answers["side-effects"] !== "unsure")
  ) {
    const broker = (b: (typeof BROKERS)[keyof typeof BROKERS], why: string) =>
      tools.push({ ...b, kind: "broker", why });
    const keep =
      "You already run it: use it for this flow's events rather than adding a second broker.";
    if (messaging === "kafka") broker(BROKERS.kafka, keep);
    else if (messaging === "rabbitmq") broker(BROKERS.rabbitmq, keep);
    else if (messaging === "nats")
      broker(BROKERS.nats, keep + " Use JetStream for persistence and replay.");
    else if (
      messaging === "cloud-native" ||
      messaging === "other" ||
      messaging === "none" ||
      messaging === undefined ||
      messaging === "unsure"
    ) {
      if (messaging === "other") {
        tools.push({
          ...PRACTICES.schemaRegistry,
          kind: "practice",
          why: "Keep your broker if it offers durable subscriptions, retries and dead-lettering; put its event contracts under version control.",
        });
      }
      if (platform === "aws")
        broker(
          BROKERS.eventbridge,
          "Managed on AWS: EventBridge rules route events; SQS queues buffer each consumer.",
        );
      else if (platform === "azure")
        broker(
          BROKERS.azureBus,
          "Managed on Azure: Service Bus for business messages, Event Grid for state-change notifications.",
        );
      else if (platform === "gcp")
        broker(
          BROKERS.pubsub,
          "Managed on Google Cloud, with push or pull subscriptions per consumer.",
        );
      else if (messaging !== "other") {
        broker(
          BROKERS.kafka,
          "A durable, replayable log: consumers can be added later and catch up.",
        );
        broker(
          BROKERS.rabbitmq,
          "Flexible routing and per-consumer queues, simpler to run than a log.",
        );
      }
    }
  }

  tools.push({
    ...PRACTICES.outbox,
    kind: "practice",
    why: "Publish events or commands in the same transaction as the state change, so a crash can't lose or invent one.",
  });
  tools.push({
    ...PRACTICES.otel,
    kind: "practice",
    why: "Propagate trace context through message headers so one flow instance can be followed across services.",
  });
  if (verdict !== "orchestration") {
    tools.push({
      ...PRACTICES.schemaRegistry,
      kind: "practice",
      why: "In a choreography the events are the contract between teams: version them and check compatibility before release.",
    });
  }
  return dedupe(tools);
}

function dedupe(tools: ToolSuggestion[]): ToolSuggestion[] {
  const seen = new Set<string>();
  return tools.filter((t) => (seen.has(t.name) ? false : (seen.add(t.name), true)));
}
