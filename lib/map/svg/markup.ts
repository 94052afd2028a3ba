/**
 * SVG markup for the diagram's pieces: line styles, arrowheads, boxes, badges and the legend.
 * Presentation attributes only (no <style> element), so the markup works inline under the page's
 * CSP and as a file on its own. Meaning is carried by dash patterns, line weights and head shapes,
 * not by colour, so the drawing survives greyscale printing.
 */
import type { ClusterBox, EdgeLine, EdgeStyle, NodeBox } from "./layout";
import { CAPTION_SIZE, CLUSTER_LABEL_SIZE, EDGE_LABEL_SIZE, NAME_SIZE } from "./layout";
import { svgText, textWidth } from "./text";

export const INK = "#1b1f27";
const MUTED = "#4a5160";
const PAPER = "#ffffff";
const SCOPE_FILL = "#eef1fb";
const SCOPE_STROKE = "#3047a8";
const LOCAL_FILL = "#f3f4f6";
const BADGE_FILL = "#8a3f00";

/** Stroke width, dash pattern and arrowhead of each line style. */
export const LINE: Record<
  EdgeStyle,
  { width: number; dash: string | null; head: "filled" | "open" }
> = {
  "sync-call": { width: 1.6, dash: null, head: "filled" },
  queue: { width: 1.6, dash: null, head: "open" },
  activity: { width: 2.6, dash: null, head: "filled" },
  event: { width: 1.6, dash: "7 4", head: "open" },
  query: { width: 0.9, dash: null, head: "filled" },
  "query-queue": { width: 0.9, dash: null, head: "open" },
  "in-process": { width: 4, dash: null, head: "filled" },
};

const r = (n: number) => Math.round(n * 10) / 10;

/** Arrowhead markers; ids start with `prefix` so two diagrams on one page don't collide. */
export function markerDefs(prefix: string): string {
  const marker = (id: string, body: string) =>
    `<marker id="${prefix}-${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">${body}</marker>`;
  return `<defs>${marker("filled", `<path d="M0,0 L10,5 L0,10 z" fill="${INK}"/>`)}${marker(
    "open",
    `<path d="M1,1 L9,5 L1,9" fill="none" stroke="${INK}" stroke-width="1.5"/>`,
  )}</defs>`;
}

