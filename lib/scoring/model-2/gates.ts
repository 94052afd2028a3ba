import type { Gate, HybridAdvice, Implementation, RuleContext } from "../types";
import { WORDS_V2 } from "./words";

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
      // A single queue between two services is not much of a choreography: a softer note there.
      const oneQueue = implementation[0]?.id === "queue";
      if (WEAK_OBSERVABILITY.has(obs) || WEAK_EVENTS.has(events))
        fired.set("choreography-needs-observability", oneQueue ? "info" : "warning");
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
  return WORDS_V2.gates
    .filter((g) => fired.has(g.id))
    .map((g) => ({
      id: g.id,
      severity: fired.get(g.id)!,
    }));
}
