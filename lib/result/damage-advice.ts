import type { CodeRepair, DecodeError } from "../share/codec";

/** What a person can do about each kind of damaged code. */
export const DAMAGE_ADVICE: Record<DecodeError, string> = {
  empty:
    "The link ends where the code should be. Copy the whole link again from where it was shared.",
  "too-long":
    "Something was pasted onto the end of the code. A share code is ten characters long; check the link for extra text.",
  "bad-characters":
    "The code contains a character a share code never uses, often punctuation picked up when the link was copied out of a sentence.",
  "unknown-version":
    "The first character of a share code is the version of Baton's model that made it. Ask whoever shared it which site it came from, or for the link again.",
  "wrong-length":
    "A character was lost or added when the link was copied. Chat apps and mail programs sometimes end a link early, at a '-' or '_' or at the end of a line: the rest of the code may be in the text just after the link. Copy the whole link again.",
  checksum:
    "One character no longer matches the rest, usually a typo made while retyping the link. Copy the link instead of typing it.",
  "out-of-range":
    "The characters are valid, but together they don't describe a set of answers Baton could have made.",
};

/** What the damaged-link page says about the code it most likely was (see CodeRepair). */
export const REPAIR_ADVICE: Record<CodeRepair["how"], string> = {
  "trailing-text": "Without it, the link is:",
  "lost-end": "The complete link is most likely:",
  "first-character": "With the first character the check character fits, the link reads:",
};
