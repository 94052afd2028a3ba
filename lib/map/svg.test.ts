import { describe, expect, it } from "vitest";
import { loadMapScenarios } from "./calibration";
import fixtures from "./fixtures/map-1-codes.json";
import { decodeMap, mapResult, validateMap, type MapJson, type MapResult } from "./index";
import { flagNumbers, mapSvg } from "./svg";
import { layoutMap } from "./svg/layout";
import { largestMap } from "../map-view/largest-map";

function resultOf(map: unknown): MapResult {
  const checked = validateMap(map);
  if (!checked.ok)
    throw new Error(checked.errors.map((e) => `${e.field}: ${e.message}`).join("; "));
  return mapResult(checked.map);
}

const LARGEST = resultOf(largestMap());

/** A pinned map in which three services own two scopes each (one per business transaction). */
const SEVERAL_PER_OWNER = (() => {
  const decoded = decodeMap(fixtures.find((f) => f.name === "largest")!.code);
  if (!decoded.ok) throw new Error("the pinned largest map no longer decodes");
  return mapResult(decoded.map);
})();

/** The scope whose box holds a scope: its owner's first scope (an owner's scopes share a box). */
const boxScopeOf = (result: MapResult, scopeId: string) => {
  const owner = result.scopes.find((s) => s.id === scopeId)!.owner;
  return result.scopes.find((s) => s.owner === owner)!.id;
};

/** Counts of elements in SVG text, without a DOM: tags by name and attribute markers. */
const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

