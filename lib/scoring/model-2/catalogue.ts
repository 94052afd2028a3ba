/**
 * The 2026 tool catalogue (CHANGELOG.md, model 2, behaviour 10, and "The catalogue"). Facts in each
 * `why` are from the vendors' and projects' own documentation as of `CATALOGUE_DATE`; prices
 * change, so the text names the billing unit, not a price. The facts are kept current for every
 * model version that suggests the tool; which tools a model suggests stays frozen with it.
 */
import type { ImplementationId, ToolSuggestion } from "../types";

/** The day the catalogue's facts were last checked (ISO 8601), shown with every tool list. */
export const CATALOGUE_DATE = "2026-12-06";

type Entry = Omit<ToolSuggestion, "why"> & { why: string; implementation: ImplementationId };

const engine = (
  name: string,
  url: string,
  why: string,
  implementation: ImplementationId = "durable-execution",
): Entry => ({
  name,
  url,
  why,
  kind: "engine",
  implementation,
});

export const RUNTIMES = {
  temporal: engine(
    "Temporal",
    "https://docs.temporal.io/",
    "Workflows as ordinary code (Go, Java, TypeScript, Python, .NET and more), replayed from an event history, so workflow code must be deterministic: plan replay tests and versioning. Open source (MIT) to self-host, or Temporal Cloud, billed per action. Nexus connects workflows across teams' namespaces.",
  ),
  cadence: engine(
    "Cadence",
    "https://cadenceworkflow.io/",
    "Uber's workflow-as-code engine that Temporal forked from, still developed (repository cadence-workflow/cadence) and a CNCF Sandbox project since 2025; a fit where a team already runs it. Self-hosted, or from a managed provider.",
  ),
  restate: engine(
    "Restate",
    "https://docs.restate.dev/",
    "A durable-execution server with SDKs that journal each step of ordinary service handlers; a single binary to run, or Restate Cloud. Built for low per-step latency. The server is under BUSL-1.1: production use for your own services is allowed, offering it as a public Restate platform is not.",
  ),
  dbos: engine(
    "DBOS Transact",
    "https://docs.dbos.dev/",
    "A library, not a server: workflows checkpoint each step to the Postgres database you already run, inside your own service. Nothing new to operate and no per-step bill; every step is still a database write, so size Postgres for steps × instances at your volume.",
  ),
  lambdaDurable: engine(
    "AWS Lambda durable functions",
    "https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html",
    "Code-first durable execution inside Lambda: steps are checkpointed and replayed, waits suspend without compute charges, and one execution can last up to a year. AWS only; replay means deterministic code, as with Temporal.",
  ),
  stepFunctions: engine(
    "AWS Step Functions",
    "https://docs.aws.amazon.com/step-functions/latest/dg/welcome.html",
    "Managed on AWS, defined in JSON (Amazon States Language). Standard workflows run up to a year, wait for callbacks and keep history for 90 days, and are billed per state transition; Express workflows are billed per request and duration but last at most five minutes and can't wait for callbacks. Check the account quotas at your volume.",
  ),
  durableTask: engine(
    "Azure Durable Functions / Durable Task SDKs",
    "https://learn.microsoft.com/azure/durable-task/scheduler/durable-task-scheduler",
    "Orchestrations as code on Azure, with the Durable Task Scheduler as the recommended backend; the Durable Task SDKs also run on Container Apps, AKS or VMs. The scheduler bills per action (Consumption) or per capacity unit (Dedicated).",
  ),
  dapr: engine(
    "Dapr Workflow",
    "https://docs.dapr.io/developing-applications/building-blocks/workflow/workflow-overview/",
    "If you already run Dapr sidecars: durable workflows as code in the sidecar model, stable since Dapr 1.15, with workflow versioning since 1.17.",
  ),
  gcpWorkflows: engine(
    "Google Cloud Workflows",
    "https://cloud.google.com/workflows/docs/overview",
    "Managed on Google Cloud: a YAML or JSON flow with waits and callbacks, billed per step executed.",
  ),
  conductor: engine(
    "Conductor OSS / Orkes",
    "https://github.com/conductor-oss/conductor",
    "JSON-defined workflows with workers in any language: the community-maintained Conductor (Netflix archived its own repository), self-hosted, or managed by Orkes.",
  ),
  inngest: engine(
    "Inngest, Hatchet or Trigger.dev",
    "https://www.inngest.com/docs",
    "Durable-function services for event-triggered, step-based work, hosted or self-hosted; quick to adopt. Check their limits and billing per step and per run before a business-critical saga depends on them.",
  ),
  camunda: engine(
    "Camunda 8 (Zeebe)",
    "https://docs.camunda.io/docs/components/zeebe/zeebe-overview/",
    "BPMN and DMN models executed by Zeebe, with human tasks and a process model the business can read. SaaS, or self-managed, which needs a licence key for production since 8.6 (October 2024). Camunda 7 Community Edition reached end of life in October 2025; Operaton and CIB seven are Apache-2.0 forks of it.",
    "process-engine",
  ),
  flowable: engine(
    "Flowable",
    "https://www.flowable.com/open-source",
    "Open-source BPMN, CMMN and DMN engine for the JVM that you can embed in your own service; an alternative where Camunda 8's licence doesn't fit.",
    "process-engine",
  ),
} as const;

