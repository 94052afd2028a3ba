/**
 * Model 3's gates: model 2's, with "Not sure" treated evenly, no engine or owner gates on a
 * tracking-only hybrid, and the new `dual-path-migration` gate (CHANGELOG.md, model 3, faults 3
 * and 8, and the dual-path gate). Their words, in display order, are in `words.ts`.
 */
import type { Gate, HybridAdvice, Implementation, RuleContext } from "../types";
import { gatesV2 } from "../model-2/gates";
import { buildFactsV3 } from "./build";
import { tracksOnly } from "./hybrid";

const UNANSWERED = (value: string | undefined) => value === undefined || value === "unsure";

/**
 * Model 3's gates for a result: model 2's, then
 * - a tracking-only hybrid orchestrates nothing, so it gets neither `orchestration-needs-engine`
 *   nor `orchestrator-needs-owner` (its forms hold no engine, so no `engine-cost-at-volume`);
 * - `orchestrator-needs-owner` is `info` when ownership is not answered, as for `partial`;
 * - `choreography-needs-observability` on a choreography verdict with both tracing answers
 *   unanswered is what a weak answer gives: a warning, or `info` when one queue comes first;
 * - `choreography-needs-observability` is `info` on a pass-through flow (linear, fire and forget,
 *   and no side effects or nobody needs the outcome): nothing to undo and no outcome to follow per instance;
 * - `choreography-needs-observability` is `info` on a flow built in one service first (F1's
 *   `oneServiceJob`), as where one queue comes first;
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
  // A pass-through flow has no business instance to follow or to undo: the tracing advice is a
  // note there, whatever the readiness answers.
  if (fired.has("choreography-needs-observability") && buildFactsV3(answers).passThrough)
    fired.set("choreography-needs-observability", "info");
  // A flow built in one service (second review, F1) has no asynchronous hop between services to
  // trace: the advice is a note there, as for one consuming service behind a queue.
  if (
    fired.has("choreography-needs-observability") &&
    buildFactsV3(answers).oneServiceJob &&
    implementation[0]?.id === "in-process"
  )
    fired.set("choreography-needs-observability", "info");
  if (answers["dual-path"] === "yes") fired.set("dual-path-migration", "warning");
  return context.model.gates
    .filter((g) => fired.has(g.id))
    .map((g) => ({
      id: g.id,
      severity: fired.get(g.id)!,
    }));
}
