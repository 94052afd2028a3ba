/**
 * The example result the landing page links: a published real case from the calibration set
 * (lib/scoring/scenarios), so a newcomer sees a result for a flow someone actually built. A test
 * encodes the scenario's answers with the share codec and checks `code`, so a change to the
 * scenario or the codec can't leave a stale link here.
 */
export const EXAMPLE_RESULT = {
  /** The scenario file the answers come from. */
  scenario: "m2-real-doordash-dashpass-partner-integration.json",
  company: "DoorDash",
  /** The scenario's `input.flow`. */
  flow: "DashPass bank-partner eligibility and reconciliation",
  /** `encode()` of the scenario's answers under the current model (3). */
  code: "3BsxtA7rfQF",
} as const;
