/**
 * The map code (MAP.md §9): a whole map in a URL, `/m/<code>`, with no server store.
 *
 * Rules (public contract: a code must open to the same map, and the same result, forever):
 * - Layout: `m1.` (the map model), then base64url (A–Z a–z 0–9 - _, no padding) of one format
 *   byte and a payload, then one check character: Σ (2i + 1) × value(char i) mod 64 over the
 *   base64url characters, as the share code's check (lib/share/codec.ts).
 * - Format byte 0: the payload is raw; 1: it is deflate-raw (RFC 1951). The encoder takes the
 *   shorter; ties go to raw.
 * - Payload: a string table, then bit-packed structure (most significant bit first):
 *   - table: a count, then each string as a length and its UTF-8 bytes (counts and lengths are
 *     unsigned LEB128). Order: the map name, each participant's id, name, team, domain, each
 *     hand-off's id and label, deduplicated at first appearance. Index 0 means "none";
 *     table entries are 1-based; an index takes ⌈log2(table size + 1)⌉ bits.
 *   - 4 bits participant count, 5 bits hand-off count, name index;
 *   - per participant: kind (2 bits: service, client, person, external), id, name, team and domain
 *     indices;
 *   - per hand-off: id index, from and to (4 bits, participant positions), label index, trigger
 *     (2 bits: 0 none, 1 default, 2 the earlier hand-off at the position in the next 5 bits),
 *     then the six answers of `HANDOFF_QUESTIONS`, 3 bits each (0 `unsure`, then the options in
 *     order);
 *   - the ten `MAP_LEVEL_QUESTIONS` answers, 3 bits each.
 * - Decoding never throws. Input longer than `MAX_MAP_CODE_LENGTH` is refused before any work and
 *   inflated output is capped at 4 KiB (a decompression bomb stops there). A decoded map must
 *   pass `validateMap`, so a code can never carry a map the API would refuse.
 * - A released layout never changes; a new map model gets a new prefix.
 */
import { deflateSync, inflateSync } from "fflate";
import { validateMap } from "./validate";
import {
  HANDOFF_QUESTIONS,
  MAP_LEVEL_QUESTIONS,
  PARTICIPANT_KINDS,
  type MapError,
  type MapJson,
  type ValidMap,
} from "./types";

export const MAP_CODE_PREFIX = "m1.";
/** No valid map code is this long (the largest allowed map is about 1,700 characters). */
export const MAX_MAP_CODE_LENGTH = 2000;
/** Inflated payloads larger than this are refused (MAP.md §9). */
export const MAX_INFLATED_BYTES = 4096;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i] as const));

export type MapDecodeError = "empty" | "too-long" | "unknown-version" | "damaged";

export type MapDecodeResult =
  | { ok: true; map: ValidMap }
  | { ok: false; error: MapDecodeError; message: string; errors?: MapError[] };

const MESSAGES: Record<MapDecodeError, string> = {
  empty: "The map code is empty.",
  "too-long": `The map code is longer than any map code (${MAX_MAP_CODE_LENGTH} characters).`,
  "unknown-version": "The map code is from a newer version of Baton, or it is not a map code.",
  damaged: "The map code is damaged: a character is missing, extra or mistyped.",
};

/**
 * The map code of a valid map (MAP.md §9). Deterministic: the same map gives the same code.
 *
 * @example
 * encodeMap(validMap) // → "m1.AAEC…"
 */
export function encodeMap(map: ValidMap): string {
  const raw = payloadOf(map);
  const deflated = deflateSync(raw, { level: 9 });
  const [format, body] = deflated.length < raw.length ? [1, deflated] : [0, raw];
  const bytes = new Uint8Array(body.length + 1);
  bytes[0] = format;
  bytes.set(body, 1);
  const text = toBase64Url(bytes);
  return `${MAP_CODE_PREFIX}${text}${ALPHABET[checkValue(text)]}`;
}

/**
 * The map behind a code, validated as Map JSON. Never throws: a bad, damaged, oversized or
 * newer-version code gives `{ ok: false }` with a message a person can act on.
 *
 * @example
 * decodeMap("m2.xyz") // → { ok: false, error: "unknown-version", message: "…" }
 */
export function decodeMap(code: unknown): MapDecodeResult {
  try {
    return decodeUnsafe(code);
  } catch {
    return failure("damaged");
  }
}

function failure(error: MapDecodeError, errors?: MapError[]): MapDecodeResult {
  return { ok: false, error, message: MESSAGES[error], ...(errors ? { errors } : {}) };
}

