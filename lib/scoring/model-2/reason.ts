import { UNSURE, type ScoredQuestionId } from "../questions";
import type { RuleContext } from "../types";
import { answerPhrase, formatSigned, listPhrase } from "../wording";
import { pointsIn } from "../score";
import { NOTHING_TO_COORDINATE_SCORE, STRONG_NEEDS } from "./verdict";

/**
 * Model 2's verdict sentence: whether the score band decided or a rule did, and which answers
 * triggered the rule; it mentions the organisation cap when the cap changed the score.
 */
export function verdictReasonV2(context: RuleContext): string {
  const { scored, detail, insufficient, contributions, model } = context;
  if (insufficient) {
    return "Too early to say: too little is answered about the flow itself (its shape and its coordination needs) to recommend a style.";
  }
  const phrase = (id: ScoredQuestionId) =>
    answerPhrase(model, id, contributions.find((c) => c.question === id)?.answer ?? UNSURE);
  const cap = scored.adjustments.find((a) => a.id === "organisation-cap");
  const score = `${formatSigned(scored.score)}${cap ? ` (organisation answers counted as ${formatSigned(cap.to)}, not ${formatSigned(cap.from)})` : ""}`;
  const { orchestration, choreography } = model.thresholds;
  const rule = detail.rule;
  if (!rule) {
    if (detail.verdict === "orchestration") {
      const crosses =
        contributions.some((c) => c.question === "teams" && c.answer === "seven-plus") ||
        contributions.some(
          (c) => c.question === "bounded-contexts" && c.answer === "many-independent",
        );
      return crosses
        ? `The score band decided: the score, ${score}, is at or above ${formatSigned(orchestration)}; the flow crosses many teams or domains, but it is long-running or audited and one team owns its outcome, so it stays orchestrated, with each team owning its steps.`
        : `The score band decided: the score, ${score}, is at or above ${formatSigned(orchestration)}, and no rule moved it.`;
    }
    if (detail.verdict === "choreography")
      return `The score band decided: the score, ${score}, is at or below ${formatSigned(choreography)}, and no rule moved it.`;
    const needs = STRONG_NEEDS.filter((id) => pointsIn(contributions, id) >= 2);
    return needs.length > 0
      ? `The score band decided: the score, ${score}, is between ${formatSigned(choreography)} and ${formatSigned(orchestration)}, and ${listPhrase(needs.map(phrase))} ${needs.length === 1 ? "calls" : "call"} for central control while other answers don't, so neither style wins alone.`
      : `The score band decided: the score, ${score}, is between ${formatSigned(choreography)} and ${formatSigned(orchestration)}, too close to call for either style, so either can work: keep it simple.`;
  }
  const triggers = listPhrase(rule.questions.map(phrase));
  // Verb agreement with the list of triggers: "calls" for one, "call" for several.
  const s = (verb: string) => (rule.questions.length === 1 ? `${verb}s` : verb);
  switch (rule.id) {
    case "mixed-needs":
      return `The score, ${score}, is in the choreography band, but ${triggers} ${s("call")} for central control, so the mixed-needs rule makes it hybrid.`;
    case "nothing-to-coordinate":
      return `The score, ${score}, is in the hybrid band but at or below ${formatSigned(NOTHING_TO_COORDINATE_SCORE)}, and nothing calls for central control (no branching, compensation, per-instance status, waiting or initiator-owned outcome), so the nothing-to-coordinate rule makes it choreography; ${triggers} ${s("pull")} that way most.`;
    case "hot-path-in-one-team":
      return `The score, ${score}, is in the choreography band, but one team owns this short hot path, so the hot-path rule makes it hybrid: coordinate its steps in code, in one process, and keep events for what nobody waits on.`;
    case "crosses-domains": {
      const crossed = listPhrase(
        rule.questions.map((id) =>
          id === "teams" ? "seven or more teams" : "many independent bounded contexts",
        ),
      );
      const longOrAudited =
        pointsIn(contributions, "duration") >= 2 || pointsIn(contributions, "visibility") >= 3;
      const missing = longOrAudited
        ? "no single team owns its end-to-end outcome"
        : "it is neither long-running nor audited";
      return `The score, ${score}, is in the orchestration band, but the flow crosses ${crossed} and ${missing}, so the crosses-domains rule makes it hybrid: choreograph between them, orchestrate within.`;
    }
    default:
      return `The score, ${score}, is in the orchestration band, but ${triggers} ${s("make")} the flow event-driven as a whole, with no branching core or compensation, so the event-driven-whole rule makes it hybrid: orchestrate only its stateful part.`;
  }
}
