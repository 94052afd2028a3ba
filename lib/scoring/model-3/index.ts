/**
 * Model 3 (2026-12-06): the fixes from the second expert audit, of model 2
 * (the second expert audit of model 2, as lib/scoring/CHANGELOG.md, model 3, records it, gives every changed rule with
 * its reason and source). Model 3 states only its differences from model 2: each rule below is
 * model 2's, narrowed or extended as its file says.
 */
import type { Model, ModelRules } from "../types";
import { insufficientV2, scoredV2 } from "../model-2/verdict";
import { notesV2 } from "../model-2/build";
import { implementationV3 } from "./build";
import { confidenceV3 } from "./confidence";
import { gatesV3 } from "./gates";
import { hybridV3 } from "./hybrid";
import { verdictReasonV3 } from "./reason";
import { toolsV3 } from "./tools";
import { verdictV3 } from "./verdict";
import { WORDS_V3 } from "./words";

const rules: ModelRules = {
  scored: scoredV2,
  verdict: verdictV3,
  insufficient: insufficientV2,
  confidence: confidenceV3,
  hybrid: hybridV3,
  implementation: implementationV3,
  notes: notesV2,
  gates: gatesV3,
  tools: toolsV3,
  verdictReason: verdictReasonV3,
  withholdsWhenInsufficient: true,
};

export const MODEL_V3: Model = {
  ...WORDS_V3,
  thresholds: { orchestration: 6, choreography: -6 },
  rules,
};
