/**
 * Reading JSON and YAML text that people write by hand (organisation configs, answers files, API
 * bodies). Pure: no I/O, no React, no next/*.
 *
 * - A UTF-8 byte-order mark is accepted: Notepad and PowerShell 5.1 write one.
 * - A key repeated in one object is an error naming the key's path and line. JSON.parse and a
 *   YAML loader left to itself keep one of the values and drop the other without a word; the
 *   `yaml` package's own check says only "Map keys must be unique".
 * - YAML merge keys (`<<: *base`, YAML 1.1, https://yaml.org/type/merge.html) work: the keys of
 *   `base` are copied in, and keys written beside `<<` win, as the merge-key spec says.
 * - Every string, keys included, is made well-formed Unicode (see well-formed.ts).
 * JSON syntax is JSON.parse's: the `yaml` parser reads the same text only to find repeated keys.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { wellFormed, wellFormedData } from "./well-formed";

/** U+FEFF, the byte-order mark as a decoded character. */
export const BYTE_ORDER_MARK = "\uFEFF";

export type DataParse =
  | { ok: true; value: unknown }
  /** `field`: the path of the repeated key (`pavedRoad[0].name`); `message` starts with it. */
  | { ok: false; kind: "repeated-key"; field: string; message: string }
  /** `message`: the parser's own words, without the text's name. */
  | { ok: false; kind: "syntax" | "too-deep"; field?: undefined; message: string };

/** Nesting deeper than this is refused by default: no config or answers file comes close. */
export const MAX_DATA_DEPTH = 64;

/**
 * A field path as a reader writes it: `pavedRoad[0].kind`.
 *
 * @example
 * fieldPath(["pavedRoad", 0, "kind"]) // → "pavedRoad[0].kind"
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * `text` without a leading byte-order mark.
 *
 * @example
 * withoutByteOrderMark("\uFEFF{}") // → "{}"
 */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

/**
 * Bytes read from a file or stdin as text: UTF-8, a leading byte-order mark dropped, lone
 * surrogates impossible. Bytes that are not UTF-8 are an error rather than silently replaced.
 *
 * @example
 * decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])) // → { ok: true, text: "{}" }
 */
export function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; message: string } {
  try {
    // TextDecoder drops one leading BOM itself (ignoreBOM defaults to false).
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: "not UTF-8 text (save the file as UTF-8)" };
  }
}

/**
 * Parses JSON text: JSON.parse's syntax, a leading BOM allowed, nesting deeper than `maxDepth`
 * refused (before anything recursive reads the tree), a repeated key refused with its path, every
 * string made well-formed.
 *
 * @example
 * parseJsonText('{"a": {"b": 1, "b": 2}}')
 * // → { ok: false, field: "a.b", message: 'a.b: the key "b" appears more than once in the same object (line 1); keep one' }
 */
export function parseJsonText(text: string, { maxDepth = MAX_DATA_DEPTH } = {}): DataParse {
  const source = withoutByteOrderMark(text);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, kind: "syntax", message: errorLine(error) };
  }
  if (depthOf(value, maxDepth) > maxDepth) {
    return { ok: false, kind: "too-deep", message: `nested more than ${maxDepth} levels deep` };
  }
  // Most texts repeat no key: when the keys written equal the keys JSON.parse kept, skip the tree.
  if (writtenKeys(source) === keptKeys(value)) return { ok: true, value: wellFormedData(value) };
  // Valid JSON is valid YAML 1.2 flow syntax; the tree gives each key's path and line.
  const lines = new LineCounter();
  const document = parseDocument(source, { uniqueKeys: false, lineCounter: lines });
  const repeated = repeatedKey(document.contents, [], lines);
  return repeated ?? { ok: true, value: wellFormedData(value) };
}

/**
 * Parses YAML 1.2 text with merge keys: a leading BOM allowed, a repeated key refused with its
 * path, aliases bounded (the `yaml` package's default of 100, against alias bombs), every string
 * made well-formed.
 *
 * @example
 * parseYamlText("base: &b {kind: x}\nitem:\n  <<: *b\n  name: y\n")
 * // → { ok: true, value: { base: { kind: "x" }, item: { kind: "x", name: "y" } } }
 */
export function parseYamlText(text: string): DataParse {
  const lines = new LineCounter();
  const document = parseDocument(withoutByteOrderMark(text), {
    merge: true,
    uniqueKeys: false,
    prettyErrors: false,
    lineCounter: lines,
  });
  const error = document.errors[0];
  if (error) return { ok: false, kind: "syntax", message: errorLine(error) };
  try {
    const repeated = repeatedKey(document.contents, [], lines);
    if (repeated) return repeated;
    const value: unknown = document.toJS();
    if (depthOf(value, MAX_DATA_DEPTH) > MAX_DATA_DEPTH) {
      return {
        ok: false,
        kind: "too-deep",
        message: `nested more than ${MAX_DATA_DEPTH} levels deep`,
      };
    }
    return { ok: true, value: wellFormedData(value) };
  } catch (thrown) {
    // Too many aliases (an alias bomb), or nesting deep enough to exhaust the stack.
    return { ok: false, kind: "syntax", message: errorLine(thrown) };
  }
}

/**
 * How many keys valid JSON text writes: its string tokens followed by a colon. In valid JSON every
 * `"` outside a string opens one, so matching strings left to right finds exactly its tokens.
 */
function writtenKeys(json: string): number {
  let keys = 0;
  for (const match of json.matchAll(/"(?:[^"\\]|\\.)*"(\s*:)?/g)) if (match[1]) keys++;
  return keys;
}

/** How many keys the objects of a parsed value hold, without recursion. */
function keptKeys(value: unknown): number {
  let keys = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== "object") continue;
    if (!Array.isArray(item)) keys += Object.keys(item).length;
    stack.push(...Object.values(item));
  }
  return keys;
}

/**
 * Nesting depth of a parsed value, without recursion (so no stack to overflow); stops counting
 * once past `limit`.
 */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== "object") continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The first key written twice in one map, depth first, as an error; aliases are not followed. */
function repeatedKey(
  node: Node | null | unknown,
  path: PropertyKey[],
  lines: LineCounter,
): DataParse | undefined {
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = repeatedKey(item, [...path, index], lines);
      if (found) return found;
    }
  } else if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const raw = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof raw === "symbol") continue; // a merge key: `<<` may repeat, its keys may be overridden
      const key = wellFormed(isScalar(pair.key) ? String(raw) : String(pair.key));
      if (seen.has(key)) {
        const field = fieldPath([...path, key]);
        const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        const line = offset === undefined ? "" : ` (line ${lines.linePos(offset).line})`;
        return {
          ok: false,
          kind: "repeated-key",
          field,
          message: `${field}: the key "${key}" appears more than once in the same object${line}; keep one`,
        };
      }
      seen.add(key);
      const found = repeatedKey(pair.value, [...path, key], lines);
      if (found) return found;
    }
  }
  return undefined;
}

function errorLine(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0]!.trim() : String(error);
}
