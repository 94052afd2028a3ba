import type { MapError, MapValidation } from "./types";

/** Checks untrusted Map JSON (MAP.md §3, §9, §12); every error names its field. Never throws. */
export function validateMap(input: unknown): MapValidation {
  return {
    ok: false,
    errors: [{ field: "(body)", message: `not implemented yet: ${typeof input}` }],
  };
}

/** One line for people: `field: message`, or the message alone for the map as a whole. */
export function formatMapError(error: MapError): string {
  return error.field === "(body)" ? error.message : `${error.field}: ${error.message}`;
}
