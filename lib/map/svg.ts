/**
 * The flow map's diagram as SVG text (MAP.md §10 "Diagram"), drawn on the server: a layered
 * left-to-right layout by dagre and Baton's own markup, no third-party call, no script, no
 * external reference. Every text of the map is escaped (lib/html escapeHtml, after dropping the
 * characters XML forbids).
 *
 * What is drawn: participants as boxes (dashed for `external`, a person icon for `person`); each
 * scope as a labelled rounded box "s1 · Saga · [name] · [form] · owned by [owner]" around its owner
 * and receivers, or, for an owner of several scopes (which sits outside them), around the scope's
 * steps, its lines passing through their labels; labels over every line; commands solid
 * (a synchronous call with a filled head, a queue with an open one, a scope's step heavier);
 * events dashed, through a topic node when one message has two or more receivers; queries thin;
 * in-process calls heavy inside a "one service" box; replies not at all (they ride on their
 * request); numbered flag badges on the lines; a legend, always.
 */
import { flagNumbers } from "./svg/badges";
import type { DiagramInput } from "./svg/input";
import { layoutMap } from "./svg/layout";
import {
  clusterMarkup,
  edgeMarkup,
  INK,
  labelMarkup,
  legendHeight,
  legendMarkup,
  markerDefs,
  nodeMarkup,
} from "./svg/markup";
import { FONT_FAMILY, svgText } from "./svg/text";

export type {
  DiagramFlag,
  DiagramHandoff,
  DiagramInput,
  DiagramParticipant,
  DiagramScope,
} from "./svg/input";
export { flagIdOf } from "./svg/input";
export { flagNumbers } from "./svg/badges";

export interface MapSvgOptions {
  /** Prefix of the ids inside the SVG (title, desc, markers); unique per page. Default "map". */
  idPrefix?: string;
  /** Badge numbers per flag id; default `flagNumbers(input.handoffs)`. */
  badges?: ReadonlyMap<string, number>;
  /** A thumbnail: boxes and lines only, no text and no legend (the Open Graph image). */
  thumbnail?: boolean;
}

/** The legend needs this much width at least (one column and its longest line). */
const MIN_WIDTH = 300;

/**
 * The map's diagram as a complete `<svg>` element with `role="img"`, a `<title>` (the map name)
 * and a `<desc>` (the summary), sized in px (width and height attributes and a matching viewBox).
 * Deterministic: the same input gives the same text. It never throws on a valid map; hand-offs
 * that name an unknown participant are left out.
 *
 * @example
 * mapSvg({ name: "Create order", summary: "…", participants, handoffs, scopes })
 * // → '<svg xmlns="http://www.w3.org/2000/svg" role="img" … <title id="map-title">Create order</title> …'
 */
export function mapSvg(input: DiagramInput, options: MapSvgOptions = {}): string {
  const prefix = (options.idPrefix ?? "map").replace(/[^A-Za-z0-9_-]/g, "") || "map";
  const badges = options.badges ?? flagNumbers(input.handoffs);
  const thumbnail = options.thumbnail ?? false;
  const geometry = layoutMap(input, (id) => badges.get(id), !thumbnail);
  const width = Math.max(geometry.width, thumbnail ? 0 : MIN_WIDTH);
  const legend = thumbnail ? 0 : legendHeight(width);
  const height = geometry.height + legend;
  const title = input.name?.trim() || "Flow map";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${prefix}-title ${prefix}-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${svgText(FONT_FAMILY)}" data-map-diagram="">`,
    `<title id="${prefix}-title">${svgText(title)}</title>`,
    `<desc id="${prefix}-desc">${svgText(input.summary)}</desc>`,
    markerDefs(prefix),
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...geometry.clusters.map(clusterMarkup),
    ...geometry.edges.map((edge) => edgeMarkup(edge, prefix)),
    ...geometry.edges.map((e) => labelMarkup(e.labelX, e.labelY, e.labelWidth, e.label, e.badges)),
    ...geometry.nodes.map(nodeMarkup),
    thumbnail ? "" : legendMarkup(width, geometry.height, prefix),
    geometry.nodes.length === 0
      ? `<text x="12" y="20" font-size="12" fill="${INK}">No participants to draw.</text>`
      : "",
    `</svg>`,
  ].join("");
}
