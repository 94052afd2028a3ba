/**
 * Every released model version, and the current one. Answers JSON `model` picks the version that
 * scores it; without `model`, the current one scores it.
 */
import { MODEL_V1 } from "./model-1";
import { MODEL_V2 } from "./model-2";
import { MODEL_V3 } from "./model-3";
import type { Model } from "./types";

export type { Model } from "./types";
export { MODEL_V1, MODEL_V2, MODEL_V3 };

/** Every released model, by version. Never remove one. */
export const MODELS: Readonly<Record<number, Model>> = {
  1: MODEL_V1,
  2: MODEL_V2,
  3: MODEL_V3,
};

export const CURRENT_MODEL: Model = MODEL_V3;

/** The model with this version, or undefined when this build doesn't know it. */
export function modelFor(version: number): Model | undefined {
  return Object.hasOwn(MODELS, version) ? MODELS[version] : undefined;
}
