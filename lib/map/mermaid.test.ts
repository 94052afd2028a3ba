import { describe, expect, it } from "vitest";
import fixtures from "./fixtures/map-1-codes.json";
import { RENEWAL_MAP, TWO_TRANSACTIONS_MAP } from "./fixtures/two-scopes-one-owner";
import { importedMap } from "./import/form";
import { importMermaid } from "./import/mermaid";
import { mermaidLabel } from "./mermaid";
import { decodeMap, mapResult, validateMap, type MapJson, type MapResult } from "./index";

function resultOf(map: MapJson): MapResult {
  const checked = validateMap(map);
  if (!checked.ok) throw new Error(checked.errors.map((e) => e.message).join("; "));
  return mapResult(checked.map);
}

const pinned = fixtures.map((fixture) => {
  const decoded = decodeMap(fixture.code);
  if (!decoded.ok) throw new Error(fixture.name);
  return mapResult(decoded.map);
});

const NODE = /^([A-Za-z][\w]*)(\[\[|\(\(|\(\[|\[|\()("(?:[^"]*)")(\]\]|\)\)|\]\)|\]|\))$/;
/** One link of a chain: ` --> `, ` --- `, ` -.-> ` or ` ==> `, an optional `|"label"|`, a node id. */
const LINK = /^ (---|-->|-\.->|==>)(\|"[^"]*"\|)? ([A-Za-z]\w*)/;

/**
 * The flowchart's structure, as far as Baton writes it: `flowchart LR`, node declarations,
 * `subgraph id["title"]` … `end` (not nested), `%%` comments, and chains of links between declared
 * nodes. Throws on any other line, a node declared twice (so in two subgraphs), an unknown node in
 * a link, or an unclosed subgraph.
 */
function parseFlowchart(text: string) {
  const [head, ...lines] = text.split("\n");
  if (head !== "flowchart LR") throw new Error(`header: ${head}`);
  const declared = new Map<string, string | null>();
  const subgraphs = new Map<string, { title: string; nodes: string[] }>();
  let open: string | null = null;
  const links: string[][] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const subgraph = /^subgraph ([A-Za-z]\w*)\[("[^"]*")\]$/.exec(line);
    const node = NODE.exec(line);
    if (line.startsWith("%% ")) continue;
    if (subgraph) {
      if (open) throw new Error(`nested subgraph: ${line}`);
      if (subgraphs.has(subgraph[1]!) || declared.has(subgraph[1]!))
        throw new Error(`id used twice: ${subgraph[1]}`);
      open = subgraph[1]!;
      subgraphs.set(open, { title: subgraph[2]!.slice(1, -1), nodes: [] });
    } else if (line === "end") {
      if (!open) throw new Error("end without subgraph");
      open = null;
    } else if (node) {
      if (declared.has(node[1]!) || subgraphs.has(node[1]!))
        throw new Error(`node declared twice: ${node[1]}`);
      declared.set(node[1]!, open);
      if (open) subgraphs.get(open)!.nodes.push(node[1]!);
    } else {
      const first = /^([A-Za-z]\w*)/.exec(line)?.[1] ?? "";
      const chain = [first];
      let rest = line.slice(first.length);
      for (let m = LINK.exec(rest); m; m = LINK.exec(rest)) {
        chain.push(m[3]!);
        rest = rest.slice(m[0].length);
      }
      if (rest !== "") throw new Error(`line: ${line}`);
      for (const id of chain)
        if (!declared.has(id)) throw new Error(`unknown node ${id} in ${line}`);
      if (chain.length < 2) throw new Error(`line: ${line}`);
      links.push(chain);
    }
  }
  if (open) throw new Error(`subgraph ${open} not closed`);
  return { declared, subgraphs, links };
}

describe("the map's Mermaid flowchart", () => {
  it("is well formed for every pinned map: no empty subgraph, no node declared twice", () => {
    for (const result of pinned) {
      const { subgraphs } = parseFlowchart(result.mermaid);
      for (const [id, sub] of subgraphs) expect(sub.nodes.length, id).toBeGreaterThan(0);
    }
  });

  it("draws one subgraph per scope, also when one owner has two scopes", () => {
    const maps = [resultOf(TWO_TRANSACTIONS_MAP), resultOf(RENEWAL_MAP), ...pinned];
    let several = 0;
    for (const result of maps) {
      const { subgraphs } = parseFlowchart(result.mermaid);
      expect([...subgraphs.keys()], result.name ?? "").toEqual(result.scopes.map((s) => s.id));
      const owners = result.scopes.map((s) => s.owner);
      for (const scope of result.scopes) {
        if (owners.indexOf(scope.owner) === owners.lastIndexOf(scope.owner)) continue;
        several++;
        const owner = result.participants.find((p) => p.id === scope.owner)!;
        expect(subgraphs.get(scope.id)!.title).toMatch(
          new RegExp(
            `^${scope.id} · ${scope.members.length >= 2 ? "Saga · .*" : "Long-running step · .*"} · owned by ${owner.name}$`,
          ),
        );
      }
    }
    expect(several).toBeGreaterThanOrEqual(4);
  });

  it("puts Order service outside its two scopes, each holding its own steps, which its edges pass through", () => {
    const result = resultOf(TWO_TRANSACTIONS_MAP);
    const { declared, subgraphs, links } = parseFlowchart(result.mermaid);
    const node = (id: string) => `p${result.participants.findIndex((p) => p.id === id)}`;
    expect(declared.get(node("orders"))).toBeNull();
    const steps = (scope: string) =>
      subgraphs.get(scope)!.nodes.map((n) => {
        const line = result.mermaid.split("\n").find((l) => l.trim().startsWith(`${n}(`))!;
        return /\("(.*)"\)$/.exec(line.trim())![1];
      });
    expect(steps("s1")).toEqual(["Reserve stock", "Authorize payment", "Ship order"]);
    expect(steps("s2")).toEqual(["Release stock", "Void authorization"]);
    // "Void authorization": Order service → step in s2 → Payment service.
    const voidStep = subgraphs.get("s2")!.nodes[1]!;
    expect(links).toContainEqual([node("orders"), voidStep, node("payments")]);
    expect(result.mermaid).toContain(`${node("orders")} --- ${voidStep} --> ${node("payments")}`);
  });
});

describe("the flowchart of an imported map whose labels keep their conditions (issue 22 review 3 M3)", () => {
  it("stays well formed and keeps each bracketed label whole inside its quotes", () => {
    const imported = importMermaid(`sequenceDiagram
      participant App as Rider App
      participant Trip as Trip Service
      participant Pay as Payments
      participant Notify as Notifier
      App->>Trip: POST /trips
      Trip->>Pay: Authorize card
      alt card [3-D] authorized
        Trip--)Notify: TripConfirmed
      else card declined | "fraud"
        Trip--)Notify: TripRejected
      end`);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    const result = resultOf(importedMap(imported));
    const { links } = parseFlowchart(result.mermaid);
    expect(links).toHaveLength(4);
    expect(result.handoffs.map((h) => h.label).slice(2)).toEqual([
      "TripConfirmed [card [3-D] auth…]",
      "TripRejected [card declined |…]",
    ]);
    // Each edge label opens with the whole map label, pipes and quotes entity-escaped.
    expect(result.mermaid).toContain('|"TripConfirmed [card [3-D] auth…]');
    expect(result.mermaid).toContain('|"TripRejected [card declined #124;…]');
    for (const h of result.handoffs)
      expect(result.mermaid).toContain(mermaidLabel(h.label).slice(0, -1));
  });
});
