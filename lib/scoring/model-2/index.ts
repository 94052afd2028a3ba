/**
 * Model 2 (2026-11-30): the fixes from the expert audit of model 1 (CHANGELOG.md, model 2, gives
 * every changed point, weight, threshold and rule with its reason and source).
 */
import type { Model, ModelRules } from "../types";
import { implementationV2, notesV2 } from "./build";
import { confidenceV2 } from "./confidence";
import { gatesV2 } from "./gates";
import { hybridV2 } from "./hybrid";
import { verdictReasonV2 } from "./reason";
import { toolsV2 } from "./tools";
import { insufficientV2, scoredV2, verdictV2 } from "./verdict";
import { WORDS_V2 } from "./words";

const rules: ModelRules = {
  scored: scoredV2,
  verdict: verdictV2,
  insufficient: insufficientV2,
  confidence: confidenceV2,
  hybrid: hybridV2,
  implementation: implementationV2,
  notes: notesV2,
  gates: gatesV2,
  tools: toolsV2,
  verdictReason: verdictReasonV2,
  withholdsWhenInsufficient: true,
};

export const MODEL_V2: Model = {
  ...WORDS_V2,
  thresholds: { orchestration: 6, choreography: -6 },
  rules,
};
