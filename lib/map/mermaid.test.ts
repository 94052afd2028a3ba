import { describe, expect, it } from "vitest";
import fixtures from "./fixtures/map-1-codes.json";
import { decodeMap, mapResult } from "./index";

describe("the map's Mermaid flowchart", () => {
  it("draws no empty subgraph, and one box per owner that owns several scopes", () => {
    let owners = 0;
    for (const fixture of fixtures) {
      const decoded = decodeMap(fixture.code);
      if (!decoded.ok) throw new Error(fixture.name);
      const result = mapResult(decoded.map);
      const lines = result.mermaid.split("\n").map((l) => l.trim());
      lines.forEach((line, i) => {
        if (line.startsWith("subgraph ")) expect(lines[i + 1], fixture.name).not.toBe("end");
      });
      // Each owner of several scopes has one subgraph that names every one of its scopes.
      const byOwner = new Map<string, typeof result.scopes>();
      for (const s of result.scopes) byOwner.set(s.owner, [...(byOwner.get(s.owner) ?? []), s]);
      for (const scopes of byOwner.values()) {
        if (scopes.length < 2) continue;
        owners++;
        const titled = lines.filter((l) => scopes.every((s) => l.includes(`${s.id}: Saga`)));
        expect(titled.length, fixture.name).toBe(1);
      }
    }
    // The largest fixture has owners of several scopes (one scope per business transaction).
    expect(owners).toBeGreaterThan(0);
  });
});
