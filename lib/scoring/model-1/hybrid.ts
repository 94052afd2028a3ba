import { pointsIn } from "../score";
import type { Answers } from "../questions";
import type { Contribution, HybridAdvice } from "../types";
import { STRONG_ORCHESTRATION_SIGNALS } from "./verdict";

/**
 * Hybrid patterns that fit the answers, best first (at most three). Always at least one.
 * Only meaningful for a hybrid verdict; the caller decides when to show it.
 *
 * @example
 * hybridAdviceOf(contributionsOf(a), a, 2)[0].pattern // e.g. "orchestrate-core-choreograph-side-effects"
 */
export function hybridAdviceOf(
  contributions: readonly Contribution[],
  answers: Answers,
  score: number,
): HybridAdvice[] {
  const p = (id: Parameters<typeof pointsIn>[1]) => pointsIn(contributions, id);
  const coreSignals = STRONG_ORCHESTRATION_SIGNALS.filter((id) => p(id) >= 2);
  const coreText = coreSignals.length > 0 ? coreSignals.join(", ") : "";
  const candidates: { advice: HybridAdvice; strength: number }[] = [];

  if (p("side-effects") <= -2 && coreSignals.length > 0) {
    candidates.push({
      strength: -p("side-effects") + coreSignals.length,
      advice: {
        pattern: "orchestrate-core-choreograph-side-effects",
        why: `The core needs control (${coreText}), while ${answers["side-effects"] === "many-growing" ? "many, growing" : "several"} side effects need nobody to wait for them.`,
      },
    });
  }
  const acrossDomains = p("bounded-contexts") <= -2 || p("teams") <= -1;
  if (acrossDomains && (coreSignals.length > 0 || score > 0)) {
    candidates.push({
      strength: -p("bounded-contexts") - p("teams") + coreSignals.length * 0.5,
      advice: {
        pattern: "choreograph-between-orchestrate-within",
        why: "The flow crosses several domains or teams, yet parts of it need central control.",
      },
    });
  }
  if (
    p("outcome-ownership") >= 2 &&
    (answers.teams !== "one" || answers["bounded-contexts"] !== "one")
  ) {
    candidates.push({
      strength: 2,
      advice: {
        pattern: "event-to-command",
        why: "The initiating service needs the outcome, so where it relies on other teams' services it should command them, not hope they react.",
      },
    });
  }
  if (p("visibility") >= 2 && score < 0) {
    candidates.push({
      strength: p("visibility"),
      advice: {
        pattern: "track-then-manage",
        why: "Most answers favour events, but someone needs per-instance status: track the flow before deciding to manage it.",
      },
    });
  }
  if (coreSignals.length > 0 && (p("latency") <= -1 || p("event-practices") <= -1)) {
    candidates.push({
      strength: 1 + (p("latency") <= -1 ? 1 : 0),
      advice: {
        pattern: "async-orchestration",
        why:
          p("latency") <= -1
            ? "The flow needs control but is latency-sensitive: keep the orchestrator off the synchronous path by driving it over messages."
            : "The flow needs control and your teams are fluent with messaging: orchestrate through the broker.",
      },
    });
  }
  if (answers["end-to-end-owner"] === "yes" && answers.teams !== "one" && score > 0) {
    candidates.push({
      strength: 1,
      advice: {
        pattern: "orchestrator-per-flow",
        why: "One team owns the outcome while several teams own services: the orchestrator belongs in that team's service, scoped to this flow.",
      },
    });
  }
  if (candidates.length === 0) {
    candidates.push(
      score >= 0
        ? {
            strength: 0,
            advice: {
              pattern: "orchestrator-per-flow",
              why: "The answers lean slightly toward control; if you orchestrate, keep it to this flow and inside the owning team's service.",
            },
          }
        : {
            strength: 0,
            advice: {
              pattern: "track-then-manage",
              why: "The answers lean slightly toward events; keep them, and add tracking so you can see when the flow needs managing.",
            },
          },
    );
  }
  return candidates
    .sort((a, b) => b.strength - a.strength)
    .slice(0, 3)
    .map((c) => c.advice);
}
