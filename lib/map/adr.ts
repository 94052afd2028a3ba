import type { MapResult } from "./types";
export interface MapAdrOptions {
  /** Absolute origin for links, e.g. `https://baton.example`. */
  origin: string;
  /** The export day, `YYYY-MM-DD` (the caller owns the clock). */
  date: string;
}
/** The MADR 4 ADR for a map (MAP.md §10). */
export function mapAdrMarkdown(result: MapResult, options: MapAdrOptions): string {
  throw new Error(`not implemented yet ${result.code} ${options.date}`);
}
