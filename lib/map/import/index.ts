import type { MapError, MapJson } from "../types";
/** A draft Map JSON from an importer, or errors naming the line or field. */
export type MapImportResult =
  { ok: true; map: MapJson; imported: string[] } | { ok: false; errors: MapError[] };
/** Mermaid sequence diagram → draft Map JSON (MAP.md §11). */
export function importMermaid(text: string): MapImportResult {
  return { ok: false, errors: [{ field: "text", message: `not implemented yet ${text.length}` }] };
}
/** AsyncAPI 3 documents → draft Map JSON (MAP.md §11). */
export function importAsyncApi(text: string): MapImportResult {
  return { ok: false, errors: [{ field: "text", message: `not implemented yet ${text.length}` }] };
}
