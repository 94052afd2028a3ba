/**
 * The map as a Mermaid flowchart (MAP.md §10): `flowchart LR`, one `subgraph` per scope, `-->` for
 * commands and queries, `-.->` for events, `==>` for in-process, flag ids in edge labels. Replies
 * ride on their requests and are not drawn. Every piece of map text is quoted and entity-escaped,
 * so no label can end a string, open a link or inject HTML; node ids are positional (`p0`, `p1`),
 * never the map's own ids.
 */
import type { MapResult, ParticipantKind } from "./types";

/** Characters Mermaid would read as syntax or HTML inside a quoted label, as its `#code;` entities. */
const MERMAID_ENTITIES: Record<string, string> = {
  "#": "#35;",
  '"': "#quot;",
  "&": "#amp;",
  "<": "#lt;",
  ">": "#gt;",
  "`": "#96;",
  "|": "#124;",
};

/**
 * Map text as a quoted Mermaid label. Line breaks (impossible in valid map text) become spaces.
 *
 * @example
 * mermaidLabel('Pay "now" <b>') // → '"Pay #quot;now#quot; #lt;b#gt;"'
 */
export function mermaidLabel(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, " ");
  return `"${flat.replace(/[#"&<>`|]/g, (c) => MERMAID_ENTITIES[c]!)}"`;
}

const SHAPES: Record<ParticipantKind, [string, string]> = {
  service: ["[", "]"],
  client: ["([", "])"],
  person: ["((", "))"],
  external: ["[[", "]]"],
};

const FORM_WORDS: Record<string, string> = {
  "in-process": "in-process",
  "durable-execution": "durable execution",
  "process-engine": "process engine",
};

/**
 * The Mermaid flowchart text of a map result.
 *
 * @example
 * mapMermaid(result).split("\n")[0] // → "flowchart LR"
 */
export function mapMermaid(result: Omit<MapResult, "mermaid">): string {
  const node = new Map(result.participants.map((p, i) => [p.id, `p${i}`]));
  const name = new Map(result.participants.map((p) => [p.id, p.name]));
  const lines = ["flowchart LR"];
  // A participant is drawn in the first scope that lists it (Mermaid puts a node in one subgraph).
  const home = new Map<string, string>();
  for (const s of result.scopes)
    for (const p of s.participants) if (!home.has(p)) home.set(p, s.id);
  const declare = (id: string, indent: string) => {
    const p = result.participants.find((x) => x.id === id)!;
    const [open, close] = SHAPES[p.kind];
    lines.push(`${indent}${node.get(id)}${open}${mermaidLabel(p.name)}${close}`);
  };
  for (const p of result.participants) if (!home.has(p.id)) declare(p.id, "  ");
  for (const s of result.scopes) {
    const title = `Saga · ${s.saga.name} · ${FORM_WORDS[s.form]} · owned by ${name.get(s.owner)}`;
    lines.push(`  subgraph ${s.id}[${mermaidLabel(title)}]`);
    for (const p of s.participants) if (home.get(p) === s.id) declare(p, "    ");
    lines.push("  end");
  }
  for (const h of result.handoffs) {
    if (h.kind === "reply") continue;
    const arrow = h.transport === "in-process" ? "==>" : h.kind === "event" ? "-.->" : "-->";
    const flags = h.flags.map((f) => f.id);
    const label = flags.length ? `${h.label} · ${flags.join(", ")}` : h.label;
    lines.push(`  ${node.get(h.from)} ${arrow}|${mermaidLabel(label)}| ${node.get(h.to)}`);
  }
  return lines.join("\n");
}
