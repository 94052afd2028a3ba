import { describeFrozenModel } from "@/lib/testing/frozen-model";
import { MODEL_V3 } from "../model";

// Recorded from model 3 after both senior-architect reviews' fixes (CHANGELOG.md, model 3), when
// model 3 was frozen at the close of its issue (`scripts/record-golden.ts 3`, seed 20261207).
// Never regenerate to make this pass.
describeFrozenModel(MODEL_V3);
