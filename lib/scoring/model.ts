/**
 * The registry: every released model version, with its words and rules. Adding a model is a
 * folder (`model-N/`, its words and rules) and one line in MODELS. Answers JSON `model` picks the
 * version that scores it; without `model`, the current one (the newest) scores it.
 *
 * Server code: it carries every version's rules. The browser encodes with the current model's
 * words alone (`current.ts`); a test keeps the two in step.
 */
import { MODEL_V1 } from "./model-1";
import { MODEL_V2 } from "./model-2";
import type { Model } from "./types";

export type { Model } from "./types";
export { MODEL_V1, MODEL_V2 };

/** Every released model, oldest first. Never remove one. */
const RELEASED: readonly Model[] = [MODEL_V1, MODEL_V2];

/** Every released model, by version. */
export const MODELS: Readonly<Record<number, Model>> = Object.fromEntries(
  RELEASED.map((m) => [m.version, m]),
);

/** The model new answers are scored with: the newest released one. */
export const CURRENT_MODEL: Model = RELEASED.at(-1)!;

/** The model with this version, or undefined when this build doesn't know it. */
export function modelFor(version: number): Model | undefined {
  return Object.hasOwn(MODELS, version) ? MODELS[version] : undefined;
}
