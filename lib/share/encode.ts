/**
 * The encoding half of the share code: layout, check character and `encode`. Its rules are stated
 * in codec.ts, which also decodes. Light: it knows only the current model's words, so the browser
 * can encode a result link without carrying any model's rules.
 */
import { CURRENT_WORDS } from "../scoring/current";
import type { Answers } from "../scoring/questions";
import type { ModelWords } from "../scoring/types";

/** A model version as the share code sees it: its number and its questions in code order. */
export type QuestionSet = Pick<ModelWords, "version" | "questions">;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
export const VALUE = new Map([...ALPHABET].map((c, i) => [c, i] as const));

/** No code of any version is longer than this; longer input is refused before any work. */
export const MAX_CODE_LENGTH = 16;

export function radicesOf(model: QuestionSet): bigint[] {
  return model.questions.map((q) => BigInt(q.options.length + 1));
}

/** Payload length in characters for a model version. */
export function payloadLength(model: QuestionSet): number {
  const capacity = radicesOf(model).reduce((a, b) => a * b, 1n);
  let length = 0;
  for (let room = 1n; room < capacity; room *= 64n) length += 1;
  return length;
}

export function checkChar(body: string): string {
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
export function encode(answers: Answers, model: QuestionSet = CURRENT_WORDS): string {
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
