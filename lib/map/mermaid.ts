/**
 * The map as a Mermaid flowchart (MAP.md §10): `flowchart LR`, one `subgraph` per scope, `-->` for
 * commands and queries, `-.->` for events, `==>` for in-process, flag ids in edge labels. Replies
 * ride on their requests and are not drawn. An owner of several scopes sits outside them, and each
 * of its scopes holds its steps (`s2_0("Retry charge")`), which their edges pass through
 * (`p1 --- s2_0 --> p3`). Every piece of map text is quoted and entity-escaped,
 * so no label can end a string, open a link or inject HTML; node ids are positional (`p0`, `p1`),
 * never the map's own ids.
 */
import { SHORT_FORM_WORDS } from "./scope-form";
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

const FORM_WORDS: Record<OrchestratingForm, string> = SHORT_FORM_WORDS;

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
  // An owner of several scopes (one per business transaction) can sit in one subgraph only, and
  // its scopes often share receivers: so, as the SVG draws it, it sits outside them and each of its
  // scopes is a subgraph of that scope's steps, one node per step that its edge passes through.
  const owned = new Map<string, number>();
  for (const s of result.scopes) owned.set(s.owner, (owned.get(s.owner) ?? 0) + 1);
  const ownsSeveral = (id: string) => (owned.get(id) ?? 0) > 1;
  const scopeOf = new Map(result.scopes.map((s) => [s.id, s]));
  const step = new Map<string, string>();
  const steps = new Map<string, number>();
  for (const h of result.handoffs) {
    const scope = h.scopeId ? scopeOf.get(h.scopeId) : undefined;
    if (!scope || !ownsSeveral(scope.owner) || h.from !== scope.owner) continue;
    if ((h.kind !== "command" && h.kind !== "query") || h.transport === "in-process") continue;
    const n = steps.get(scope.id) ?? 0;
    steps.set(scope.id, n + 1);
    step.set(h.id, `${scope.id}_${n}`);
  }
  // Any other participant is drawn in the scope it owns, else the first scope that lists it
  // (Mermaid puts a node in one subgraph).
  const home = new Map<string, string>();
  const others = result.scopes.filter((s) => !ownsSeveral(s.owner));
  for (const s of others) if (!home.has(s.owner)) home.set(s.owner, s.id);
  for (const s of others) for (const p of s.participants) if (!home.has(p)) home.set(p, s.id);
  const declare = (id: string, indent: string) => {
    const p = result.participants.find((x) => x.id === id)!;
    const [open, close] = SHAPES[p.kind];
    lines.push(`${indent}${node.get(id)}${open}${mermaidLabel(p.name)}${close}`);
  };
  const labelOf = (h: MapResult["handoffs"][number]) => {
    const flags = h.flags.map((f) => f.id);
    return flags.length ? `${h.label} · ${flags.join(", ")}` : h.label;
  };
  for (const p of result.participants) if (!home.has(p.id)) declare(p.id, "  ");
  // One subgraph per scope, titled "Saga · [name] · [form] · owned by [owner]", with the scope id
  // in front when its owner has several. A scope whose participants are all drawn in an earlier
  // one stays a comment, never an empty subgraph.
  for (const s of result.scopes) {
    const several = ownsSeveral(s.owner);
    const shape = s.saga ? `Saga · ${s.saga.name}` : "Long-running step";
    const saga = `${shape} · ${FORM_WORDS[s.form]} · owned by ${name.get(s.owner)}`;
    const title = several ? `${s.id} · ${saga}` : saga;
    const steps = result.handoffs.filter((h) => h.scopeId === s.id && step.has(h.id));
    const members = result.participants.filter((p) => home.get(p.id) === s.id);
    if (steps.length === 0 && members.length === 0) {
      lines.push(`  %% ${title}`);
      continue;
    }
    lines.push(`  subgraph ${s.id}[${mermaidLabel(title)}]`);
    for (const p of members) declare(p.id, "    ");
    for (const h of steps) lines.push(`    ${step.get(h.id)}(${mermaidLabel(labelOf(h))})`);
    lines.push("  end");
  }
  for (const h of result.handoffs) {
    if (h.kind === "reply") continue;
    const through = step.get(h.id);
    if (through) {
      lines.push(`  ${node.get(h.from)} --- ${through} --> ${node.get(h.to)}`);
      continue;
    }
    const arrow = h.transport === "in-process" ? "==>" : h.kind === "event" ? "-.->" : "-->";
    lines.push(`  ${node.get(h.from)} ${arrow}|${mermaidLabel(labelOf(h))}| ${node.get(h.to)}`);
  }
  return lines.join("\n");
}
