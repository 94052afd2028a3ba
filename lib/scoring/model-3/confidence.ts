/**
 * Model 3's confidence: model 2's, capped at medium where the flow's own answers and the
 * organisation block, or a rule held back by its exception, point different ways (CHANGELOG.md,
 * model 3, fault 9).
 */
import { answerIn, plainDimensionsOf } from "../score";
import type { Confidence, Flip, RuleContext } from "../types";
import { marginOf } from "../verdict";
import { formatSigned, unsignedPoints } from "../wording";
import { confidenceV2, countFlips } from "../model-2/confidence";
import { eventDrivenWhole } from "../model-2/verdict";
import { ownedLongOrAudited } from "./verdict";
import { CONFIDENCE_WORDS_V3 } from "./words";

/** The highest value a capped confidence may show: just under `high` (0.7), as in model 2. */
const MEDIUM_CEILING = 0.69;
/** How far the organisation block must pull (plain, before the cap) to count as pointing a way. */
const ORGANISATION_POINTS_A_WAY = 3;

/**
 * Why the answers point different ways at the verdict's level, as one clause, or undefined:
 * - the flow's own answers (topology + coordination) lean toward orchestration and the
 *   organisation block, at −3 or less before the cap, toward choreography between teams. Not the
 *   other way round: the score already counts an organisation pull toward orchestration as 0 when
 *   the flow's own answers lean to events (model 2's organisation cap), and model 3 builds one
 *   team's flow in one bounded context as one service behind a queue, so "keep it together" is
 *   answered by the build, not a split on the verdict;
 * - a verdict rule's condition holds but its exception kept the band's orchestration: the flow
 *   crosses seven or more teams or many independent contexts (`crosses-domains`), or is
 *   event-driven as a whole (`event-driven-whole`), yet one owner runs it and it is long-running
 *   or audited. One school orchestrates such a flow, another choreographs between the teams.
 */
export function disagreementOf(context: RuleContext): string | undefined {
  const { contributions, detail, model } = context;
  const plain = plainDimensionsOf(contributions, model);
  const core = plain.topology + plain.coordination;
  const organisation = plain.organisation;
  if (detail.verdict === "orchestration" && !detail.rule && ownedLongOrAudited(contributions)) {
    const crosses =
      answerIn(contributions, "teams") === "seven-plus" ||
      answerIn(contributions, "bounded-contexts") === "many-independent";
    if (crosses)
      return "The flow crosses seven or more teams or many independent domains, which calls for choreography between them, while one team owns it and it is long-running or audited, which keeps it orchestrated: experts split on such flows";
    if (eventDrivenWhole(contributions))
      return "Participants come and go and the initiator doesn't act on outcomes, which calls for an event-driven whole, while one team owns it and it is long-running or audited, which keeps it orchestrated: experts split on such flows";
  }
  if (core > 0 && organisation <= -ORGANISATION_POINTS_A_WAY)
    return `The flow's own answers lean toward orchestration (${formatSigned(core)}), while the organisation answers lean toward choreography between teams (${formatSigned(organisation)} before the cap): experts split on such flows`;
  return undefined;
}

/** "1 point", "2.5 points": a distance in score points, with the unit in the right number. */
export function pointsPhrase(n: number): string {
  const digits = unsignedPoints(n);
  return `${digits} ${digits === "1" ? CONFIDENCE_WORDS_V3.point : CONFIDENCE_WORDS_V3.points}`;
}

/**
 * Model 2's reason, in model 3's words where model 2's read badly: a rule's cap names the rule (by
 * its label in the model's words), and the margin says "1 point", not "1 points".
 */
function reasonV3(context: RuleContext, confidence: Confidence, flips: readonly Flip[]): string {
  const { detail, model, scored } = context;
  const filled = (template: string, fill: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => fill[key] ?? `{${key}}`);
  if (confidence.limitedBy === "rule" && detail.rule) {
    const label = model.verdictRules.find((r) => r.id === detail.rule!.id)?.label ?? detail.rule.id;
    return filled(CONFIDENCE_WORDS_V3.ruleMade, {
      Rule: label.charAt(0).toUpperCase() + label.slice(1),
      verdict: detail.verdict,
      flips: countFlips(flips),
    });
  }
  if (confidence.limitedBy === "margin" && confidence.value < 0.7)
    return filled(CONFIDENCE_WORDS_V3.margin, {
      points: pointsPhrase(marginOf(scored.score, model)),
      flips: countFlips(flips),
    });
  return confidence.reason;
}

/**
 * Model 3's confidence: model 2's (coverage × decisiveness × agreement, then its caps), and at
 * most medium (0.69) when `disagreementOf` finds the answers pointing different ways; the reason
 * then says so and counts the flips, and `limitedBy` is `conflict`.
 *
 * @example
 * // a days-long partner order-to-cash owned by one team, touching seven or more teams
 * confidenceV3(context, flips).level // → "medium"
 */
export function confidenceV3(context: RuleContext, flips: readonly Flip[]): Confidence {
  const v2 = confidenceV2(context, flips);
  const confidence = { ...v2, reason: reasonV3(context, v2, flips) };
  if (confidence.level !== "high") return confidence;
  const split = disagreementOf(context);
  if (!split) return confidence;
  return {
    ...confidence,
    value: Math.min(confidence.value, MEDIUM_CEILING),
    level: "medium",
    limitedBy: "conflict",
    reason: `${split}; ${countFlips(flips)}.`,
  };
}
