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
 * - Decoding never throws: it returns a typed error. When the damage is of a kind that links
 *   suffer in chat apps, Markdown and mail (see `repair` below), the error carries the code that
 *   was most likely meant.
 * - A released version's layout never changes. Appending questions makes a new model version.
 */
import { modelFor } from "../scoring/model";
import { UNSURE, type Answers } from "../scoring/questions";
import { MAX_CODE_LENGTH, VALUE, checkChar, payloadLength, radicesOf } from "./encode";

export { MAX_CODE_LENGTH, encode, payloadLength, type QuestionSet } from "./encode";

/** The question set of a version this build knows (every released model), or undefined. */
const questionSetFor = modelFor;

export type DecodeError =
  | "empty"
  | "too-long"
  | "bad-characters"
  | "unknown-version"
  | "wrong-length"
  | "checksum"
  | "out-of-range";

/**
 * The code a damaged one most likely was, found by undoing one kind of damage and checking the
 * result with the check character (so a repair is wrong about 1 time in 64 at most):
 * - "trailing-text": punctuation or other text after the code (`1BCh4XOE9d).`), which linkifiers
 *   sometimes take into the link; removing it leaves a code that decodes. `sure` is true: the
 *   removed characters can't be part of any code.
 * - "lost-end": the last one or two characters were '_' or '-', which linkifiers drop from the
 *   end of a link (GitHub Flavored Markdown's extended autolinks never end in '_'; GFM spec
 *   §6.9). Exactly one way of putting them back decodes.
 * - "first-character": the version character was mistyped; exactly one known model version in
 *   its place makes the check character fit.
 */
export interface CodeRepair {
  how: "trailing-text" | "lost-end" | "first-character";
  /** The complete code. */
  code: string;
  /** Whether the repair only removed characters no code can contain. */
  sure: boolean;
}

export type DecodeResult =
  | { ok: true; model: number; answers: Answers }
  | { ok: false; error: DecodeError; message: string; repair?: CodeRepair };

const MESSAGES: Record<DecodeError, string> = {
  empty: "The share code is empty.",
  "too-long": `A share code has at most ${MAX_CODE_LENGTH} characters.`,
  "bad-characters": "A share code uses only letters, digits, '-' and '_'.",
  "unknown-version": "This code was made by a newer version of Baton than this one.",

  "wrong-length": "This code has the wrong length for its version: part of it is missing or extra.",
  checksum: "This code's check character doesn't match: a character was changed or lost.",
  "out-of-range": "This code doesn't describe a valid set of answers.",
};

/**
 * Decodes a share code. Never throws: bad input gives `{ ok: false, error, message }`.
 *
 * @example
 * decode(encode({ teams: "one" })) // → { ok: true, model: 2, answers: { teams: "one" } }
 * decode("garbage!") // → { ok: false, error: "bad-characters", message: "…" }
 */
export function decode(code: unknown): DecodeResult {
  const plain = decodeExactly(code);
  if (plain.ok || typeof code !== "string") return plain;
  const repair = repairOf(code, plain.error);
  if (plain.error === "unknown-version" && repair?.how !== "trailing-text") {
    // A check character that fits the whole code says the first character is as it was written:
    // a newer version's code. One that doesn't fit says the first character was changed.
    const consistent = checkChar(code.slice(0, -1)) === code[code.length - 1];
    if (!consistent) {
      return {
        ok: false,
        error: "unknown-version",
        message: `The first character, "${code[0]}", is not a version of Baton's model, and the check character shows it was changed: it was mistyped.`,
        ...(repair ? { repair } : {}),
      };
    }
    return plain;
  }
  if (!repair) return plain;
  const message =
    repair.how === "trailing-text"
      ? `The link picked up "${code.slice(repair.code.length)}" after the code, from the text around it.`
      : plain.error === "wrong-length"
        ? `This code is missing its last ${code.length === repair.code.length - 1 ? "character" : `${repair.code.length - code.length} characters`}: the app the link was pasted into dropped the final "${repair.code.slice(code.length)}".`
        : plain.message;
  return { ok: false, error: plain.error, message, repair };
}

/** Characters a share code can end in that linkifiers drop from the end of a link. */
const DROPPED_AT_END = ["_", "-"];

/** Known model versions, as their version characters ("1", ...). */
function versionCharacters(): string[] {
  const chars: string[] = [];
  for (let version = 1; version < 36; version += 1) {
    if (questionSetFor(version)) chars.push(version.toString(36));
  }
  return chars;
}

/** The one repair that makes `code` decode (see CodeRepair), or undefined. */
function repairOf(code: string, error: DecodeError): CodeRepair | undefined {
  if (error === "bad-characters" || error === "too-long") {
    const trimmed = /^[A-Za-z0-9_-]+/.exec(code)?.[0];
    if (trimmed && trimmed !== code && decodeExactly(trimmed).ok) {
      return { how: "trailing-text", code: trimmed, sure: true };
    }
    return undefined;
  }
  if (error === "wrong-length") {
    const model = questionSetFor(parseInt(code[0]!, 36));
    const missing = model ? payloadLength(model) + 2 - code.length : 0;
    if (missing < 1 || missing > 2) return undefined;
    const endings =
      missing === 1
        ? DROPPED_AT_END
        : DROPPED_AT_END.flatMap((a) => DROPPED_AT_END.map((b) => a + b));
    const fits = endings.map((end) => code + end).filter((full) => decodeExactly(full).ok);
    return fits.length === 1 ? { how: "lost-end", code: fits[0]!, sure: false } : undefined;
  }
  if (error === "unknown-version") {
    const fits = versionCharacters()
      .map((version) => version + code.slice(1))
      .filter((full) => decodeExactly(full).ok);
    return fits.length === 1 ? { how: "first-character", code: fits[0]!, sure: false } : undefined;
  }
  return undefined;
}

/** Decodes a code exactly as written, without looking for a repair. */
function decodeExactly(code: unknown): DecodeResult {
  const fail = (error: DecodeError): DecodeResult => ({
    ok: false,
    error,
    message: MESSAGES[error],
  });
  if (typeof code !== "string" || code.length === 0) return fail("empty");
  if (code.length > MAX_CODE_LENGTH) return fail("too-long");
  for (const c of code) if (!VALUE.has(c)) return fail("bad-characters");
  const version = parseInt(code[0]!, 36);
  const model = Number.isNaN(version) ? undefined : questionSetFor(version);
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
