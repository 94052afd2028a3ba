/**
 * The map as a Mermaid flowchart (MAP.md §10): `flowchart LR`, one `subgraph` per scope, `-->` for
 * commands and queries, `-.->` for events, `==>` for in-process, flag ids in edge labels. Replies
 * ride on their requests and are not drawn. Every piece of map text is quoted and entity-escaped,
 * so no label can end a string, open a link or inject HTML; node ids are positional (`p0`, `p1`),
 * never the map's own ids.
 */
import type { MapResult, OrchestratingForm, ParticipantKind } from "./types";

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

const FORM_WORDS: Record<OrchestratingForm, string> = {
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
  // One box per owner: a service that owns several scopes (one per business transaction) gets
  // one subgraph titled with each of them, as the SVG draws it. A box whose participants are all
  // drawn in an earlier one (a nested scope) stays a comment, never an empty subgraph.
  const ownerOf = new Map(result.scopes.map((s) => [s.id, s.owner]));
  const boxes = new Map<string, { id: string; titles: string[] }>();
  for (const s of result.scopes) {
    const title = `Saga · ${s.saga.name} · ${FORM_WORDS[s.form]} · owned by ${name.get(s.owner)}`;
    const box = boxes.get(s.owner);
    if (box) box.titles.push(`${s.id}: ${title}`);
    else boxes.set(s.owner, { id: s.id, titles: [`${s.id}: ${title}`] });
  }
  for (const [owner, box] of boxes) {
    const members = result.participants.filter((p) => {
      const at = home.get(p.id);
      return at !== undefined && ownerOf.get(at) === owner;
    });
    const title =
      box.titles.length === 1 ? box.titles[0]!.replace(/^[^:]+: /, "") : box.titles.join(" / ");
    if (members.length === 0) {
      lines.push(`  %% ${title.replace(/[\r\n]/g, " ")}`);
      continue;
    }
    lines.push(`  subgraph ${box.id}[${mermaidLabel(title)}]`);
    for (const p of members) declare(p.id, "    ");
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
