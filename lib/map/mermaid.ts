import type { MapResult } from "./types";
/** The map as a Mermaid flowchart (MAP.md §10). */
export function mapMermaid(result: Omit<MapResult, "mermaid">): string {
  throw new Error(`not implemented yet ${result.code}`);
}