/** A smooth path through dagre's points: straight ends, quadratic bends at the inner points. */
function pathThrough(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return "";
  const [first, ...rest] = points;
  if (rest.length === 0) return `M${r(first!.x)},${r(first!.y)}`;
  let d = `M${r(first!.x)},${r(first!.y)}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i]!;
    const next = rest[i + 1]!;
    d += ` Q${r(p.x)},${r(p.y)} ${r((p.x + next.x) / 2)},${r((p.y + next.y) / 2)}`;
  }
  const last = rest[rest.length - 1]!;
  return `${d} L${r(last.x)},${r(last.y)}`;
}

/** One line with its arrowhead (none on a lead-in to a step). */
export function edgeMarkup(edge: EdgeLine, prefix: string): string {
  const line = LINE[edge.style];
  const dash = line.dash ? ` stroke-dasharray="${line.dash}"` : "";
  const head = edge.head ? ` marker-end="url(#${prefix}-${line.head})"` : "";
  return `<path d="${pathThrough(edge.points)}" fill="none" stroke="${INK}" stroke-width="${line.width}"${dash}${head} data-handoffs="${svgText(edge.handoffs.join(" "))}" data-style="${edge.style}"/>`;
}

/**
 * A line's label and badges on a white ground, centred at (x, y), `width` px wide; empty when the
 * line has neither. Drawn after every line, so no line crosses a label.
 */
export function labelMarkup(
  x: number,
  y: number,
  width: number,
  label: string,
  badges: readonly number[],
): string {
  if (!width) return "";
  const x0 = x - width / 2;
  let parts = `<rect x="${r(x0)}" y="${r(y - 9)}" width="${r(width)}" height="18" rx="3" fill="${PAPER}" fill-opacity="0.92"/>`;
  let at = x0 + 4;
  if (label) {
    parts += `<text x="${r(at)}" y="${r(y + 4)}" font-size="${EDGE_LABEL_SIZE}" fill="${INK}">${svgText(label)}</text>`;
    at = x0 + width - badges.length * 19 + 1;
  }
  for (const n of badges) {
    parts += badgeMarkup(at + 8, y, n);
    at += 19;
  }
  return `<g>${parts}</g>`;
}

/** A numbered flag badge centred at (x, y). */
export function badgeMarkup(x: number, y: number, n: number): string {
  return `<g data-flag-badge="${n}"><circle cx="${r(x)}" cy="${r(y)}" r="8" fill="${BADGE_FILL}"/><text x="${r(x)}" y="${r(y + 3.5)}" font-size="10" font-weight="700" text-anchor="middle" fill="${PAPER}">${n}</text></g>`;
}

/** A simple person glyph (head and shoulders) with its top left at (x, y), 12 × 14 px. */
function personIcon(x: number, y: number): string {
  return `<circle cx="${r(x + 6)}" cy="${r(y + 3.5)}" r="3.5" fill="none" stroke="${INK}" stroke-width="1.4"/><path d="M${r(x)},${r(y + 14)} Q${r(x)},${r(y + 8)} ${r(x + 6)},${r(y + 8)} Q${r(x + 12)},${r(y + 8)} ${r(x + 12)},${r(y + 14)}" fill="none" stroke="${INK}" stroke-width="1.4"/>`;
}

/**
 * A participant box (dashed for an external system, with an icon for a person), a topic pill, or
 * a step (its hand-off's label and badges, like a line's label, in its scope's box).
 */
export function nodeMarkup(node: NodeBox): string {
  const x0 = node.x - node.width / 2;
  const y0 = node.y - node.height / 2;
  if (node.kind === "step") {
    const label = labelMarkup(node.x, node.y, node.width, node.text, node.badges);
    return `<g data-scope-step="${svgText(node.id.replace(/^step:/, ""))}">${label}</g>`;
  }
  if (node.kind === "topic") {
    return `<g data-topic=""><rect x="${r(x0)}" y="${r(y0)}" width="${r(node.width)}" height="${r(node.height)}" rx="${r(node.height / 2)}" fill="${PAPER}" stroke="${INK}" stroke-width="1.2" stroke-dasharray="7 4"/>${
      node.text
        ? `<text x="${r(node.x)}" y="${r(node.y + 4)}" font-size="${CAPTION_SIZE}" font-style="italic" text-anchor="middle" fill="${INK}">${svgText(node.text)}</text>`
        : ""
    }</g>`;
  }
  const external = node.participantKind === "external";
  const client = node.participantKind === "client";
  const icon = node.participantKind === "person";
  const nameY = node.caption ? node.y - 1 : node.y + 4.5;
  const textX = node.x + (icon ? 9 : 0);
  let body = `<rect x="${r(x0)}" y="${r(y0)}" width="${r(node.width)}" height="${r(node.height)}" rx="${client ? 14 : 4}" fill="${PAPER}" stroke="${INK}" stroke-width="${external ? 1.4 : 1.6}"${external ? ' stroke-dasharray="5 3"' : ""}/>`;
  if (icon) {
    const nameWidth = node.width - 28 - 16;
    body += personIcon(node.x - nameWidth / 2 - 12, nameY - 11);
  }
  if (node.text)
    body += `<text x="${r(textX)}" y="${r(nameY)}" font-size="${NAME_SIZE}" font-weight="600" text-anchor="middle" fill="${INK}">${svgText(node.text)}</text>`;
  if (node.caption)
    body += `<text x="${r(node.x)}" y="${r(nameY + 15)}" font-size="${CAPTION_SIZE}" text-anchor="middle" fill="${MUTED}">${svgText(node.caption)}</text>`;
  return `<g data-participant="${svgText(node.id)}" data-kind="${node.participantKind}">${body}</g>`;
}

/** A scope box (solid, tinted) or a "one service" box (dotted, grey), with its label lines. */
export function clusterMarkup(cluster: ClusterBox): string {
  const scope = cluster.kind === "scope";
  const box = `<rect x="${r(cluster.x)}" y="${r(cluster.y)}" width="${r(cluster.width)}" height="${r(cluster.height)}" rx="12" fill="${scope ? SCOPE_FILL : LOCAL_FILL}" stroke="${scope ? SCOPE_STROKE : INK}" stroke-width="${scope ? 1.5 : 1.2}"${scope ? "" : ' stroke-dasharray="2 3"'}/>`;
  const text = cluster.lines
    .map(
      (line, i) =>
        `<text x="${r(cluster.x + 10)}" y="${r(cluster.y + 15 + i * 14)}" font-size="${CLUSTER_LABEL_SIZE}" font-weight="${i === 0 && scope ? 600 : 400}" fill="${scope ? SCOPE_STROKE : MUTED}">${svgText(line)}</text>`,
    )
    .join("");
  return `<g data-${scope ? "scope" : "local"}="${svgText(cluster.id.replace(/^(scope|local):/, ""))}">${box}${text}</g>`;
}

/** The legend's entries, in the order they are drawn. */
export const LEGEND: readonly {
  style: EdgeStyle | "topic" | "scope" | "local" | "external" | "person" | "badge";
  text: string;
}[] = [
  { style: "sync-call", text: "command, synchronous call" },
  { style: "queue", text: "command over a queue" },
  { style: "activity", text: "step of an orchestrated scope" },
  { style: "event", text: "event, published" },
  { style: "query", text: "query (open head: over a queue)" },
  { style: "in-process", text: "call inside one service" },
  { style: "topic", text: "topic: an event, several receivers" },
  { style: "scope", text: "orchestrated scope (saga, or one long-running step)" },
  { style: "local", text: "one service, one transaction" },
  { style: "external", text: "external system" },
  { style: "person", text: "person" },
  { style: "badge", text: "flag, numbered as in the table" },
];

/** One legend column: the 40 px sample, a gap, the longest text and some air. */
const LEGEND_ITEM_WIDTH = 66 + Math.max(...LEGEND.map((item) => textWidth(item.text, 11)));
const LEGEND_ROW = 24;

/** The legend's height for a drawing `width` px wide. */
export function legendHeight(width: number): number {
  const columns = Math.max(1, Math.floor((width - 24) / LEGEND_ITEM_WIDTH));
  return 30 + Math.ceil(LEGEND.length / columns) * LEGEND_ROW;
}

/** The legend, laid out in as many columns as fit `width`, starting at `top`. */
export function legendMarkup(width: number, top: number, prefix: string): string {
  const columns = Math.max(1, Math.floor((width - 24) / LEGEND_ITEM_WIDTH));
  let out = `<g data-legend=""><line x1="12" y1="${top + 4}" x2="${width - 12}" y2="${top + 4}" stroke="${MUTED}" stroke-width="0.6"/><text x="12" y="${top + 20}" font-size="11" font-weight="700" fill="${INK}">Legend</text>`;
  LEGEND.forEach((item, i) => {
    const x = 12 + (i % columns) * LEGEND_ITEM_WIDTH;
    const y = top + 38 + Math.floor(i / columns) * LEGEND_ROW;
    let sample: string;
    if (item.style in LINE) {
      const line = LINE[item.style as EdgeStyle];
      const dash = line.dash ? ` stroke-dasharray="${line.dash}"` : "";
      sample = `<path d="M${x},${y - 4} L${x + 40},${y - 4}" stroke="${INK}" stroke-width="${line.width}"${dash} marker-end="url(#${prefix}-${line.head})"/>`;
    } else if (item.style === "topic") {
      sample = `<rect x="${x}" y="${y - 11}" width="40" height="14" rx="7" fill="${PAPER}" stroke="${INK}" stroke-width="1.2" stroke-dasharray="7 4"/>`;
    } else if (item.style === "scope" || item.style === "local") {
      const scope = item.style === "scope";
      sample = `<rect x="${x}" y="${y - 12}" width="40" height="16" rx="6" fill="${scope ? SCOPE_FILL : LOCAL_FILL}" stroke="${scope ? SCOPE_STROKE : INK}" stroke-width="1.3"${scope ? "" : ' stroke-dasharray="2 3"'}/>`;
    } else if (item.style === "external") {
      sample = `<rect x="${x}" y="${y - 12}" width="40" height="16" rx="3" fill="${PAPER}" stroke="${INK}" stroke-width="1.4" stroke-dasharray="5 3"/>`;
    } else if (item.style === "person") {
      sample = personIcon(x + 14, y - 13);
    } else {
      sample = badgeMarkup(x + 20, y - 4, 1);
    }
    out += `${sample}<text x="${x + 50}" y="${y}" font-size="11" fill="${INK}">${svgText(item.text)}</text>`;
  });
  return `${out}</g>`;
}
