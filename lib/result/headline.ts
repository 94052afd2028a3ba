import { hybridPattern } from "../scoring/hybrid";
import type { ResultJson } from "./index";

/**
 * The verdict in words, as the first screen, the embed card, the OG image and oEmbed title say it.
 *
 * @example
 * verdictHeadline({ verdict: "orchestration", hybrid: [], insufficient: false }) // → "Orchestrate this flow"
 */
export function verdictHeadline(
  result: Pick<ResultJson, "verdict" | "hybrid" | "insufficient">,
): string {
  if (result.insufficient) return "Too early to say";
  if (result.verdict === "orchestration") return "Orchestrate this flow";
  if (result.verdict === "choreography") return "Choreograph it";
  const lead = result.hybrid[0];
  return lead ? hybridPattern(lead).headline : "Hybrid: mix both styles";
}
