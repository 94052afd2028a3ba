import type { DecodeError } from "../share/codec";

/** What a person can do about each kind of damaged code. */
export const DAMAGE_ADVICE: Record<DecodeError, string> = {
  empty:
    "The link ends where the code should be. Copy the whole link again from where it was shared.",
  "too-long":
    "Something was pasted onto the end of the code. A share code is ten characters long; check the link for extra text.",
  "bad-characters":
    "The code contains a character a share code never uses, often punctuation picked up when the link was copied out of a sentence.",
  "unknown-version":
    "It may come from a newer Baton than this one, or its first character was changed. Ask whoever shared it which site it came from.",
  "wrong-length":
    "A character was lost or added when the link was copied. Copy the whole link again.",
  checksum:
    "One character no longer matches the rest, usually a typo made while retyping the link. Copy the link instead of typing it.",
  "out-of-range":
    "The characters are valid, but together they don't describe a set of answers Baton could have made.",
};
