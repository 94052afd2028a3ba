import { QUESTIONS, type Question } from "./questions";

/**
 * A model version: its questions (in share-code order) and thresholds.
 * A version is frozen once released: recalibrating means adding a new version here and an entry
 * in CHANGELOG.md, so that codes made by every earlier version keep their original result.
 */
export interface Model {
  readonly version: number;
  readonly questions: readonly Question[];
  readonly thresholds: { readonly orchestration: number; readonly choreography: number };
}

export const MODEL_V1: Model = {
  version: 1,
  questions: QUESTIONS,
  thresholds: { orchestration: 6, choreography: -6 },
};

/** Every released model, by version. Never remove one. */
export const MODELS: Readonly<Record<number, Model>> = { 1: MODEL_V1 };

export const CURRENT_MODEL: Model = MODEL_V1;

/** The model with this version, or undefined when this build doesn't know it. */
export function modelFor(version: number): Model | undefined {
  return Object.hasOwn(MODELS, version) ? MODELS[version] : undefined;
}
