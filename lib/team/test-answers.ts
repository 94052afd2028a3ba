import type { Answers } from "../scoring";

/**
 * Two teammates' answers for the team tests (lib/team, components/team): one that every model
 * version calls orchestration (dynamic, audited, days long, one owning team) and one it calls
 * choreography (linear, fire-and-forget, seven-plus teams, no owner). Test data only.
 */
export const ORCHESTRATE: Answers = {
  "control-flow": "dynamic",
  consistency: "near-atomic",
  visibility: "regulated-audit",
  duration: "days-or-human",
  teams: "one",
  "end-to-end-owner": "yes",
  "bounded-contexts": "one",
};

/** See ORCHESTRATE. */
export const CHOREOGRAPH: Answers = {
  "control-flow": "linear",
  consistency: "fire-and-forget",
  visibility: "nobody",
  duration: "sub-second",
  teams: "seven-plus",
  "end-to-end-owner": "no",
  "bounded-contexts": "many-independent",
};
