import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapArb } from "./arbitrary";
import { importForBody, mapForBody, mapForQuery } from "./api";
import fixtures from "./fixtures/map-1-codes.json";
import { decodeMap, importAsyncApi, importMermaid, validateMap } from "./index";

const CODES = fixtures.map((f) => f.code);
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.m";

/** Codes as links get damaged: a changed, lost, added or swapped character, a cut, or noise. */
const codeArb = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...ALPHABET) }).map((s) => `m1.${s}`),
  fc.tuple(fc.constantFrom(...CODES), fc.nat(), fc.constantFrom(...ALPHABET)).map(([c, i, ch]) => {
    const at = 3 + (i % (c.length - 3));
    return c.slice(0, at) + ch + c.slice(at + 1);
  }),
  fc.tuple(fc.constantFrom(...CODES), fc.nat()).map(([c, i]) => c.slice(0, i % c.length)),
  fc.tuple(fc.constantFrom(...CODES), fc.nat(), fc.nat()).map(([c, i, j]) => {
    const a = [...c];
    const x = 3 + (i % (a.length - 3));
    const y = 3 + (j % (a.length - 3));
    [a[x], a[y]] = [a[y]!, a[x]!];
    return a.join("");
  }),
);

/** Bodies: any JSON, valid maps with one value replaced by anything, and raw text. */
const bodyArb = fc.oneof(
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.tuple(mapArb, fc.jsonValue(), fc.nat()).map(([m, junk, i]) => {
    const copy = structuredClone(m) as unknown as Record<string, unknown>;
    const paths: ((o: Record<string, unknown>) => void)[] = [
      (o) => (o.name = junk),
      (o) => (o.participants = junk),
      (o) => ((o.participants as unknown[])[0] = junk),
      (o) => ((o.handoffs as Record<string, unknown>[])[0]!.answers = junk),
      (o) => ((o.handoffs as Record<string, unknown>[])[0]!.trigger = junk),
      (o) => (o.answers = junk),
      (o) => (o.map = junk),
    ];
    paths[i % paths.length]!(copy);
    return JSON.stringify(copy);
  }),
  fc.string(),
);

describe("fuzzing the map's inputs (MAP.md §12): nothing throws", () => {
  it("decodes 5,000 random and damaged codes without throwing, and every API answer is 200 or 400", () => {
    fc.assert(
      fc.property(codeArb, (code) => {
        const d = decodeMap(code);
        expect(typeof d.ok).toBe("boolean");
        if (!d.ok) expect(d.message.length).toBeGreaterThan(0);
        const outcome = mapForQuery(new URLSearchParams({ code }));
        expect([200, 400]).toContain(outcome.status);
      }),
      { numRuns: 5000 },
    );
  });

  it("answers 5,000 random bodies with a result or an error naming a field, without throwing", () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        const outcome = mapForBody({ contentType: "application/json", body });
        expect([200, 400]).toContain(outcome.status);
        if (outcome.status !== 200) expect(outcome.body.error.field.length).toBeGreaterThan(0);
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          json = body;
        }
        expect(typeof validateMap(json).ok).toBe("boolean");
        const imported = importForBody({ contentType: "application/json", body });
        expect([200, 400]).toContain(imported.status);
      }),
      { numRuns: 5000 },
    );
  });

  it("imports 1,000 random texts without throwing", () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "participant A",
        "actor B as C",
        "A->>B: x",
        "B-->>A: y",
        "A-)B: z",
        "end",
        "asyncapi: 3.0.0",
        "---",
        "info:",
        "  title: T",
      ),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = lines.join("\n");
        expect(typeof importMermaid(`sequenceDiagram\n${text}`).ok).toBe("boolean");
        expect(typeof importAsyncApi(text).ok).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });
});