describe("mapSvg", () => {
  it("is one <svg role=img> with the map name as <title> and the summary as <desc>", () => {
    const svg = mapSvg(LARGEST);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img"')).toBe(true);
    expect(svg).toContain(`<title id="map-title">${LARGEST.name}</title>`);
    expect(svg).toContain(`<desc id="map-desc">${LARGEST.summary}</desc>`);
    expect(svg).toContain('aria-labelledby="map-title map-desc"');
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it("draws every participant once, every hand-off but replies, and a legend", () => {
    for (const scenario of [...loadMapScenarios().map((s) => resultOf(s.input)), LARGEST]) {
      const svg = mapSvg(scenario);
      expect(count(svg, /data-participant="/g)).toBe(scenario.participants.length);
      const drawn = scenario.handoffs.filter((h) => h.kind !== "reply");
      for (const h of drawn)
        expect(svg, h.id).toMatch(new RegExp(`data-handoffs="[^"]*\\b${h.id}\\b`));
      for (const h of scenario.handoffs.filter((x) => x.kind === "reply"))
        expect(svg).not.toMatch(new RegExp(`data-handoffs="[^"]*\\b${h.id}\\b`));
      expect(svg).toContain("data-legend");
      expect(count(svg, /data-scope="/g)).toBe(new Set(scenario.scopes.map((s) => s.owner)).size);
    }
  });

  it("draws commands solid, events dashed, and a topic for one event with several receivers", () => {
    const svg = mapSvg(LARGEST);
    const lines = [
      ...svg.matchAll(
        /<path d="[^"]*" fill="none" stroke="[^"]*" stroke-width="[^"]*"( stroke-dasharray="[^"]*")? marker-end="[^"]*" data-handoffs="([^"]*)" data-style="([^"]*)"/g,
      ),
    ];
    expect(lines.length).toBeGreaterThan(0);
    for (const [, dash, , style] of lines) {
      if (style === "event") expect(dash, style).toBeDefined();
      else expect(dash, style).toBeUndefined();
    }
    // "Order placed" goes to three receivers: one line into its topic, one out per receiver.
    expect(count(svg, /data-topic=""/g)).toBeGreaterThanOrEqual(1);
    expect(svg).toContain(">Order placed</text>");
    // Scope label: "Saga · name · form · owned by owner".
    const scope = LARGEST.scopes[0]!;
    expect(svg).toContain(`Saga · ${scope.saga.name} · ${scope.form} · owned by`);
  });

  it("numbers flag badges as flagNumbers does, so the table's numbers match", () => {
    const badges = flagNumbers(
      LARGEST.handoffs,
      LARGEST.flags.map((f) => f.id),
    );
    const svg = mapSvg(LARGEST, { badges });
    const drawnIds = new Set(
      LARGEST.handoffs.filter((h) => h.kind !== "reply").flatMap((h) => h.flags.map((f) => f.id)),
    );
    expect(drawnIds.size).toBeGreaterThan(0);
    for (const id of drawnIds) expect(svg).toContain(`data-flag-badge="${badges.get(id)}"`);
    expect([...badges.values()]).toEqual([...badges.values()].map((_, i) => i + 1));
  });

  it("escapes every map text and drops characters XML forbids", () => {
    const hostile: MapJson = {
      map: 1,
      name: `</title><script>alert(1)</script>`,
      participants: [
        { id: "a", name: `<img src=x onerror=alert(1)>`, kind: "service" },
        { id: "b", name: `"quoted" & 'single' \u0001`, kind: "person" },
      ],
      handoffs: [
        { id: "h", from: "a", to: "b", label: `]]><foreignObject>`, answers: { intent: "do" } },
      ],
    };
    const checked = validateMap(hostile);
    // The validator may refuse a control character; the renderer must cope either way.
    const result = checked.ok
      ? mapResult(checked.map)
      : resultOf({
          ...hostile,
          participants: [
            hostile.participants[0],
            { ...hostile.participants[1], name: `"quoted" & 'single'` },
          ],
        });
    const svg = mapSvg({
      ...result,
      participants: result.participants.map((p) =>
        p.id === "b" ? { ...p, name: `"q" & 'x' \u0001\ud800` } : p,
      ),
    });
    expect(svg).not.toMatch(/<script|<img|<foreignObject/);
    expect(svg).toContain("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(svg).toContain("&quot;q&quot; &amp; &#39;x&#39; ");
    expect(svg).not.toMatch(/[\u0000-\u0008\ud800-\udfff]/u);
  });

  it("is deterministic", () => {
    expect(mapSvg(LARGEST)).toBe(mapSvg(structuredClone(LARGEST)));
  });

  it("draws a thumbnail without any text for the Open Graph image", () => {
    const svg = mapSvg(LARGEST, { thumbnail: true });
    expect(svg.replace(/<title[^>]*>.*?<\/title>|<desc[^>]*>.*?<\/desc>/g, "")).not.toContain(
      "<text",
    );
    expect(svg).not.toContain("data-legend");
  });
});

describe("layoutMap", () => {
  it("puts every scope's owner inside its scope box, and nested scopes inside their parent", () => {
    for (const result of [
      ...loadMapScenarios().map((s) => resultOf(s.input)),
      LARGEST,
      SEVERAL_PER_OWNER,
    ]) {
      const geometry = layoutMap(result, () => undefined);
      const box = (id: string) =>
        geometry.clusters.find((c) => c.id === `scope:${boxScopeOf(result, id)}`);
      const inside = (
        inner: { x0: number; y0: number; x1: number; y1: number },
        outer: { x: number; y: number; width: number; height: number },
      ) =>
        inner.x0 >= outer.x &&
        inner.y0 >= outer.y &&
        inner.x1 <= outer.x + outer.width &&
        inner.y1 <= outer.y + outer.height;
      for (const scope of result.scopes) {
        const cluster = box(scope.id);
        expect(cluster, `${result.name}: ${scope.id}`).toBeDefined();
        const owner = geometry.nodes.find((n) => n.id === scope.owner)!;
        expect(
          inside(
            {
              x0: owner.x - owner.width / 2,
              y0: owner.y - owner.height / 2,
              x1: owner.x + owner.width / 2,
              y1: owner.y + owner.height / 2,
            },
            cluster!,
          ),
          `${result.name}: ${scope.owner} inside ${scope.id}`,
        ).toBe(true);
        const parent = scope.parent ? box(scope.parent) : undefined;
        if (parent && parent !== cluster)
          expect(
            inside(
              {
                x0: cluster!.x,
                y0: cluster!.y,
                x1: cluster!.x + cluster!.width,
                y1: cluster!.y + cluster!.height,
              },
              parent,
            ),
          ).toBe(true);
      }
    }
  });

  it("gives an owner of several scopes one box, labelled with each of its scopes", () => {
    const owners = new Set(SEVERAL_PER_OWNER.scopes.map((s) => s.owner));
    expect(owners.size).toBeLessThan(SEVERAL_PER_OWNER.scopes.length);
    const svg = mapSvg(SEVERAL_PER_OWNER);
    expect(count(svg, /data-scope="/g)).toBe(owners.size);
    const geometry = layoutMap(SEVERAL_PER_OWNER, () => undefined);
    for (const owner of owners) {
      const ids = SEVERAL_PER_OWNER.scopes.filter((s) => s.owner === owner).map((s) => s.id);
      const cluster = geometry.clusters.find((c) => c.id === `scope:${ids[0]}`)!;
      for (const id of ids) expect(cluster.lines.join(" "), id).toContain(`${id} · Saga`);
    }
  });
});
