import type { MapError, ValidMap } from "./types";

export const MAP_CODE_PREFIX = "m1.";
export const MAX_MAP_CODE_LENGTH = 2000;
export type MapDecodeResult =
  | { ok: true; map: ValidMap }
  | {
      ok: false;
      error: "empty" | "too-long" | "unknown-version" | "damaged" | "invalid";
      message: string;
      errors?: MapError[];
    };

/** The map code of a valid map (MAP.md §9). */
export function encodeMap(map: ValidMap): string {
  throw new Error(`not implemented yet ${map.handoffs.length}`);
}
/** The map behind a code; never throws. */
export function decodeMap(code: string): MapDecodeResult {
  return { ok: false, error: "damaged", message: `not implemented yet ${code}` };
}
