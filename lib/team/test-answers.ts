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

/**
 * The checkout flow of the second UX review (ux-review-2.md, "a team of three"), as Ana answered
 * it: orchestration.
 */
export const CHECKOUT_ANA: Answers = {
  participants: "five-to-seven",
  "control-flow": "some-conditionals",
  "side-effects": "several",
  "flow-change-rate": "rarely",
  "participant-churn": "rare",
  consistency: "near-atomic",
  visibility: "ops-per-instance",
  duration: "seconds-minutes",
  "outcome-ownership": "initiator-decides",
  observability: "sync-tracing",
  "event-practices": "idempotent-dlq",
  "workflow-engine": "can-self-host",
  "testing-release": "contract-tests",
  teams: "two-three",
  "end-to-end-owner": "partial",
  "bounded-contexts": "few-related",
  platform: "kubernetes",
  messaging: "kafka",
  volume: "1-100",
  "local-transaction": "no",
};

/**
 * Cleo's answers for the same flow: CHECKOUT_ANA with CHECKOUT_CLEO_CHANGES, 11 differences.
 * Seven are one point apart (× weights 0.5 to 1.5), three are far apart, and side effects differ
 * without moving the score (model 2 scores them 0).
 */
export const CHECKOUT_CLEO_CHANGES = {
  participants: "three-to-four",
  "participant-churn": "occasional",
  "event-practices": "outbox-schema-governance",
  observability: "async-tracing",
  "flow-change-rate": "quarterly",
  teams: "four-six",
  "end-to-end-owner": "no",
  consistency: "eventual-simple",
  visibility: "engineers",
  "outcome-ownership": "producer-indifferent",
  "side-effects": "many-growing",
} as const satisfies Partial<Answers>;

/** See CHECKOUT_CLEO_CHANGES. */
export const CHECKOUT_CLEO: Answers = { ...CHECKOUT_ANA, ...CHECKOUT_CLEO_CHANGES };
