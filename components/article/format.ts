/** Points as the model's tables print them: a sign and a true minus, e.g. "+2", "−1.5", "0". */
export function signed(n: number): string {
  const abs = Number.isInteger(n) ? String(Math.abs(n)) : Math.abs(n).toFixed(1);
  return n > 0 ? `+${abs}` : n < 0 ? `\u2212${abs}` : "0";
}

/** A weight with one decimal, as the SPEC writes them: "1.5", "1.0". */
export function weight(n: number): string {
  return n.toFixed(1);
}

/** The CSS direction of a number of points: toward orchestration, choreography or neither. */
export function direction(n: number): "orchestration" | "choreography" | "neutral" {
  return n > 0 ? "orchestration" : n < 0 ? "choreography" : "neutral";
}