function decodeUnsafe(code: unknown): MapDecodeResult {
  if (typeof code !== "string" || code.trim() === "") return failure("empty");
  const trimmed = code.trim();
  if (trimmed.length > MAX_MAP_CODE_LENGTH) return failure("too-long");
  if (!trimmed.startsWith(MAP_CODE_PREFIX)) {
    return failure(/^m\d+\./.test(trimmed) ? "unknown-version" : "damaged");
  }
  const rest = trimmed.slice(MAP_CODE_PREFIX.length);
  if (rest.length < 3 || ![...rest].every((c) => VALUE.has(c))) return failure("damaged");
  const text = rest.slice(0, -1);
  if (ALPHABET[checkValue(text)] !== rest.at(-1)) return failure("damaged");
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < 2) return failure("damaged");
  let payload: Uint8Array;
  if (bytes[0] === 0) payload = bytes.subarray(1);
  else if (bytes[0] === 1) {
    payload = inflateSync(bytes.subarray(1), { out: new Uint8Array(MAX_INFLATED_BYTES + 1) });
    if (payload.length > MAX_INFLATED_BYTES) return failure("damaged");
  } else return failure("damaged");
  const json = mapOf(payload);
  if (!json) return failure("damaged");
  const valid = validateMap(json);
  return valid.ok ? { ok: true, map: valid.map } : failure("damaged", valid.errors);
}

function checkValue(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += (2 * i + 1) * VALUE.get(text[i]!)!;
  return sum % 64;
}

// ------------------------------------------------------------------------ base64url

function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const c of text) {
    value = (value << 6) | VALUE.get(c)!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 255;
    }
  }
  // Leftover bits must be zero, or two codes would decode to the same map.
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

// ---------------------------------------------------------------------- the payload

class BitWriter {
  private bits: number[] = [];
  write(value: number, width: number) {
    for (let i = width - 1; i >= 0; i--) this.bits.push((value >> i) & 1);
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(Math.ceil(this.bits.length / 8));
    this.bits.forEach((b, i) => {
      if (b) out[i >> 3]! |= 128 >> (i & 7);
    });
    return out;
  }
}

class Reader {
  private bit = 0;
  constructor(
    private readonly data: Uint8Array,
    private byte = 0,
  ) {}
  varint(): number {
    let result = 0;
    for (let shift = 0; shift < 21; shift += 7) {
      const b = this.data[this.byte++];
      if (b === undefined) throw new RangeError("end of payload");
      result |= (b & 127) << shift;
      if (!(b & 128)) return result;
    }
    throw new RangeError("varint too long");
  }
  take(n: number): Uint8Array {
    if (this.byte + n > this.data.length) throw new RangeError("end of payload");
    const out = this.data.subarray(this.byte, this.byte + n);
    this.byte += n;
    return out;
  }
  startBits() {
    this.bit = this.byte * 8;
  }
  read(width: number): number {
    let v = 0;
    for (let i = 0; i < width; i++) {
      const b = this.data[this.bit >> 3];
      if (b === undefined) throw new RangeError("end of payload");
      v = (v << 1) | ((b >> (7 - (this.bit & 7))) & 1);
      this.bit++;
    }
    return v;
  }
  /** Whether only zero padding is left after the bits read. */
  done(): boolean {
    const total = this.data.length * 8;
    if (total - this.bit >= 8) return false;
    for (let i = this.bit; i < total; i++) {
      if ((this.data[i >> 3]! >> (7 - (i & 7))) & 1) return false;
    }
    return true;
  }
}

function varint(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 127;
    n >>>= 7;
    if (n) b |= 128;
    out.push(b);
  } while (n);
  return out;
}

const widthFor = (n: number) => Math.max(1, Math.ceil(Math.log2(n + 1)));
const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

function answerIndex(options: readonly string[], answer: string | undefined): number {
  return answer === undefined || answer === "unsure" ? 0 : options.indexOf(answer) + 1;
}

