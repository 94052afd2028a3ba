/**
 * Team links: a pasted list of result links and share codes, in any mix, one per line or separated
 * by commas: full URLs (https://host/r/CODE?flow=…), paths (/r/CODE, /embed/r/CODE) or bare codes.
 * Each entry is decoded on its own, so a damaged one is reported by its position and the rest
 * still count. Codes from every model version this build knows are accepted.
 */
import type { Answers } from "../scoring";
import { decode } from "../share";
import { wellFormed } from "../text/well-formed";

/** The team view compares at most this many people. */
export const MAX_TEAM_LINKS = 20;

/** An entry longer than this is no result link; it is reported, not parsed. */
const MAX_ENTRY_LENGTH = 2048;

export type TeamEntry = {
  /** 1-based, counting every non-empty entry as pasted. */
  position: number;
  /** The entry as given, for the error message. */
  raw: string;
} & ({ ok: true; code: string; model: number; answers: Answers } | { ok: false; message: string });

export interface ParsedLinks {
  entries: TeamEntry[];
  /** Entries after the first MAX_TEAM_LINKS, left out. */
  ignored: number;
}

/**
 * Splits pasted text (or repeated query values) into entries: new lines, commas and spaces separate.
 * The text is made well-formed Unicode first (lib/text/well-formed.ts).
 *
 * @example
 * splitEntries("https://b.example/r/1ABC, 1DEF\n\n/r/1GHI") // → ["https://b.example/r/1ABC", "1DEF", "/r/1GHI"]
 */
export function splitEntries(raw: string | readonly string[] | undefined): string[] {
  const text = wellFormed(typeof raw === "string" ? raw : (raw ?? []).join(","));
  return text.split(/[\s,]+/u).filter((entry) => entry !== "");
}

/**
 * The share code in one entry: the path segment after `/r/` of a link, or the entry itself.
 * Returns undefined when the entry is a link with no `/r/<code>` in it.
 *
 * @example
 * codeOf("https://baton.example/r/1ARKroUigt?flow=Checkout") // → "1ARKroUigt"
 * codeOf("1ARKroUigt") // → "1ARKroUigt"
 * codeOf("https://example.com/about") // → undefined
 */
export function codeOf(entry: string): string | undefined {
  const path = entry.replace(/[?#].*$/su, "");
  const at = path.lastIndexOf("/r/");
  if (at >= 0) {
    const segment = path.slice(at + 3).replace(/\/+$/u, "");
    if (segment === "" || segment.includes("/")) return undefined;
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  if (path.includes("/") || path.includes(":")) return undefined;
  return path;
}

/**
 * Parses the team's links. Never throws; a bad entry gets a message a person can act on.
 *
 * @example
 * parseTeamLinks("1ARKroUigt, nonsense").entries.map((e) => e.ok) // → [true, false]
 */
export function parseTeamLinks(raw: string | readonly string[] | undefined): ParsedLinks {
  const all = splitEntries(raw);
  const entries = all.slice(0, MAX_TEAM_LINKS).map((entry, index): TeamEntry => {
    const position = index + 1;
    const fail = (message: string): TeamEntry => ({ position, raw: entry, ok: false, message });
    if (entry.length > MAX_ENTRY_LENGTH) return fail("This is far too long to be a result link.");
    const code = codeOf(entry);
    if (code === undefined) {
      return fail("This is not a Baton result link: those look like …/r/<code>.");
    }
    const decoded = decode(code);
    if (decoded.ok) {
      return {
        position,
        raw: entry,
        ok: true,
        code,
        model: decoded.model,
        answers: decoded.answers,
      };
    }
    // A word pasted by mistake also starts with an unknown version character; don't blame a version.
    if (decoded.error === "unknown-version") {
      return fail(
        "Not a share code this version of Baton can read: a typo, or a newer version's code.",
      );
    }
    return fail(decoded.message);
  });
  return { entries, ignored: Math.max(0, all.length - MAX_TEAM_LINKS) };
}
