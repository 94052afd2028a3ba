/** The questionnaire's screens and their URL fragments. Pure: no React, no next/*. */
import type { Dimension } from "../scoring/questions";
import { QUESTION_STEPS } from "./step-schema";

/** The screens of the questionnaire: an intro, one step per dimension, then a review. */
export type StepId = "start" | Dimension | "review";

export const STEP_IDS: readonly StepId[] = ["start", ...QUESTION_STEPS.map((s) => s.id), "review"];

/** Numbered steps, as shown in "Step 2 of 6": every screen but the intro. */
export const NUMBERED_STEP_COUNT = STEP_IDS.length - 1;

/** The element id of a step's section. */
export function stepAnchor(step: StepId): string {
  return `step-${step}`;
}

/**
 * The URL fragment of a step ("#coordination"). It names no element on purpose: a reload then
 * keeps the page at its top, with the progress bar in view, instead of scrolling to the step.
 */
export function stepHash(step: StepId): string {
  return `#${step}`;
}

/** The element id of a question's fieldset, the target of the review's "change" links. */
export function questionAnchor(questionId: string): string {
  return `q-${questionId}`;
}

/** The step a URL fragment such as "#coordination" names, if any. */
export function stepFromHash(hash: string): StepId | undefined {
  return STEP_IDS.find((s) => stepHash(s) === hash);
}

/** The screen after `step`; the review is the last. */
export function nextStep(step: StepId): StepId {
  return STEP_IDS[Math.min(STEP_IDS.indexOf(step) + 1, STEP_IDS.length - 1)]!;
}

/** The screen before `step`; the intro is the first. */
export function previousStep(step: StepId): StepId {
  return STEP_IDS[Math.max(STEP_IDS.indexOf(step) - 1, 0)]!;
}