function payloadOf(map: ValidMap): Uint8Array {
  const table: string[] = [];
  const index = (s: string | undefined): number => {
    if (!s) return 0;
    const at = table.indexOf(s);
    if (at >= 0) return at + 1;
    table.push(s);
    return table.length;
  };
  const nameIndex = index(map.name);
  const participants = map.participants.map((p) => [
    index(p.id),
    index(p.name),
    index(p.team),
    index(p.domain),
  ]);
  const handoffs = map.handoffs.map((h) => [index(h.id), index(h.label)] as const);
  const w = widthFor(table.length);
  const bits = new BitWriter();
  bits.write(map.participants.length, 4);
  bits.write(map.handoffs.length, 5);
  bits.write(nameIndex, w);
  map.participants.forEach((p, i) => {
    bits.write(PARTICIPANT_KINDS.indexOf(p.kind ?? "service"), 2);
    for (const s of participants[i]!) bits.write(s, w);
  });
  const positions = new Map(map.participants.map((p, i) => [p.id, i]));
  const handoffPositions = new Map(map.handoffs.map((h, i) => [h.id, i]));
  map.handoffs.forEach((h, i) => {
    bits.write(handoffs[i]![0], w);
    bits.write(positions.get(h.from)!, 4);
    bits.write(positions.get(h.to)!, 4);
    bits.write(handoffs[i]![1], w);
    if (h.trigger === null) bits.write(0, 2);
    else if (h.trigger === undefined) bits.write(1, 2);
    else {
      bits.write(2, 2);
      bits.write(handoffPositions.get(h.trigger)!, 5);
    }
    for (const q of HANDOFF_QUESTIONS) bits.write(answerIndex(q.options, h.answers?.[q.id]), 3);
  });
  for (const q of MAP_LEVEL_QUESTIONS) bits.write(answerIndex(q.options, map.answers?.[q.id]), 3);
  const head: number[] = [...varint(table.length)];
  for (const s of table) {
    const b = encoder.encode(s);
    head.push(...varint(b.length), ...b);
  }
  const structure = bits.bytes();
  const out = new Uint8Array(head.length + structure.length);
  out.set(head);
  out.set(structure, head.length);
  return out;
}

/** The Map JSON in a payload, or null when it is malformed (validated by the caller). */
function mapOf(payload: Uint8Array): MapJson | null {
  const r = new Reader(payload);
  const count = r.varint();
  if (count > 200) return null;
  const table: string[] = [];
  for (let i = 0; i < count; i++) table.push(decoder.decode(r.take(r.varint())));
  r.startBits();
  const w = widthFor(table.length);
  const str = (i: number): string | undefined => {
    if (i > table.length) throw new RangeError("string index");
    return i === 0 ? undefined : table[i - 1];
  };
  const pCount = r.read(4);
  const hCount = r.read(5);
  const name = str(r.read(w));
  const participants: MapJson["participants"] = [];
  for (let i = 0; i < pCount; i++) {
    const kind = PARTICIPANT_KINDS[r.read(2)]!;
    const [id, pname, team, domain] = [
      str(r.read(w)),
      str(r.read(w)),
      str(r.read(w)),
      str(r.read(w)),
    ];
    participants.push({
      id: id ?? "",
      name: pname ?? "",
      kind,
      ...(team ? { team } : {}),
      ...(domain ? { domain } : {}),
    });
  }
  const handoffs: MapJson["handoffs"] = [];
  for (let i = 0; i < hCount; i++) {
    const id = str(r.read(w));
    const from = participants[r.read(4)]?.id;
    const to = participants[r.read(4)]?.id;
    const label = str(r.read(w));
    const mode = r.read(2);
    let trigger: string | null | undefined;
    if (mode === 0) trigger = null;
    else if (mode === 1) trigger = undefined;
    else if (mode === 2) trigger = handoffs[r.read(5)]?.id ?? "";
    else return null;
    const answers: Record<string, string> = {};
    for (const q of HANDOFF_QUESTIONS) {
      const v = r.read(3);
      if (v > q.options.length) return null;
      if (v > 0) answers[q.id] = q.options[v - 1]!;
    }
    handoffs.push({
      id: id ?? "",
      from: from ?? "",
      to: to ?? "",
      label: label ?? "",
      ...(trigger !== undefined ? { trigger } : {}),
      ...(Object.keys(answers).length ? { answers } : {}),
    } as MapJson["handoffs"][number]);
  }
  const answers: Record<string, string> = {};
  for (const q of MAP_LEVEL_QUESTIONS) {
    const v = r.read(3);
    if (v > q.options.length) return null;
    if (v > 0) answers[q.id] = q.options[v - 1]!;
  }
  if (!r.done()) return null;
  return {
    map: 1,
    ...(name ? { name } : {}),
    participants,
    handoffs,
    ...(Object.keys(answers).length ? { answers } : {}),
  } as MapJson;
}
