/**
 * The day an ADR is exported, and how long a copy made today stays true. The record's `date` is a
 * UTC calendar day, so a cached copy must expire at the next UTC midnight.
 */

export interface ExportDay {
  /** `YYYY-MM-DD`, in UTC. */
  date: string;
  /** Whole seconds until the next UTC midnight, at least 1 (for `Cache-Control: max-age`). */
  secondsLeft: number;
}

/**
 * The UTC calendar day of `now`, and the seconds left in it.
 *
 * @throws RangeError naming `now` when it is an invalid Date.
 * @example
 * exportDay(new Date("2026-11-30T23:59:30Z")) // → { date: "2026-11-30", secondsLeft: 30 }
 */
export function exportDay(now: Date): ExportDay {
  const time = now.getTime();
  if (Number.isNaN(time)) throw new RangeError("now must be a valid Date");
  const date = now.toISOString().slice(0, 10);
  const midnight = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
  return { date, secondsLeft: Math.max(1, Math.floor((midnight - time) / 1000)) };
}
