import type { Answers, GateId } from "../questions";
import type { Gate, Verdict } from "../types";
import { WORDS_V1 } from "./words";

const leansChoreography = (v: Verdict) => v === "choreography" || v === "hybrid";
const leansOrchestration = (v: Verdict) => v === "orchestration" || v === "hybrid";

/** When each of model 1's gates fires (its words, in display order: `WORDS_V1.gates`). */
const APPLIES: Record<
  (typeof WORDS_V1.gates)[number]["id"],
  (verdict: Verdict, answers: Answers) => boolean
> = {
  "async-atomic-choreography": (v, a) => a.consistency === "near-atomic" && v !== "orchestration",
  "choreography-needs-observability": (v, a) =>
    leansChoreography(v) &&
    (a.observability === "none" ||
      a.observability === "correlation-ids" ||
      a["event-practices"] === "none" ||
      a["event-practices"] === "basic-pubsub"),
  "orchestration-needs-engine": (v, a) =>
    leansOrchestration(v) && a["workflow-engine"] === "cannot-run",
  "orchestrator-needs-owner": (v, a) => leansOrchestration(v) && a["end-to-end-owner"] === "no",
  "kubernetes-is-not-coordination": (_v, a) => a.platform === "kubernetes",
};

/**
 * The gates that apply to a verdict and answer set, in display order.
 *
 * @example
 * gatesOf("orchestration", { "workflow-engine": "cannot-run" }) // → [{ id: "orchestration-needs-engine", severity: "warning" }]
 */
export function gatesOf(verdict: Verdict, answers: Answers): Gate[] {
  return WORDS_V1.gates
    .filter((g) => APPLIES[g.id](verdict, answers))
    .map(({ id, severity }): Gate => ({ id: id as GateId, severity }));
}
