/**
 * The one builder of flow map URLs (MAP.md §9, §10): the result page, its exports, the embed and
 * the editor. The name rides in the code, so there is no `?flow=`.
 */

/** Which page of a map: the page itself or one of its exports. */
export type MapSuffix = "" | "/og" | "/adr" | "/json" | "/map.svg";

/**
 * The path of a map result: `/m/<code>` (or `/embed/m/<code>` with `embed`), then the suffix.
 *
 * @example
 * mapPath("m1.AbC") // → "/m/m1.AbC"
 * mapPath("m1.AbC", { suffix: "/map.svg" }) // → "/m/m1.AbC/map.svg"
 * mapPath("m1.AbC", { embed: true }) // → "/embed/m/m1.AbC"
 */
export function mapPath(
  code: string,
  options: { embed?: boolean; suffix?: MapSuffix } = {},
): string {
  return `${options.embed ? "/embed/m/" : "/m/"}${encodeURIComponent(code)}${options.suffix ?? ""}`;
}

/**
 * The editor, pre-filled from a map code when one is given.
 *
 * @example
 * editorPath("m1.AbC") // → "/map?code=m1.AbC"
 * editorPath() // → "/map"
 */
export function editorPath(code?: string): string {
  return code ? `/map?code=${encodeURIComponent(code)}` : "/map";
}
