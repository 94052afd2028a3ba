import { deflateRawSync } from "node:zlib";
import { deflateSync, inflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import fixtures from "./fixtures/map-1-codes.json";
import { largestMap } from "./fixtures/largest";
import {
  decodeMap,
  encodeMap,
  mapResult,
  validateMap,
  type MapResult,
  type ValidMap,
} from "./index";
import { stableMapResult } from "./frozen";

const valid = (json: unknown): ValidMap => {
  const v = validateMap(json);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.map;
};

/** A code around hand-made bytes: base64url, then the check character, as the encoder writes it. */
function codeOf(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString("base64url");
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += (2 * i + 1) * alphabet.indexOf(text[i]!);
  return `m1.${text}${alphabet[sum % 64]}`;
}

describe("the map code (MAP.md §9)", () => {
  it("keeps opening old codes to their pinned results (fixtures: lib/map/fixtures/map-1-codes.json)", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(13);
    for (const fixture of fixtures) {
      const decoded = decodeMap(fixture.code);
      expect(decoded.ok, fixture.name).toBe(true);
      if (!decoded.ok) continue;
      expect(stableMapResult(mapResult(decoded.map)), fixture.name).toEqual(
        stableMapResult(fixture.result as unknown as MapResult),
      );
      expect(encodeMap(decoded.map), fixture.name).toBe(fixture.code);
    }
  });

  it("keeps the largest allowed map's link under 2,000 characters with a 300-character origin", () => {
    const code = encodeMap(valid(largestMap()));
    expect(code.length).toBeLessThan(1700);
    expect(`${"o".repeat(300)}/m/${code}`.length).toBeLessThan(2000);
  });

  it("takes deflate-raw only when it is shorter than the raw payload", () => {
    const maps = [
      largestMap(),
      ...fixtures.map((f) => JSON.parse(JSON.stringify(decoded(f.code)))),
    ];
    for (const m of maps) {
      const { format, payload } = payloadOf(encodeMap(valid(m)));
      const deflated = deflateSync(payload, { level: 9 });
      if (format === 1) expect(deflated.length).toBeLessThan(payload.length);
      else expect(deflated.length).toBeGreaterThanOrEqual(payload.length);
    }
  });

  it("reads the raw format too: the same payload, stored without deflate, gives the same map", () => {
    for (const fixture of fixtures) {
      const { payload } = payloadOf(fixture.code);
      const raw = new Uint8Array(payload.length + 1);
      raw.set(payload, 1);
      const d = decodeMap(codeOf(raw));
      expect(d.ok, fixture.name).toBe(true);
      if (d.ok) expect(encodeMap(d.map)).toBe(fixture.code);
    }
  });

  it("says 'damaged' for a changed, lost or extra character, and never throws", () => {
    const code = fixtures[0]!.code;
    const damaged = [
      code.slice(0, -1),
      `${code}A`,
      code.slice(0, 10) + (code[10] === "A" ? "B" : "A") + code.slice(11),
      code.replace("m1.", "m1.."),
      "m1.",
      "m1.!!!!",
      "hello",
    ];
    for (const c of damaged) {
      const d = decodeMap(c);
      expect(d.ok, c).toBe(false);
      if (!d.ok) expect(d.error).toBe("damaged");
    }
  });

  it("tells a newer version, an empty code and an over-long one apart", () => {
    expect(decodeMap("m2.AAAAAA")).toMatchObject({ ok: false, error: "unknown-version" });
    expect(decodeMap("")).toMatchObject({ ok: false, error: "empty" });
    expect(decodeMap(undefined)).toMatchObject({ ok: false, error: "empty" });
    expect(decodeMap(`m1.${"A".repeat(2100)}`)).toMatchObject({ ok: false, error: "too-long" });
  });

  it("caps inflated input at 4 KiB: a decompression bomb with a valid check character is refused", () => {
    const bomb = deflateRawSync(Buffer.alloc(200_000, 0), { level: 9 });
    const bytes = new Uint8Array(bomb.length + 1);
    bytes[0] = 1;
    bytes.set(bomb, 1);
    const code = codeOf(bytes);
    expect(code.length).toBeLessThan(2000);
    expect(decodeMap(code)).toMatchObject({ ok: false, error: "damaged" });
  });

  it("refuses a well-formed payload whose map breaks the rules, naming what is wrong", () => {
    const good = encodeMap(
      valid({
        participants: [
          { id: "a", name: "A" },
          { id: "b", name: "B" },
        ],
        handoffs: [{ id: "h", from: "a", to: "b", label: "Go" }],
      }),
    );
    const { payload } = payloadOf(good);
    let refusedByRules = false;
    for (let i = 0; i < payload.length && !refusedByRules; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const copy = new Uint8Array(payload.length + 1);
        copy.set(payload, 1);
        copy[i + 1]! ^= 1 << bit;
        const d = decodeMap(codeOf(copy));
        if (!d.ok && d.errors?.length) refusedByRules = true;
      }
    }
    expect(refusedByRules).toBe(true);
  });
});

function decoded(code: string): ValidMap {
  const d = decodeMap(code);
  if (!d.ok) throw new Error(code);
  return d.map;
}

/** The format byte and the raw payload of a code. */
function payloadOf(code: string): { format: number; payload: Uint8Array } {
  const bytes = Buffer.from(code.slice(3, -1), "base64url");
  const format = bytes[0]!;
  const body = new Uint8Array(bytes.subarray(1));
  return { format, payload: format === 1 ? inflateSync(body) : body };
}
