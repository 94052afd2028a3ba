/**
 * The diagram's geometry: a layered left-to-right layout by dagre (@dagrejs/dagre, Sugiyama-style
 * layering as in Gansner et al., "A Technique for Drawing Directed Graphs", 1993), with scopes and
 * "one service" groups as compound clusters. Pure: the same input gives the same geometry.
 */
import { SHORT_FORM_WORDS } from "../scope-form";
import type { EdgeLabel } from "@dagrejs/dagre";
// @dagrejs/dagre itself, its lookup tables made hash tables: the same layout for about a third
// less CPU (scripts/lib/dagre-dictionaries.mjs).
import dagre from "./vendor/dagre.mjs";
import { flagIdOf, type DiagramHandoff, type DiagramInput, type DiagramParticipant } from "./input";
import { textWidth, wrapText } from "./text";

export const NAME_SIZE = 13;
export const CAPTION_SIZE = 11;
export const EDGE_LABEL_SIZE = 11;
export const CLUSTER_LABEL_SIZE = 11;
const CLUSTER_LINE = 14;
const BADGE = 16;

/** How a drawn line looks; the legend shows one sample of each. */
export type EdgeStyle =
  "sync-call" | "queue" | "activity" | "event" | "query" | "query-queue" | "in-process";

export interface NodeBox {
  id: string;
  /** A participant; a topic (an event with several receivers); a step of a scope whose owner owns several. */
  kind: "participant" | "topic" | "step";
  participantKind: NonNullable<DiagramParticipant["kind"]>;
  /** The name, or the topic's or step's label. */
  text: string;
  caption: string | null;
  /** A step's flag badges (a step is drawn like a line's label); empty otherwise. */
  badges: number[];
  /** Centre and size, in px. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EdgeLine {
  /** The hand-off ids this line stands for (a line into a topic stands for all its receivers). */
  handoffs: string[];
  style: EdgeStyle;
  points: { x: number; y: number }[];
  /** The label drawn at (labelX, labelY): the hand-off label, empty on lines out of a topic. */
  label: string;
  badges: number[];
  labelX: number;
  labelY: number;
  labelWidth: number;
  /** False on the lead-in from an owner to its step: the arrowhead is on the line out of the step. */
  head: boolean;
}

export interface ClusterBox {
  id: string;
  kind: "scope" | "local";
  /** Label lines, drawn at the top left inside the box. */
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
}

export interface Geometry {
  width: number;
  height: number;
  nodes: NodeBox[];
  edges: EdgeLine[];
  clusters: ClusterBox[];
}

/** What each participant kind says under its name (a service says nothing). */
const CAPTION: Record<NonNullable<DiagramParticipant["kind"]>, string | null> = {
  service: null,
  client: "client",
  person: "person",
  external: "external system",
};

function edgeStyle(handoff: DiagramHandoff): EdgeStyle {
  if (handoff.transport === "in-process") return "in-process";
  if (handoff.kind === "event") return "event";
  if (handoff.kind === "query") return handoff.transport === "queue" ? "query-queue" : "query";
  if (handoff.transport === "activity") return "activity";
  return handoff.transport === "queue" ? "queue" : "sync-call";
}

const labelKey = (handoff: DiagramHandoff) =>
  `${handoff.from}\u0000${handoff.label.trim().toLowerCase()}`;

/** Union-find roots of the participants joined by in-process hand-offs. */
function localGroups(handoffs: readonly DiagramHandoff[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const h of handoffs) {
    if (h.transport !== "in-process") continue;
    for (const id of [h.from, h.to]) if (!parent.has(id)) parent.set(id, id);
    const a = find(h.from);
    const b = find(h.to);
    if (a !== b) parent.set(b, a);
  }
  return new Map([...parent.keys()].map((id) => [id, find(id)]));
}