export const IN_PROCESS = {
  stateMachine: {
    name: "An explicit state machine in the owning service",
    url: "https://microservices.io/patterns/data/saga.html",
    kind: "practice",
    implementation: "in-process",
    why: "The coordinator is code in one service: a status column, explicit transitions, a local transaction per step and an outbox for what it tells others. No extra hop and no per-step bill. Stop before timers, retries and versioning grow into a home-made engine.",
  },
  processManagerLibrary: {
    name: "A process-manager library: Axon, Eventuate Tram, MassTransit or NServiceBus sagas",
    url: "https://www.enterpriseintegrationpatterns.com/patterns/messaging/ProcessManager.html",
    kind: "practice",
    implementation: "in-process",
    why: "Process managers (which these frameworks call sagas) as a library over the message bus you already run: state in your database, each step a message. Eventuate Tram and Axon Framework 4 are Apache-2.0 on the JVM (Axon Framework 5 has no saga or deadline manager in its core; a legacy module only drains running sagas); on .NET, NServiceBus is commercial and MassTransit's version 9 is commercially licensed (version 8 stays Apache-2.0).",
  },
} as const satisfies Record<string, Entry>;

const broker = (
  name: string,
  url: string,
  why: string,
  implementation: ImplementationId = "event-broker",
): Entry => ({
  name,
  url,
  why,
  kind: "broker",
  implementation,
});

export const BROKERS = {
  sqs: broker(
    "Amazon SQS with a dead-letter queue",
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/welcome.html",
    "Managed on AWS: one queue between the two services, with retries and a dead-letter queue; no routing to design.",
    "queue",
  ),
  cloudTasks: broker(
    "Google Cloud Tasks",
    "https://cloud.google.com/tasks/docs/dual-overview",
    "Managed on Google Cloud: point-to-point delivery of each task to one handler, with retries and rate limits.",
    "queue",
  ),
  kafka: broker(
    "Apache Kafka (or Redpanda)",
    "https://kafka.apache.org/documentation/#introduction",
    "A durable, replayable log: consumers can be added later and catch up, and ordering holds per partition key, so key events by the entity they describe. Share groups, production-ready since Kafka 4.2, add queue-style consumption with per-record acknowledgement and delivery counts, unordered. Kafka 4 runs without ZooKeeper; Redpanda speaks the same protocol.",
  ),
  rabbitmq: broker(
    "RabbitMQ",
    "https://www.rabbitmq.com/tutorials/amqp-concepts",
    "Flexible routing and a queue per consumer, with acknowledgements and dead-lettering; simpler to run than a log when nobody needs replay.",
    "queue",
  ),
  nats: broker(
    "NATS JetStream",
    "https://docs.nats.io/nats-concepts/jetstream",
    "Persistent streams and consumers on NATS, with de-duplication by message ID and replay.",
  ),
  pulsar: broker(
    "Apache Pulsar",
    "https://pulsar.apache.org/docs/concepts-overview",
    "Topics with both streaming and queue subscriptions, and tiered storage.",
  ),
  eventbridge: broker(
    "Amazon EventBridge with SQS/SNS",
    "https://docs.aws.amazon.com/eventbridge/latest/userguide/",
    "Managed on AWS: EventBridge rules route events to their consumers, and an SQS queue buffers each one.",
  ),
  azure: broker(
    "Azure Service Bus, Event Grid or Event Hubs",
    "https://learn.microsoft.com/azure/service-bus-messaging/",
    "Managed on Azure: Service Bus for commands and business messages, Event Grid for notifications of state changes, Event Hubs (which speaks the Kafka protocol) for high-volume streams.",
  ),
  pubsub: broker(
    "Google Cloud Pub/Sub",
    "https://cloud.google.com/pubsub/docs/overview",
    "Managed on Google Cloud, with push or pull subscriptions per consumer and ordering keys.",
  ),
} as const;

const practice = (
  name: string,
  url: string,
  why: string,
): Omit<ToolSuggestion, "implementation"> => ({
  name,
  url,
  why,
  kind: "practice",
});

export const PRACTICES = {
  outbox: practice(
    "Transactional outbox, relayed by CDC (Debezium)",
    "https://debezium.io/documentation/reference/stable/transformations/outbox-event-router.html",
    "Write the event or command in the same transaction as the state change, and let change data capture (Debezium's outbox event router) publish it, so a crash can't lose or invent one.",
  ),
  otel: practice(
    "Correlation IDs and OpenTelemetry messaging conventions",
    "https://opentelemetry.io/docs/specs/semconv/messaging/messaging-spans/",
    "Propagate trace context through message headers, and link spans across asynchronous hops, so one flow instance can be followed across services.",
  ),
  schemaRegistry: practice(
    "A schema registry (Apicurio or Confluent) with AsyncAPI and CloudEvents",
    "https://www.apicur.io/registry/",
    "The events are the contract between teams: version their schemas (Avro, Protobuf or JSON Schema) in a registry that checks compatibility, describe the channels in AsyncAPI, and use the CloudEvents envelope.",
  ),
  pact: practice(
    "Message contract tests (Pact)",
    "https://docs.pact.io/",
    "Consumer-driven contract tests for messages: each consumer states what it reads, and the producer's build checks it before release.",
  ),
} as const;

/**
 * Workflow tools that are not business-flow engines: they schedule data and batch pipelines or CI
 * jobs, not sagas with compensation and per-instance business state. Named so that nobody picks
 * them for this by accident.
 */
export const NOT_BUSINESS_FLOW_ENGINES = [
  { name: "Apache Airflow", url: "https://airflow.apache.org/docs/" },
  { name: "Argo Workflows", url: "https://argo-workflows.readthedocs.io/" },
  { name: "Dagster", url: "https://docs.dagster.io/" },
  { name: "Netflix Maestro", url: "https://github.com/Netflix/maestro" },
] as const;
