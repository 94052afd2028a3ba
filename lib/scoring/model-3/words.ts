/**
 * Model 3's words: model 2's, with the changes below (CHANGELOG.md, model 3, gives each reason).
 * A code made by model 3 keeps these words forever, as it keeps its numbers. Data only.
 */
import { WORDS_V2 } from "../model-2/words";
import type { GateDefinition, ModelWords, VerdictRuleDefinition } from "../types";
import { restate, type Changes } from "../words";
import { QUESTIONS_V3 } from "./questions";

/** Model 3's rewording of model 2's gates: when they fire (faults 3 and 8). */
const GATE_CHANGES: Changes<GateDefinition> = {
  "choreography-needs-observability": {
    when: "the verdict is choreography or hybrid, and observability stops at correlation IDs or event practices stop at basic pub/sub (a warning), or either is unanswered (info); with both unanswered on a choreography verdict it warns as a weak answer does; on a pass-through flow (linear, fire and forget, and no side effects or nobody needs the outcome) it is info",
  },
  "orchestration-needs-engine": {
    when: "the verdict is orchestration, or a hybrid that orchestrates a part of the flow, and you can run neither an engine nor a durable-execution library",
  },
  "orchestrator-needs-owner": {
    when: "the verdict is orchestration, or a hybrid that orchestrates a part of the flow, and nobody owns the end-to-end outcome (a warning), or ownership is partial or not answered (info)",
  },
};

/** Model 3's new gate: one flow, two implementations, during a migration. */
const DUAL_PATH_GATE: GateDefinition = {
  id: "dual-path-migration",
  severity: "warning",
  title: "Two implementations of one flow: keep them in step, and retire one on a date",
  advice:
    "While the flow runs both event-driven and on an engine, every change to its business rules has to land in both, and both have to agree on what a finished instance is. Decide which path owns each instance (route by key, never by chance), compare their outcomes while both run, and put the old path's retirement date in the plan before the new one takes traffic. A fallback nobody retires becomes a second system to keep correct.",
  basis:
    "Newman, Monolith to Microservices (2019) ch. 3, parallel run and strangler fig; Fowler, StranglerFigApplication; expert audit of model 1, §3.6 (dual implementations of one flow)",
  article: "testing-and-releasing-flows",
  when: "the team says the flow runs, or will run, both event-driven and on an engine (shown whatever the verdict)",
};

const GATES_FROM_V2 = restate(WORDS_V2.gates, GATE_CHANGES);

/** Model 3 narrows one rule (fault 2); the others keep model 2's statements. */
const RULE_CHANGES: Changes<VerdictRuleDefinition> = {
  "event-driven-whole": {
    statement:
      "A score in the orchestration band becomes hybrid when the flow is event-driven as a whole: participants come and go, the initiator is known not to act on outcomes, and neither branching nor compensation asks for a coordinator; not when one team runs the flow end to end and it waits for hours or more or is audited.",
  },
};

/**
 * Model 3's confidence sentences where model 2's read badly (review fault 8): `{rule}` is the
 * verdict rule's label ("the hot-path rule"), `{verdict}` the verdict, `{points}` a distance with
 * its unit ("1 point", "2.5 points"), `{flips}` the flip count. Model 2's codes keep model 2's.
 */
export const CONFIDENCE_WORDS_V3 = {
  ruleMade:
    "{Rule}, not the score band, made this {verdict}, so it rests on the few answers that rule reads and on where you draw the flow's boundary; {flips}.",
  margin: "The score is {points} from the nearest threshold; {flips}.",
  point: "point",
  points: "points",
} as const;

export const WORDS_V3 = {
  ...WORDS_V2,
  version: 3,
  questions: QUESTIONS_V3,
  questionNames: { ...WORDS_V2.questionNames, "dual-path": "running both paths" },
  questionLabels: { ...WORDS_V2.questionLabels, "dual-path": "Dual path" },
  /** Model 2's gates reworded, plus the dual-path gate before the Kubernetes note. */
  gates: [
    ...GATES_FROM_V2.filter((g) => g.id !== "kubernetes-is-not-coordination"),
    DUAL_PATH_GATE,
    ...GATES_FROM_V2.filter((g) => g.id === "kubernetes-is-not-coordination"),
  ],
  verdictRules: restate(WORDS_V2.verdictRules, RULE_CHANGES),
} satisfies ModelWords;
