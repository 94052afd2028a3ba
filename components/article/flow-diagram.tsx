import { parseComponentProps } from "@/lib/content/component-props";
import styles from "./article.module.css";

/*
 * A server-rendered SVG of one flow, drawn top to bottom so it stays legible on a phone:
 * - orchestration: the coordinator on the left sends a command to each step and gets a reply;
 * - choreography: each step publishes an event to the broker on the right, and the next step
 *   reacts to it.
 * The SVG is an image with a text alternative; the caption sits below it.
 */

const WIDTH = 380;
const BOX_WIDTH = 140;
const FONT = 14;
const LINE = 17;
const PAD = 13;
const GAP = 22;
const ARROW_OFFSET = 8;
/** Rough characters per line in a box at this font size (system-ui averages ~0.55em). */
const CHARS_PER_LINE = Math.floor((BOX_WIDTH - 16) / (FONT * 0.55));

/** Splits a label into lines that fit a box, breaking at spaces (or hard, for one long word). */
export function wrapLabel(label: string, max = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of label.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= max) current = candidate;
    else {
      if (current) lines.push(current);
      let rest = word;
      while (rest.length > max) {
        lines.push(rest.slice(0, max - 1) + "-");
        rest = rest.slice(max - 1);
      }
      current = rest;
    }
  }
  if (current) lines.push(current);
  return lines;
}

interface Box {
  lines: string[];
  y: number;
  height: number;
}

function layout(steps: readonly string[], top: number): Box[] {
  let y = top;
  return steps.map((step, i) => {
    const lines = wrapLabel(`${i + 1}. ${step}`);
    const height = Math.max(44, lines.length * LINE + PAD * 2 - 6);
    const box = { lines, y, height };
    y += height + GAP;
    return box;
  });
}

function Label({ lines, x, cy }: { lines: string[]; x: number; cy: number }) {
  const first = cy - ((lines.length - 1) * LINE) / 2;
  return (
    <text
      x={x}
      y={first}
      textAnchor="middle"
      dominantBaseline="central"
      className={styles.flowText}
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={first + i * LINE}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A horizontal arrow from x1 to x2 at y, with its head at x2. */
function Arrow({ x1, x2, y, dashed }: { x1: number; x2: number; y: number; dashed?: boolean }) {
  const dir = x2 > x1 ? 1 : -1;
  const tip = x2 - dir * 1;
  return (
    <g className={styles.flowArrow}>
      <line x1={x1} y1={y} x2={tip - dir * 8} y2={y} strokeDasharray={dashed ? "5 4" : undefined} />
      <path d={`M ${tip} ${y} L ${tip - dir * 9} ${y - 5} L ${tip - dir * 9} ${y + 5} Z`} />
    </g>
  );
}

function ArrowLabel({ x, y, children }: { x: number; y: number; children: string }) {
  return (
    <text x={x} y={y} textAnchor="middle" className={styles.flowSmall}>
      {children}
    </text>
  );
}

export function FlowDiagram(props: {
  kind: string;
  steps: string[];
  coordinator?: string;
  broker?: string;
  caption?: string;
}) {
  const parsed = parseComponentProps("FlowDiagram", props);
  const top = 12;
  const boxes = layout(parsed.steps, top);
  const last = boxes.at(-1)!;
  const bottom = last.y + last.height;
  const height = bottom + 12;
  const centre = (b: Box) => b.y + b.height / 2;
  const left = 12;
  const right = WIDTH - 12 - BOX_WIDTH;
  const gapMid = (left + BOX_WIDTH + right) / 2;

  const orchestration = parsed.kind === "orchestration";
  const hub = orchestration ? parsed.coordinator : parsed.broker;
  const stepX = orchestration ? right : left;
  const hubX = orchestration ? left : right;
  const stepEdge = orchestration ? right : left + BOX_WIDTH;
  const hubEdge = orchestration ? left + BOX_WIDTH : right;

  const description = orchestration
    ? `${hub} sends a command to ${parsed.steps.join(", then ")}, and each replies to ${hub}, which decides the next step.`
    : `${parsed.steps
        .map((s, i) =>
          i === 0
            ? `${s} publishes an event to the ${hub}`
            : `${s} reacts to it and publishes its own`,
        )
        .join("; ")}. Nobody holds the whole flow.`;

  return (
    <figure className={styles.flow} data-kind={parsed.kind}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-label={`${orchestration ? "Orchestration" : "Choreography"}: ${description}`}
        className={styles.flowSvg}
      >
        <rect
          x={hubX}
          y={top}
          width={BOX_WIDTH}
          height={bottom - top}
          rx={10}
          className={orchestration ? styles.flowCoordinator : styles.flowBroker}
        />
        <Label lines={wrapLabel(hub)} x={hubX + BOX_WIDTH / 2} cy={(top + bottom) / 2} />
        {boxes.map((box, i) => {
          const cy = centre(box);
          return (
            <g key={i}>
              <rect
                x={stepX}
                y={box.y}
                width={BOX_WIDTH}
                height={box.height}
                rx={8}
                className={styles.flowStep}
              />
              <Label lines={box.lines} x={stepX + BOX_WIDTH / 2} cy={cy} />
              {orchestration ? (
                <>
                  <Arrow x1={hubEdge} x2={stepEdge} y={cy - ARROW_OFFSET} />
                  <Arrow x1={stepEdge} x2={hubEdge} y={cy + ARROW_OFFSET} dashed />
                  {i === 0 && (
                    <>
                      <ArrowLabel x={gapMid} y={cy - ARROW_OFFSET - 6}>
                        command
                      </ArrowLabel>
                      <ArrowLabel x={gapMid} y={cy + ARROW_OFFSET + 15}>
                        reply
                      </ArrowLabel>
                    </>
                  )}
                </>
              ) : (
                <>
                  {i > 0 && <Arrow x1={hubEdge} x2={stepEdge} y={cy + ARROW_OFFSET} dashed />}
                  <Arrow x1={stepEdge} x2={hubEdge} y={cy - ARROW_OFFSET} />
                  {i === 0 && (
                    <ArrowLabel x={gapMid} y={cy - ARROW_OFFSET - 6}>
                      event
                    </ArrowLabel>
                  )}
                  {i === 1 && (
                    <ArrowLabel x={gapMid} y={cy + ARROW_OFFSET + 15}>
                      reacts
                    </ArrowLabel>
                  )}
                </>
              )}
            </g>
          );
        })}
      </svg>
      {parsed.caption && <figcaption>{parsed.caption}</figcaption>}
    </figure>
  );
}
