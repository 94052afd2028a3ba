/**
 * The share code: every answer of one answer set in a short, URL-safe string.
 *
 * Rules (public contract: a code must open to the same result forever):
 * - Layout: one version character, then the payload, then one check character.
 *   The version character is the model version as a base-36 digit ("1" for model 1).
 * - The payload is a mixed-radix number, one digit per question in the model's question order:
 *   0 for `unsure` (or missing), 1..n for the question's options in their listed order.
 *   It is written big-endian in base64url (A–Z a–z 0–9 - _), padded to the version's fixed length.
 * - The check character is Σ (2i + 1) × value(char i) mod 64 over the version and payload characters,
 *   so any single mistyped character, and most swaps of neighbours, are detected.
 * - Decoding never throws: it returns a typed error.
 * - A released version's layout never changes. Appending questions makes a new model version.
 */
import { CURRENT_MODEL, modelFor, type Model } from "../scoring/model";
import { UNSURE, type Answers } from "../scoring/questions";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i] as const));

/** No code of any version is longer than this; longer input is refused before any work. */
export const MAX_CODE_LENGTH = 16;

export type DecodeError =
  | "empty"
  | "too-long"
  | "bad-characters"
  | "unknown-version"
  | "wrong-length"
  | "checksum"
  | "out-of-range";

export type DecodeResult =
  | { ok: true; model: number; answers: Answers }
  | { ok: false; error: DecodeError; message: string };

const MESSAGES: Record<DecodeError, string> = {
  empty: "The share code is empty.",
  "too-long": `A share code has at most ${MAX_CODE_LENGTH} characters.`,
  "bad-characters": "A share code uses only letters, digits, '-' and '_'.",
  "unknown-version": "This code was made by a newer version of Baton than this one.",
  "wrong-length": "This code has the wrong length for its version: part of it is missing or extra.",
  checksum: "This code's check character doesn't match: a character was changed or lost.",
  "out-of-range": "This code doesn't describe a valid set of answers.",
};

function radicesOf(model: Model): bigint[] {
  return model.questions.map((q) => BigInt(q.options.length + 1));
}

/** Payload length in characters for a model version. */
export function payloadLength(model: Model): number {
  const capacity = radicesOf(model).reduce((a, b) => a * b, 1n);
  let length = 0;
  for (let room = 1n; room < capacity; room *= 64n) length += 1;
  return length;
}

function checkChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum += (2 * i + 1) * (VALUE.get(body[i]!) ?? 0);
  return ALPHABET[sum % 64]!;
}

/**
 * Encodes an answer set with a model (the current one by default). Unknown or missing answers are `unsure`.
 *
 * @example
 * encode({}) // → "1AAAAAAAAA" followed by its check character
 */
export function encode(answers: Answers, model: Model = CURRENT_MODEL): string {
  let value = 0n;
  for (const question of model.questions) {
    const given = (answers as Record<string, string | undefined>)[question.id];
    const index = question.options.findIndex((o) => o.id === given);
    value = value * BigInt(question.options.length + 1) + BigInt(index + 1);
  }
  let payload = "";
  for (let i = 0; i < payloadLength(model); i += 1) {
    payload = ALPHABET[Number(value % 64n)]! + payload;
    value /= 64n;
  }
  const body = model.version.toString(36) + payload;
  return body + checkChar(body);
}

/**
 * Decodes a share code. Never throws: bad input gives `{ ok: false, error, message }`.
 *
 * @example
 * decode(encode({ teams: "one" })) // → { ok: true, model: 1, answers: { teams: "one" } }
 * decode("garbage!") // → { ok: false, error: "bad-characters", message: "…" }
 */
export function decode(code: unknown): DecodeResult {
  const fail = (error: DecodeError): DecodeResult => ({
    ok: false,
    error,
    message: MESSAGES[error],
  });
  if (typeof code !== "string" || code.length === 0) return fail("empty");
  if (code.length > MAX_CODE_LENGTH) return fail("too-long");
  for (const c of code) if (!VALUE.has(c)) return fail("bad-characters");
  const version = parseInt(code[0]!, 36);
  const model = Number.isNaN(version) ? undefined : modelFor(version);
  if (!model) return fail("unknown-version");
  const length = payloadLength(model);
  if (code.length !== 1 + length + 1) return fail("wrong-length");
  const body = code.slice(0, -1);
  if (checkChar(body) !== code[code.length - 1]) return fail("checksum");

  let value = 0n;
  for (const c of body.slice(1)) value = value * 64n + BigInt(VALUE.get(c)!);
  const radices = radicesOf(model);
  const digits: number[] = [];
  for (let i = radices.length - 1; i >= 0; i -= 1) {
    digits[i] = Number(value % radices[i]!);
    value /= radices[i]!;
  }
  if (value !== 0n) return fail("out-of-range");

  const answers: Record<string, string> = {};
  model.questions.forEach((question, i) => {
    const digit = digits[i]!;
    if (digit > 0) answers[question.id] = question.options[digit - 1]!.id;
  });
  return { ok: true, model: model.version, answers: answers as Answers };
}

/** Drops `unsure` answers so that two answer sets with the same meaning compare equal. */
export function normaliseAnswers(answers: Answers): Answers {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (value !== undefined && value !== UNSURE) out[key] = value;
  }
  return out as Answers;
}
