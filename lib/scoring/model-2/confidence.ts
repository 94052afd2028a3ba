import { UNSURE } from "../questions";
import { answeredWeightOf, totalWeightOf } from "../score";
import type { Confidence, ConfidenceLevel, Flip, RuleContext } from "../types";
import { marginOf } from "../verdict";
import { formatSigned, listPhrase, questionName } from "../wording";
import { pointsIn } from "../score";
import { STRONG_NEEDS, coreCoverageOf } from "./verdict";

/** The score distance at which a verdict counts as fully decisive (as in model 1). */
const DECISIVE_MARGIN = 6;
/** The highest value a capped confidence may show: just under `high` (0.7). */
const MEDIUM_CEILING = 0.69;
/** The highest value a too-early result may show: just under `medium` (0.4). */
const LOW_CEILING = 0.39;

/**
 * Model 2's confidence: model 1's coverage × decisiveness × agreement, then capped.
 * - coverage = answered weight / total weight; decisiveness = 0.5 + 0.5 × min(1, margin / 6);
 *   agreement = 1 − 0.5 × smaller side / larger side of the weighted pulls;
 * - at most `low` (0.39) when it is too early to say;
 * - at most `medium` (0.69) when an unanswered question could change the verdict (it is in
 *   `flips` with `from: "unsure"`), when a rule rather than the score band made the verdict, when
 *   no answer pulls strongly either way (none at ±2 points or more outside the organisation block,
 *   whose capped sum counts as strong only at ±3), or when the band made a hybrid with nothing that
 *   calls for central control.
 * Levels: low below 0.4, medium below 0.7, high from 0.7. The reason names the cap that applied
 * (in that order) or else the factor that lowered the value most, and counts the flips.
 *
 * @example
 * confidenceV2(allMiddleContext, flips).level // → "medium" (no strong answer)
 */
export function confidenceV2(context: RuleContext, flips: readonly Flip[]): Confidence {
  const { contributions, scored, detail, insufficient, model } = context;
  const total = totalWeightOf(model);
  const answered = answeredWeightOf(contributions);
  const coverage = total > 0 ? answered / total : 0;
  const margin = marginOf(scored.score, model);
  const decisiveness = 0.5 + 0.5 * Math.min(1, margin / DECISIVE_MARGIN);
  // Pulls as the score counts them: the organisation block enters with its capped sum.
  const organisation = new Set(
    model.questions.filter((q) => q.dimension === "organisation").map((q) => q.id as string),
  );
  const pulls = [
    ...contributions.filter((c) => !organisation.has(c.question)).map((c) => c.weighted),
    scored.dimensions.organisation,
  ];
  const pro = pulls.reduce((s, w) => s + Math.max(0, w), 0);
  const contra = pulls.reduce((s, w) => s + Math.max(0, -w), 0);
  const larger = Math.max(pro, contra);
  const agreement = larger > 0 ? 1 - 0.5 * (Math.min(pro, contra) / larger) : 1;
  const factors = {
    coverage: round2(coverage),
    decisiveness: round2(decisiveness),
    agreement: round2(agreement),
  };
  let value = round2(coverage * decisiveness * agreement);

  const unansweredFlips = [
    ...new Set(flips.filter((f) => f.from === UNSURE).map((f) => f.question)),
  ];
  // Strong answers as the score counts them: the organisation block only through its capped sum.
  const noStrongAnswer =
    !contributions.some((c) => !organisation.has(c.question) && Math.abs(c.points) >= 2) &&
    Math.abs(scored.dimensions.organisation) < 3;
  const needsNothing = !STRONG_NEEDS.some((id) => pointsIn(contributions, id) >= 2);
  const undecidedHybrid = detail.verdict === "hybrid" && !detail.rule && needsNothing;
  const flipCount = countFlips(flips);

  let limitedBy: Confidence["limitedBy"];
  let reason: string;
  if (answered === 0) {
    limitedBy = "coverage";
    reason = "Nothing is answered yet.";
  } else if (insufficient) {
    value = Math.min(value, LOW_CEILING);
    limitedBy = "insufficient";
    reason = `Too early to say: ${percent(coverage)} of the weight is answered, and ${percent(coreCoverageOf(contributions, model))} of the flow's own questions (topology and coordination); a verdict needs a third of each.`;
  } else if (unansweredFlips.length > 0) {
    value = Math.min(value, MEDIUM_CEILING);
    limitedBy = "unanswered-flip";
    const names = unansweredFlips.slice(0, 3).map((id) => questionName(model, id));
    const more = unansweredFlips.length > 3 ? ` and ${unansweredFlips.length - 3} more` : "";
    reason = `Not answered yet, and able to change the verdict: ${listPhrase(names)}${more}; ${flipCount}.`;
  } else if (detail.rule) {
    value = Math.min(value, MEDIUM_CEILING);
    limitedBy = "rule";
    reason = `A rule, not the score band, made this ${detail.verdict}, so it rests on a few answers and on where you draw the boundary; ${flipCount}.`;
  } else if (noStrongAnswer || undecidedHybrid) {
    value = Math.min(value, MEDIUM_CEILING);
    limitedBy = "no-strong-answer";
    reason = noStrongAnswer
      ? `No answer pulls strongly either way (none is worth 2 points or more), so either style can work and the simpler one is the safer bet; ${flipCount}.`
      : `Nothing calls strongly for central control, yet the score sits between the thresholds, so either style can work and the simpler one is the safer bet; ${flipCount}.`;
  } else {
    const losses = [
      { factor: "coverage" as const, loss: 1 - coverage },
      { factor: "margin" as const, loss: 1 - decisiveness },
      { factor: "conflict" as const, loss: 1 - agreement },
    ].sort((a, b) => b.loss - a.loss);
    const worst = losses[0]!;
    limitedBy = worst.loss < 0.05 ? "none" : worst.factor;
    const answeredCount = contributions.filter((c) => c.answer !== UNSURE).length;
    reason =
      value >= 0.7
        ? `Most questions are answered, the score is clear of the thresholds and the answers mostly agree; ${flipCount}.`
        : limitedBy === "coverage"
          ? `${answeredCount} of ${contributions.length} scored questions are answered (${percent(coverage)} of the weight); ${flipCount}.`
          : limitedBy === "margin"
            ? `The score is ${formatSigned(margin).replace("+", "")} points from the nearest threshold; ${flipCount}.`
            : limitedBy === "conflict"
              ? `Strong answers pull both ways (${formatSigned(pro)} toward orchestration, ${formatSigned(-contra)} toward choreography); ${flipCount}.`
              : `Most questions are answered, the score is well clear of the thresholds and the answers agree; ${flipCount}.`;
  }
  const level: ConfidenceLevel = value < 0.4 ? "low" : value < 0.7 ? "medium" : "high";
  return { value, level, limitedBy, reason, factors };
}

/** "3 single-answer changes, on 2 questions, would change the verdict" (options, then questions). */
function countFlips(flips: readonly Flip[]): string {
  const n = flips.length;
  if (n === 0) return "no single answer change would change the verdict";
  if (n === 1) return "one single-answer change would change the verdict";
  const questions = new Set(flips.map((f) => f.question)).size;
  const on = questions === 1 ? "on one question" : `on ${questions} questions`;
  return `${n} single-answer changes, ${on}, would change the verdict`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
