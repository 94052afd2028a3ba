/**
 * Model 3's tool suggestions: model 2's, with a broker entry for `messaging: other`, the outbox
 * only beside a form that publishes from a service's own state, and the process-manager libraries
 * named as they stand today (CHANGELOG.md, model 3, fault 6; the catalogue's facts are shared).
 */
import type { Implementation, RuleContext, ToolSuggestion } from "../types";
import { IN_PROCESS, PRACTICES, RUNTIMES } from "../model-2/catalogue";
import { buildFacts } from "../model-2/build";
import { toolsV2 } from "../model-2/tools";
import { asModel2ToolAnswers, buildFactsV3 } from "./build";

/** The entry for a team whose broker the catalogue doesn't name (`messaging: other`). */
export const BROKER_YOU_RUN: Omit<ToolSuggestion, "implementation"> = {
  name: "The broker you already run",
  kind: "broker",
  url: "https://www.enterpriseintegrationpatterns.com/patterns/messaging/GuaranteedMessaging.html",
  why: "Use it here rather than adding a second one. Check that it gives what this flow needs: durable subscriptions or queues, ordering per key where order matters, acknowledgement per message with retries and a dead-letter destination, and replay if consumers may join later.",
};

/** The process-manager libraries' name in model 3: Axon 5 has no saga (see the entry's `why`). */
const PROCESS_MANAGER_LIBRARIES_NAME =
  "A process-manager library: Eventuate Tram, MassTransit or NServiceBus sagas, or Axon 4";

/**
 * Durable-execution runtimes at high volume for a team that can self-host an engine: the engines
 * built to scale out first (Temporal and Cadence add history shards and nodes; Restate is one
 * binary built for low per-step latency, its server under BUSL-1.1, which allows production use for
 * your own services), then DBOS, whose every step is a write to your own Postgres.
 */
const SELF_HOSTED_AT_VOLUME = [
  RUNTIMES.temporal,
  RUNTIMES.cadence,
  RUNTIMES.restate,
  RUNTIMES.dbos,
];

/**
 * Model 2's runtimes at high volume are DBOS, Restate, Temporal, whatever the team can run. Where
 * it can self-host an engine, `SELF_HOSTED_AT_VOLUME` replaces them in place; DBOS (a library,
 * nothing new to operate) stays first where the team can only use a managed service or didn't say.
 */
function runtimesAtVolume(tools: ToolSuggestion[], context: RuleContext): ToolSuggestion[] {
  const { answers } = context;
  if (!buildFacts(answers).highVolume || answers["workflow-engine"] !== "can-self-host")
    return tools;
  const runtime = (t: ToolSuggestion) =>
    t.kind === "engine" && t.implementation === "durable-execution";
  const at = tools.findIndex(runtime);
  if (at < 0) return tools;
  const rest = tools.filter((t) => !runtime(t));
  rest.splice(at, 0, ...SELF_HOSTED_AT_VOLUME);
  return rest;
}

/** Forms whose services publish from their own state, so the outbox belongs beside them. */
const PUBLISHES_FROM_STATE = new Set(["in-process", "event-broker"]);
const BROKER_FORMS = new Set(["event-broker", "queue"]);

/**
 * Model 3's tools, grouped by the implementation forms in their order, then the practices:
 * - `messaging: other` gets "the broker you already run" where the first broker or queue form's
 *   tools go (model 2 gave none, so the outbox came first);
 * - the transactional outbox only when a form publishes from a service's own state (`in-process`
 *   or `event-broker`), never for an engine or a queue alone, nor for a pass-through flow (linear,
 *   fire and forget, and no side effects or nobody needs the outcome), which has no state change to pair with a publish;
 * - the process-manager libraries name Axon 4, since Axon Framework 5 has no saga;
 * - at high volume, a team that can self-host an engine gets Temporal, Cadence, Restate, then
 *   DBOS (`SELF_HOSTED_AT_VOLUME`), not model 2's DBOS first.
 * Empty when too early to say.
 */
export function toolsV3(
  context: RuleContext,
  implementation: readonly Implementation[],
): ToolSuggestion[] {
  const { answers } = context;
  let tools = runtimesAtVolume(
    toolsV2({ ...context, answers: asModel2ToolAnswers(answers) }, implementation),
    context,
  ).map((t) =>
    t.name === IN_PROCESS.processManagerLibrary.name
      ? { ...t, name: PROCESS_MANAGER_LIBRARIES_NAME }
      : t,
  );
  if (
    !implementation.some((x) => PUBLISHES_FROM_STATE.has(x.id)) ||
    buildFactsV3(answers).passThrough
  )
    tools = tools.filter((t) => t.name !== PRACTICES.outbox.name);
  const brokerForm = implementation.findIndex((x) => BROKER_FORMS.has(x.id));
  if (answers.messaging === "other" && brokerForm >= 0) {
    const before = new Set(implementation.slice(0, brokerForm).map((x) => x.id));
    const at = tools.reduce(
      (last, t, i) => (t.implementation && before.has(t.implementation) ? i + 1 : last),
      0,
    );
    tools.splice(at, 0, { ...BROKER_YOU_RUN, implementation: implementation[brokerForm]!.id });
  }
  return tools;
}
