/**
 * How numbers from the model are printed, everywhere: the result page, the team view, the
 * articles' tables, the Open Graph image and the ADR. Pure: no React, no next/*.
 */

import { formatSigned, unsignedPoints } from "../scoring/wording";

/**
 * Signed points or a score with a true minus sign (U+2212), rounded to one decimal, without a
 * trailing ".0": "+2", "−1.5", "0". A value that rounds to zero prints as "0", with no sign. The
 * one implementation is the model's own (`lib/scoring/wording.ts`), so its rule sentences and
 * every page print numbers alike.
 *
 * @example
 * formatPoints(-1.5) // → "−1.5"
 * formatPoints(3) // → "+3"
 * formatPoints(0.04) // → "0"
 */
export const formatPoints: (n: number) => string = formatSigned;

/**
 * Unsigned points with their unit: "1 point", "2.5 points", rounded as `formatPoints` rounds.
 *
 * @example
 * pointsPhrase(-2.5) // → "2.5 points"
 */
export function pointsPhrase(n: number): string {
  const digits = unsignedPoints(n);
  return `${digits} point${digits === "1" ? "" : "s"}`;
}

/**
 * A question's weight with one decimal, as the model tables print it: "1.5", "1.0".
 *
 * @example
 * formatWeight(1) // → "1.0"
 */
export function formatWeight(n: number): string {
  return n.toFixed(1);
}

/**
 * Which way a number of points pulls, as a token for styles and data attributes.
 *
 * @example
 * pullDirection(-2) // → "choreography"
 */
export function pullDirection(n: number): "orchestration" | "choreography" | "neutral" {
  return n > 0 ? "orchestration" : n < 0 ? "choreography" : "neutral";
}