/**
 * Lays the map out left to right. Every scope is a box labelled "sN · Saga · [name] · [form] · owned
 * by [owner]"; a scope nested in another (its `parent`) is drawn inside it. Each participant sits
 * in at most one box: the scope it owns, else the first scope (in id order) it takes part in. An
 * owner of several scopes sits in none of them: each of its scopes is a box around its steps, a
 * step node per member hand-off (drawn like a line's label) that the line from the owner to the
 * receiver passes through. An event with two or more receivers passes through a topic node named by
 * its label. Replies are not drawn.
 *
 * @param badgeOf the badge number of a flag id (lib/map/svg/badges.ts)
 * @param labels false for a thumbnail: no text, and sizes that don't depend on it
 */
export function layoutMap(
  input: DiagramInput,
  badgeOf: (flagId: string) => number | undefined,
  labels = true,
): Geometry {
  const g = new dagre.graphlib.Graph({ multigraph: true, compound: true });
  g.setGraph({
    rankdir: "LR",
    nodesep: 44,
    ranksep: 84,
    edgesep: 14,
    marginx: 12,
    marginy: 12,
  });
  g.setDefaultEdgeLabel(() => ({}));

  const participants = new Map(input.participants.map((p) => [p.id, p]));
  const drawn = input.handoffs.filter(
    (h) => h.kind !== "reply" && participants.has(h.from) && participants.has(h.to),
  );

  // Scope boxes, one per scope, nested by `parent`, one home per participant. An owner of several
  // scopes (one per business transaction, MAP.md §6.3 as lib/map/CONTRACT-NOTES.md item 3 reads
  // it) can sit in only one box, and its scopes often share receivers: so it sits outside them,
  // each of its scopes is a box around that scope's steps (drawn like line labels, its lines
  // passing through), and its receivers sit where they would without these boxes.
  const owned = new Map<string, number>();
  for (const s of input.scopes) owned.set(s.owner, (owned.get(s.owner) ?? 0) + 1);
  const ownsSeveral = (id: string) => (owned.get(id) ?? 0) > 1;
  const scopes = new Map(
    input.scopes.map((s) => [
      s.id,
      { ...s, participants: ownsSeveral(s.owner) ? [] : [...s.participants] },
    ]),
  );
  const stepOf = new Map<string, string>();
  const stepBoxes = new Set(
    input.scopes.filter((s) => ownsSeveral(s.owner)).map((s) => `scope:${s.id}`),
  );
  for (const h of drawn) {
    const scope = h.scopeId ? scopes.get(h.scopeId) : undefined;
    if (!scope || !ownsSeveral(scope.owner) || h.from !== scope.owner) continue;
    if ((h.kind === "command" || h.kind === "query") && h.transport !== "in-process")
      stepOf.set(h.id, scope.id);
  }
  const home = new Map<string, string>();
  for (const scope of scopes.values())
    if (!home.has(scope.owner) && !ownsSeveral(scope.owner)) home.set(scope.owner, scope.id);
  for (const scope of scopes.values())
    for (const id of scope.participants) if (!home.has(id)) home.set(id, scope.id);
  const parentOf = (scopeId: string): string | undefined => {
    const parent = scopes.get(scopeId)?.parent;
    return parent && scopes.has(parent) && parent !== scopeId ? parent : undefined;
  };
  const used = new Set<string>();
  for (const scopeId of [...home.values(), ...stepOf.values()]) {
    // Walk up at most as many steps as there are scopes, so a cycle in `parent` can't hang.
    let at: string | undefined = scopeId;
    for (let i = 0; at && i <= scopes.size && !used.has(at); i++) {
      used.add(at);
      at = parentOf(at);
    }
  }
  const depth = new Map<string, number>();
  for (const scope of scopes.values()) {
    if (!used.has(scope.id)) continue;
    let d = 0;
    for (let at = parentOf(scope.id); at && d <= scopes.size; at = parentOf(at)) d++;
    depth.set(scope.id, d);
  }
  const clusterLines = new Map<string, string[]>();
  for (const scope of scopes.values()) {
    if (!used.has(scope.id)) continue;
    const owner = participants.get(scope.owner)?.name ?? scope.owner;
    const saga = scope.saga ? `Saga · ${scope.saga.name}` : "Long-running step";
    const form = scope.form
      ? (SHORT_FORM_WORDS[scope.form as keyof typeof SHORT_FORM_WORDS] ?? scope.form)
      : null;
    const text = [scope.id, saga, form, `owned by ${owner}`].filter(Boolean).join(" · ");
    clusterLines.set(`scope:${scope.id}`, labels ? [text] : []);
    g.setNode(`scope:${scope.id}`, {});
  }
  for (const scope of scopes.values()) {
    const parent = used.has(scope.id) ? parentOf(scope.id) : undefined;
    // A parent that is drawn only because of this child: a cycle guard keeps the tree a tree.
    if (parent && used.has(parent) && (depth.get(parent) ?? 0) < (depth.get(scope.id) ?? 0))
      g.setParent(`scope:${scope.id}`, `scope:${parent}`);
  }

  // "One service" boxes: participants joined by in-process hand-offs, when they share a home.
  const groups = localGroups(drawn);
  const localHome = new Map<string, string | undefined>();
  const mixed = new Set<string>();
  for (const [id, root] of groups) {
    const at = home.get(id);
    const known = localHome.get(root);
    if (at === undefined) {
      if (!localHome.has(root)) localHome.set(root, undefined);
    } else if (known === undefined) localHome.set(root, at);
    else if (known !== at) mixed.add(root);
  }
  for (const [root, at] of localHome) {
    if (mixed.has(root)) continue;
    g.setNode(`local:${root}`, {});
    clusterLines.set(`local:${root}`, labels ? ["one service"] : []);
    if (at) g.setParent(`local:${root}`, `scope:${at}`);
  }

  for (const p of input.participants) {
    const kind = p.kind ?? "service";
    const caption = labels ? CAPTION[kind] : null;
    const icon = kind === "person" ? 16 : 0;
    const width = labels
      ? Math.min(
          280,
          Math.max(
            96,
            textWidth(p.name, NAME_SIZE, true) + 24 + icon,
            caption ? textWidth(caption, CAPTION_SIZE) + 28 : 0,
          ),
        )
      : 96;
    g.setNode(p.id, { width, height: caption ? 52 : 40 });
    const root = groups.get(p.id);
    if (root !== undefined && !mixed.has(root)) {
      g.setParent(p.id, `local:${root}`);
      // A participant joins its in-process partner's scope box (its only box: see above).
      const at = localHome.get(root);
      if (at && !home.has(p.id)) home.set(p.id, at);
    } else if (home.has(p.id)) g.setParent(p.id, `scope:${home.get(p.id)}`);
  }

  // Events with two or more receivers pass through a topic node.
  const receivers = new Map<string, number>();
  for (const h of drawn)
    if (h.kind === "event") receivers.set(labelKey(h), (receivers.get(labelKey(h)) ?? 0) + 1);
  const topics = new Map<string, { id: string; handoffs: string[]; label: string; from: string }>();
  for (const h of drawn) {
    if (h.kind !== "event" || (receivers.get(labelKey(h)) ?? 0) < 2) continue;
    const key = labelKey(h);
    let topic = topics.get(key);
    if (!topic) {
      topic = { id: `topic:${h.id}`, handoffs: [], label: h.label, from: h.from };
      topics.set(key, topic);
      const width = labels ? Math.min(240, textWidth(h.label, CAPTION_SIZE) + 24) : 48;
      // Outside every box: an event is never a scope's step (MAP.md §6.3 S5).
      g.setNode(topic.id, { width, height: 24 });
    }
    topic.handoffs.push(h.id);
  }

  const edgeInfo = new Map<string, Omit<EdgeLine, "points" | "labelX" | "labelY">>();
  const addEdge = (
    name: string,
    from: string,
    to: string,
    line: Omit<EdgeLine, "points" | "labelX" | "labelY" | "labelWidth">,
  ) => {
    const labelWidth = labels
      ? (line.label ? textWidth(line.label, EDGE_LABEL_SIZE) + 8 : 0) +
        line.badges.length * (BADGE + 3)
      : 0;
    edgeInfo.set(name, { ...line, labelWidth });
    g.setEdge(
      from,
      to,
      labelWidth > 0 ? { width: labelWidth, height: 18, labelpos: "c" } : { minlen: 1 },
      name,
    );
  };
  const badgesOf = (h: DiagramHandoff) =>
    labels
      ? [...new Set(h.flags.map(flagIdOf))]
          .map(badgeOf)
          .filter((n): n is number => n !== undefined)
          .sort((a, b) => a - b)
      : [];
  const steps: { id: string; handoff: DiagramHandoff; badges: number[]; width: number }[] = [];
  for (const h of drawn) {
    const topic = h.kind === "event" ? topics.get(labelKey(h)) : undefined;
    const step = stepOf.get(h.id);
    if (step) {
      const id = `step:${h.id}`;
      const badges = badgesOf(h);
      const width = labels
        ? textWidth(h.label, EDGE_LABEL_SIZE) + 8 + badges.length * (BADGE + 3)
        : 24;
      // Laid out as wide as the box's label (up to a limit), so the label fits on one line.
      const title = clusterLines.get(`scope:${step}`)?.[0] ?? "";
      const room = Math.min(textWidth(title, CLUSTER_LABEL_SIZE, true) + 8, 420);
      g.setNode(id, { width: Math.max(width, room), height: 18 });
      g.setParent(id, `scope:${step}`);
      steps.push({ id, handoff: h, badges, width });
      addEdge(`${h.id}:in`, h.from, id, {
        handoffs: [h.id],
        style: edgeStyle(h),
        label: "",
        badges: [],
        head: false,
      });
      addEdge(h.id, id, h.to, {
        handoffs: [h.id],
        style: edgeStyle(h),
        label: "",
        badges: [],
        head: true,
      });
      continue;
    }
    if (!topic) {
      addEdge(h.id, h.from, h.to, {
        handoffs: [h.id],
        style: edgeStyle(h),
        label: labels ? h.label : "",
        badges: badgesOf(h),
        head: true,
      });
      continue;
    }
    if (topic.handoffs[0] === h.id)
      addEdge(`${topic.id}:in`, h.from, topic.id, {
        handoffs: topic.handoffs,
        style: "event",
        label: "",
        badges: [],
        head: true,
      });
    addEdge(h.id, topic.id, h.to, {
      handoffs: [h.id],
      style: "event",
      label: "",
      badges: badgesOf(h),
      head: true,
    });
  }

  dagre.layout(g);

  // Each box grows upward as far as its label lines need; nested boxes first, so a parent encloses them.
  const clusters: ClusterBox[] = [];
  const clusterIds = [...clusterLines.keys()].filter((id) => g.hasNode(id));
  const boxes = new Map<string, { x0: number; y0: number; x1: number; y1: number }>();
  const clusterDepth = (id: string) => {
    let d = 0;
    for (let at = g.parent(id); at; at = g.parent(at)) d++;
    return d;
  };
  const byDepth = [...clusterIds].sort((a, b) => clusterDepth(b) - clusterDepth(a));
  for (const id of byDepth) {
    const node = g.node(id);
    const children = g.children(id) ?? [];
    let x0 = node.x! - node.width / 2;
    let y0 = node.y! - node.height / 2;
    let x1 = node.x! + node.width / 2;
    let y1 = node.y! + node.height / 2;
    // A box of steps holds no line between its children: it hugs them, which leaves room for
    // the label of a sibling box below it (dagre spaces two boxes' borders by `edgesep` only).
    const hug = stepBoxes.has(id);
    if (hug) [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const child of children) {
      const box = boxes.get(child);
      const n = g.node(child);
      const pad = hug ? 12 : 8;
      if (box) {
        x0 = Math.min(x0, box.x0 - pad);
        y0 = Math.min(y0, box.y0 - pad);
        x1 = Math.max(x1, box.x1 + pad);
        y1 = Math.max(y1, box.y1 + pad);
      } else if (hug) {
        x0 = Math.min(x0, n.x! - n.width / 2 - pad);
        y0 = Math.min(y0, n.y! - n.height / 2 - pad);
        x1 = Math.max(x1, n.x! + n.width / 2 + pad);
        y1 = Math.max(y1, n.y! + n.height / 2 + pad);
      }
    }
    const width = x1 - x0;
    const lines = labels
      ? wrapText(clusterLines.get(id)!.join(" "), CLUSTER_LABEL_SIZE, Math.max(width - 16, 120), 3)
      : [];
    // The label needs its lines and some air above the first child; dagre's padding gives part.
    let top = y1;
    for (const child of children) {
      const box = boxes.get(child);
      const n = g.node(child);
      top = Math.min(top, box ? box.y0 : n.y! - n.height / 2);
    }
    if (lines.length) y0 = Math.min(y0, top - lines.length * CLUSTER_LINE - 16);
    boxes.set(id, { x0, y0, x1, y1 });
    clusters.push({
      id,
      kind: id.startsWith("scope:") ? "scope" : "local",
      lines,
      x: x0,
      y: y0,
      width,
      height: y1 - y0,
      depth: clusterDepth(id),
    });
  }
  clusters.sort((a, b) => a.depth - b.depth || a.id.localeCompare(b.id));

  const nodes: NodeBox[] = [];
  for (const p of input.participants) {
    const node = g.node(p.id);
    const kind = p.kind ?? "service";
    nodes.push({
      id: p.id,
      kind: "participant",
      participantKind: kind,
      text: labels ? p.name : "",
      caption: labels ? CAPTION[kind] : null,
      badges: [],
      x: node.x!,
      y: node.y!,
      width: node.width,
      height: node.height,
    });
  }
  for (const topic of topics.values()) {
    const node = g.node(topic.id);
    nodes.push({
      id: topic.id,
      kind: "topic",
      participantKind: "service",
      text: labels ? topic.label : "",
      caption: null,
      badges: [],
      x: node.x!,
      y: node.y!,
      width: node.width,
      height: node.height,
    });
  }
  for (const step of steps) {
    const node = g.node(step.id);
    nodes.push({
      id: step.id,
      kind: "step",
      participantKind: "service",
      text: labels ? step.handoff.label : "",
      caption: null,
      badges: step.badges,
      x: node.x!,
      y: node.y!,
      width: step.width,
      height: node.height,
    });
  }

  const edges: EdgeLine[] = [];
  for (const e of g.edges()) {
    const info = edgeInfo.get(e.name!);
    if (!info) continue;
    const label = g.edge(e) as EdgeLabel;
    const points = (label.points ?? []).map((p) => ({ x: p.x, y: p.y }));
    // A step is laid out wider than its label: its two lines meet at its centre.
    if (e.w.startsWith("step:")) points.push({ x: g.node(e.w).x!, y: g.node(e.w).y! });
    if (e.v.startsWith("step:")) points.unshift({ x: g.node(e.v).x!, y: g.node(e.v).y! });
    edges.push({
      ...info,
      points,
      labelX: label.x ?? 0,
      labelY: label.y ?? 0,
    });
  }

  // The whole drawing, grown boxes included, moved to start at the margin.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const extend = (x0: number, y0: number, x1: number, y1: number) => {
    minX = Math.min(minX, x0);
    minY = Math.min(minY, y0);
    maxX = Math.max(maxX, x1);
    maxY = Math.max(maxY, y1);
  };
  for (const n of nodes)
    extend(n.x - n.width / 2, n.y - n.height / 2, n.x + n.width / 2, n.y + n.height / 2);
  for (const c of clusters) extend(c.x, c.y, c.x + c.width, c.y + c.height);
  for (const e of edges) {
    for (const p of e.points) extend(p.x, p.y, p.x, p.y);
    if (e.labelWidth)
      extend(e.labelX - e.labelWidth / 2, e.labelY - 9, e.labelX + e.labelWidth / 2, e.labelY + 9);
  }
  if (!Number.isFinite(minX)) return { width: 24, height: 24, nodes, edges, clusters };
  const dx = 12 - minX;
  const dy = 12 - minY;
  for (const n of nodes) {
    n.x += dx;
    n.y += dy;
  }
  for (const c of clusters) {
    c.x += dx;
    c.y += dy;
  }
  for (const e of edges) {
    e.points = e.points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
    e.labelX += dx;
    e.labelY += dy;
  }
  return {
    width: Math.ceil(maxX - minX + 24),
    height: Math.ceil(maxY - minY + 24),
    nodes,
    edges,
    clusters,
  };
}
