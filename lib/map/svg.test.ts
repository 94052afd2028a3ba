import { SHORT_FORM_WORDS } from "./scope-form";
import { describe, expect, it } from "vitest";
import { loadMapScenarios } from "./calibration";
import fixtures from "./fixtures/map-1-codes.json";
import { decodeMap, mapResult, validateMap, type MapJson, type MapResult } from "./index";
import { flagNumbers, mapSvg } from "./svg";
import { layoutMap } from "./svg/layout";
import { largestMap } from "../map-view/largest-map";
import { RENEWAL_MAP, TWO_TRANSACTIONS_MAP } from "./fixtures/two-scopes-one-owner";

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

/** Owners of two or more scopes. */
const ownersOfSeveral = (result: MapResult) => {
  const owners = result.scopes.map((s) => s.owner);
  return new Set(owners.filter((o, i) => owners.indexOf(o) !== i));
};

type Rect = { x0: number; y0: number; x1: number; y1: number };
const rectOf = (b: { x: number; y: number; width: number; height: number }, centred: boolean) =>
  centred
    ? {
        x0: b.x - b.width / 2,
        y0: b.y - b.height / 2,
        x1: b.x + b.width / 2,
        y1: b.y + b.height / 2,
      }
    : { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
const inside = (inner: Rect, outer: Rect) =>
  inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Counts of elements in SVG text, without a DOM: tags by name and attribute markers. */
const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

describe("mapSvg", () => {
  it("is one <svg role=img> with the map name as <title> and the summary as <desc>", () => {
    const svg = mapSvg(LARGEST);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img"')).toBe(true);
    expect(svg).toContain(`<title id="map-title">${LARGEST.name}</title>`);
    // The summary names "Card processor's API": the apostrophe is escaped as text.
    expect(svg).toContain(`<desc id="map-desc">${LARGEST.summary.replaceAll("'", "&#39;")}</desc>`);
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
      expect(count(svg, /data-scope="/g)).toBe(scenario.scopes.length);
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
    expect(svg).toContain(
      `Saga · ${scope.saga!.name} · ${SHORT_FORM_WORDS[scope.form]} · owned by`,
    );
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
  // The review's renewal map had two scopes of Billing until F1 kept its dunning return in the
  // same business transaction: it is drawn with the rest, and the other two keep an owner of two.
  const withSeveral = [resultOf(TWO_TRANSACTIONS_MAP), SEVERAL_PER_OWNER];

  it("puts each scope's owner inside its scope box, unless it owns several, and nested scopes inside their parent", () => {
    for (const result of [
      ...loadMapScenarios().map((s) => resultOf(s.input)),
      LARGEST,
      resultOf(RENEWAL_MAP),
      ...withSeveral,
    ]) {
      const geometry = layoutMap(result, () => undefined);
      const several = ownersOfSeveral(result);
      const box = (id: string) => geometry.clusters.find((c) => c.id === `scope:${id}`);
      for (const scope of result.scopes) {
        const cluster = box(scope.id);
        expect(cluster, `${result.name}: ${scope.id}`).toBeDefined();
        const owner = geometry.nodes.find((n) => n.id === scope.owner)!;
        expect(
          inside(rectOf(owner, true), rectOf(cluster!, false)),
          `${result.name}: ${scope.owner} inside ${scope.id}`,
        ).toBe(!several.has(scope.owner));
        const parent = scope.parent ? box(scope.parent) : undefined;
        if (parent) expect(inside(rectOf(cluster!, false), rectOf(parent, false))).toBe(true);
      }
    }
  });

  it("draws each scope of an owner of several as its own box around its steps, the owner outside", () => {
    for (const result of withSeveral) {
      const several = ownersOfSeveral(result);
      expect(several.size, result.name ?? "").toBeGreaterThan(0);
      const geometry = layoutMap(result, () => undefined);
      for (const scope of result.scopes.filter((s) => several.has(s.owner))) {
        const cluster = geometry.clusters.find((c) => c.id === `scope:${scope.id}`)!;
        const label = cluster.lines.join(" ");
        const owner = result.participants.find((p) => p.id === scope.owner)!;
        // A one-step scope is a long-running step, not a saga (MAP.md §6.7).
        expect(label, scope.id).toMatch(
          new RegExp(
            `^${scope.id} · ${scope.members.length >= 2 ? "Saga · " : "Long-running step · "}`,
          ),
        );
        expect(label.replace(/\s+/g, " "), scope.id).toContain(`owned by ${owner.name}`);
        // Every member from the owner is a step inside this box, and no other scope's step is.
        const members = result.handoffs.filter(
          (h) =>
            h.scopeId === scope.id &&
            h.from === scope.owner &&
            ["command", "query"].includes(h.kind),
        );
        expect(members.length, scope.id).toBeGreaterThan(0);
        for (const step of geometry.nodes.filter((n) => n.kind === "step")) {
          const member = members.some((h) => `step:${h.id}` === step.id);
          expect(inside(rectOf(step, true), rectOf(cluster, false)), step.id).toBe(member);
        }
        for (const h of members)
          expect(geometry.nodes.some((n) => n.id === `step:${h.id}`)).toBe(true);
      }
    }
  });

  it("draws the two scopes of Order service as two labelled boxes that do not overlap", () => {
    const result = resultOf(TWO_TRANSACTIONS_MAP);
    expect(result.scopes.map((s) => [s.id, s.owner])).toEqual([
      ["s1", "orders"],
      ["s2", "orders"],
    ]);
    const svg = mapSvg(result);
    expect(count(svg, /data-scope="/g)).toBe(2);
    expect(svg).toContain('data-scope="s1"');
    expect(svg).toContain('data-scope="s2"');
    for (const scope of result.scopes)
      expect(svg).toContain(
        `>${scope.id} · Saga · ${scope.saga!.name} · ${SHORT_FORM_WORDS[scope.form]} · owned by Order service</text>`,
      );
    for (const id of ["reserve", "authorize", "ship", "release", "void"])
      expect(svg, id).toContain(`data-scope-step="${id}"`);
    // The owner is drawn once, and each receiver once, though both scopes use them.
    expect(count(svg, /data-participant="orders"/g)).toBe(1);
    expect(count(svg, /data-participant="stock"/g)).toBe(1);
    const geometry = layoutMap(result, () => undefined);
    const [a, b] = ["scope:s1", "scope:s2"].map((id) =>
      rectOf(
        geometry.clusters.find((c) => c.id === id)!,
        false,
      ),
    );
    expect(overlaps(a!, b!)).toBe(false);
  });

  it("draws every label after every line, so no line is drawn over a label", () => {
    const svg = mapSvg(resultOf(RENEWAL_MAP));
    const lastLine = svg.lastIndexOf("data-handoffs=");
    const firstLabel = svg.search(/<g><rect [^>]*fill-opacity="0.92"/);
    expect(firstLabel).toBeGreaterThan(0);
    expect(lastLine).toBeLessThan(firstLabel);
  });
});
