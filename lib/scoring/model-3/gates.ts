/**
 * Model 3's gates: model 2's, with "Not sure" treated evenly, no engine or owner gates on a
 * tracking-only hybrid, and the new `dual-path-migration` gate (CHANGELOG.md, model 3, faults 3
 * and 8, and the dual-path gate).
 */
import type { Gate, GateDefinition, HybridAdvice, Implementation, RuleContext } from "../types";
import { GATES_V2, gatesV2 } from "../model-2/gates";
import { tracksOnly } from "./hybrid";

/** Model 3's rewording of model 2's `when` sentences (the advice and basis are unchanged). */
const WHEN: Partial<Record<GateDefinition["id"], string>> = {
  "choreography-needs-observability":
    "the verdict is choreography or hybrid, and observability stops at correlation IDs or event practices stop at basic pub/sub (a warning), or either is unanswered (info); when both are unanswered on a choreography verdict it stays a warning, as a weak answer would",
  "orchestration-needs-engine":
    "the verdict is orchestration, or a hybrid that orchestrates a part of the flow, and you can run neither an engine nor a durable-execution library",
  "orchestrator-needs-owner":
    "the verdict is orchestration, or a hybrid that orchestrates a part of the flow, and nobody owns the end-to-end outcome (a warning), or ownership is partial or not answered (info)",
};

/** Model 3's new gate: one flow, two implementations, during a migration. */
export const DUAL_PATH_GATE: GateDefinition = {
  id: "dual-path-migration",
  severity: "warning",
  title: "Two implementations of one flow: keep them in step, and retire one on a date",
  advice:
    "While the flow runs both event-driven and on an engine, every change to its business rules has to land in both, and both have to agree on what a finished instance is. Decide which path owns each instance (route by key, never by chance), compare their outcomes while both run, and put the old path's retirement date in the plan before the new one takes traffic. A fallback nobody retires becomes a second system to keep correct.",
  basis:
    "Newman, Monolith to Microservices (2019) ch. 3, parallel run and strangler fig; Fowler, StranglerFigApplication; expert audit of model 1, §3.6 (dual implementations of one flow)",
  article: "testing-and-releasing-flows",
  when: "the team says the flow runs, or will run, both event-driven and on an engine (shown whatever the verdict)",
};

/** Model 3's gates as people read them, in display order. */
export const GATES_V3: readonly GateDefinition[] = [
  ...GATES_V2.filter((g) => g.id !== "kubernetes-is-not-coordination").map((g) => ({
    ...g,
    when: WHEN[g.id] ?? g.when,
  })),
  DUAL_PATH_GATE,
  GATES_V2.find((g) => g.id === "kubernetes-is-not-coordination")!,
];

const UNANSWERED = (value: string | undefined) => value === undefined || value === "unsure";

/**
 * Model 3's gates for a result: model 2's, then
 * - a tracking-only hybrid orchestrates nothing, so it gets neither `orchestration-needs-engine`
 *   nor `orchestrator-needs-owner` (its forms hold no engine, so no `engine-cost-at-volume`);
 * - `orchestrator-needs-owner` is `info` when ownership is not answered, as for `partial`;
 * - `choreography-needs-observability` on a choreography verdict with both tracing answers
 *   unanswered is what a weak answer gives: a warning, or `info` when one queue comes first;
 * - `dual-path-migration` (a warning) whenever the team runs both paths, even when too early.
 *
 * @example
 * // a tracking-only hybrid whose owner is "No": no owner gate
 * gatesV3(context, [{ pattern: "track-then-manage", why }], forms) // → [...no orchestrator-needs-owner]
 */
export function gatesV3(
  context: RuleContext,
  hybrid: readonly HybridAdvice[],
  implementation: readonly Implementation[],
): Gate[] {
  const { answers, detail, insufficient } = context;
  const fired = new Map(gatesV2(context, hybrid, implementation).map((g) => [g.id, g.severity]));
  if (!insufficient) {
    const v = detail.verdict;
    const orchestrates = v === "orchestration" || (v === "hybrid" && !tracksOnly(hybrid));
    if (!orchestrates) {
      fired.delete("orchestration-needs-engine");
      fired.delete("orchestrator-needs-owner");
    } else if (UNANSWERED(answers["end-to-end-owner"])) {
      fired.set("orchestrator-needs-owner", "info");
    }
    if (
      v === "choreography" &&
      UNANSWERED(answers.observability) &&
      UNANSWERED(answers["event-practices"])
    )
      fired.set(
        "choreography-needs-observability",
        implementation[0]?.id === "queue" ? "info" : "warning",
      );
  }
  if (answers["dual-path"] === "yes") fired.set("dual-path-migration", "warning");
  return GATES_V3.filter((g) => fired.has(g.id)).map((g) => ({
    id: g.id,
    severity: fired.get(g.id)!,
  }));
}
