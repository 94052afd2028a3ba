import { describe, expect, it } from "vitest";
import { decodeUtf8, fieldPath, parseJsonText, parseYamlText } from "./data";

describe("parseJsonText", () => {
  it("refuses a key repeated in one object, naming its path and line", () => {
    expect(
      parseJsonText('{\n  "pavedRoad": [\n    {"name": "a",\n     "name": "b"}\n  ]\n}'),
    ).toEqual({
      ok: false,
      kind: "repeated-key",
      field: "pavedRoad[0].name",
      message:
        'pavedRoad[0].name: the key "name" appears more than once in the same object (line 4); keep one',
    });
  });

  it("accepts the same key in different objects", () => {
    expect(parseJsonText('{"a": {"name": 1}, "b": {"name": 2}}')).toEqual({
      ok: true,
      value: { a: { name: 1 }, b: { name: 2 } },
    });
  });

  it("accepts a leading byte-order mark, and only there", () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText('{"a": 1}\uFEFF')).toMatchObject({ ok: false, kind: "syntax" });
  });

  it("keeps JSON.parse's syntax: YAML that is not JSON is refused", () => {
    expect(parseJsonText("{a: 1}")).toMatchObject({ ok: false, kind: "syntax" });
    expect(parseJsonText("# comment\n{}")).toMatchObject({ ok: false, kind: "syntax" });
  });

  it("refuses nesting deeper than asked, before walking it", () => {
    expect(parseJsonText("[".repeat(5000) + "]".repeat(5000))).toMatchObject({
      ok: false,
      kind: "too-deep",
    });
    expect(parseJsonText('{"a": {"b": {}}}', { maxDepth: 2 })).toMatchObject({ kind: "too-deep" });
  });

  it("turns lone surrogates written as escapes into U+FFFD, in keys and values", () => {
    expect(parseJsonText('{"flow": "Checkout \\ud83d", "\\udc00": 1}')).toEqual({
      ok: true,
      value: { flow: "Checkout \uFFFD", "\uFFFD": 1 },
    });
  });

  it("keeps a __proto__ key as data", () => {
    const parsed = parseJsonText('{"__proto__": {"polluted": 1}}');
    expect(parsed.ok && Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(parsed.ok && Object.keys(parsed.value as object)).toEqual(["__proto__"]);
  });
});

describe("parseYamlText", () => {
  it("refuses a repeated key with its path, where the yaml package only says keys must be unique", () => {
    expect(parseYamlText("exclude:\n  - name: a\n    name: b\n")).toMatchObject({
      ok: false,
      field: "exclude[0].name",
      message: expect.stringContaining("(line 3)"),
    });
  });

  it("merges `<<: *anchor` keys, the keys written beside it winning", () => {
    expect(parseYamlText("a: &base {kind: x, why: y}\nb:\n  <<: *base\n  why: z\n")).toEqual({
      ok: true,
      value: { a: { kind: "x", why: "y" }, b: { kind: "x", why: "z" } },
    });
  });

  it("accepts a byte-order mark and keeps the Norway problem away (YAML 1.2: no is a string)", () => {
    expect(parseYamlText("\uFEFFcountry: no\n")).toEqual({ ok: true, value: { country: "no" } });
  });

  it("refuses an alias bomb", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 8 }, (_, i) => {
        const me = String.fromCharCode(98 + i);
        const prev = String.fromCharCode(97 + i);
        return `${me}: &${me} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join("\n");
    expect(parseYamlText(bomb)).toMatchObject({ ok: false, kind: "syntax" });
  });
});

describe("decodeUtf8", () => {
  it("drops a byte-order mark and refuses bytes that are not UTF-8", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({
      ok: true,
      text: "{}",
    });
    expect(decodeUtf8(new Uint8Array([0x7b, 0xed, 0xa0, 0x80, 0x7d]))).toMatchObject({ ok: false });
  });
});

describe("fieldPath", () => {
  it("writes paths as a reader does", () => {
    expect(fieldPath(["pavedRoad", 0, "kind"])).toBe("pavedRoad[0].kind");
    expect(fieldPath([])).toBe("");
  });
});
