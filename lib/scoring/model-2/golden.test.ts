import { describeFrozenModel } from "@/lib/testing/frozen-model";
import { MODEL_V2 } from "../model";

// Recorded from model 2 at f1b2bb2, before the model-3 and vocabulary work
// (`scripts/record-golden.ts 2`, seed 20261206). Never regenerate to make this pass.
describeFrozenModel(MODEL_V2);
