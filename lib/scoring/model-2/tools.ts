import type { Answers } from "../questions";
import type { Implementation, ImplementationId, RuleContext, ToolSuggestion } from "../types";
import { buildFacts, type BuildFacts } from "./build";
import { BROKERS, IN_PROCESS, PRACTICES, RUNTIMES } from "./catalogue";

/**
 * Durable-execution runtimes in order of fit: libraries and light runtimes first when no engine
 * can be run or at high volume (never a runtime billed or limited per step first on a hot path);
 * otherwise what the platform offers managed, then the portable engines.
 */
function runtimes(answers: Answers, f: BuildFacts): ToolSuggestion[] {
  const r = RUNTIMES;
  if (f.cannotRunEngine) return [r.dbos, r.restate];
  const managed: Record<string, ToolSuggestion[]> = {
    aws: [r.lambdaDurable, r.stepFunctions],
    azure: [r.durableTask],
    gcp: [r.gcpWorkflows],
  };
  const platform = answers.platform ?? "unsure";
  if (f.highVolume) return [r.dbos, r.restate, r.temporal, ...(managed[platform] ?? [])];
  switch (platform) {
    case "aws":
    case "azure":
    case "gcp":
      return [...managed[platform]!, r.temporal];
    case "kubernetes":
      return [r.temporal, r.restate, r.dapr, r.cadence];
    case "vms-on-prem":
      return [r.temporal, r.cadence, r.dbos, r.conductor];
    default:
      return [r.temporal, r.restate, r.dbos, r.inngest];
  }
}

/** Brokers for the event-driven part: what the team runs first, else the platform's managed one. */
function brokers(answers: Answers, form: ImplementationId): ToolSuggestion[] {
  const keep = (b: ToolSuggestion) => ({
    ...b,
    why: `You already run it: use it here rather than adding a second broker. ${b.why}`,
  });
  switch (answers.messaging) {
    case "kafka":
      return [keep(BROKERS.kafka)];
    case "rabbitmq":
      return [keep(BROKERS.rabbitmq)];
    case "nats":
      return [keep(BROKERS.nats)];
    case "other":
      return [];
  }
  switch (answers.platform) {
    case "aws":
      return [BROKERS.eventbridge];
    case "azure":
      return [BROKERS.azure];
    case "gcp":
      return [BROKERS.pubsub];
    default:
      return [form === "queue" ? BROKERS.rabbitmq : BROKERS.kafka];
  }
}

/**
 * Model 2's tool suggestions: grouped by the implementation forms in their order (each tool names
 * the form it serves), then the practices either style needs. Empty when too early to say.
 */
export function toolsV2(
  context: RuleContext,
  implementation: readonly Implementation[],
): ToolSuggestion[] {
  const { answers, detail, insufficient } = context;
  if (insufficient) return [];
  const f = buildFacts(answers);
  const tools: ToolSuggestion[] = [];
  for (const form of implementation) {
    if (form.id === "in-process") {
      tools.push(IN_PROCESS.stateMachine);
      if (f.cannotRunEngine) tools.push(IN_PROCESS.processManagerLibrary);
    } else if (form.id === "durable-execution") tools.push(...runtimes(answers, f));
    else if (form.id === "process-engine") tools.push(RUNTIMES.camunda, RUNTIMES.flowable);
    else tools.push(...brokers(answers, form.id).map((b) => ({ ...b, implementation: form.id })));
  }
  const publishes = implementation.some((x) => x.id === "event-broker" || x.id === "queue");
  if (publishes || f.sideEffects) tools.push(PRACTICES.outbox);
  tools.push(PRACTICES.otel);
  if (detail.verdict !== "orchestration") tools.push(PRACTICES.schemaRegistry, PRACTICES.pact);
  const seen = new Set<string>();
  return tools.filter((t) => (seen.has(t.name) ? false : (seen.add(t.name), true)));
}
