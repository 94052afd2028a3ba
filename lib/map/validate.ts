/**
 * Map JSON validation (MAP.md §3, §9 limits, §12 errors). Every error names its field with a path
 * into the Map JSON (`handoffs[3].answers.wait`); limit messages are MAP.md §9's. Never throws.
 */
import { LIMITS } from "./defaults";
import {
  HANDOFF_QUESTIONS,
  MAP_LEVEL_QUESTIONS,
  MAP_MODEL,
  PARTICIPANT_KINDS,
  type HandoffAnswers,
  type MapAnswers,
  type MapError,
  type MapHandoff,
  type MapParticipant,
  type MapValidation,
  type ParticipantKind,
  type ValidMap,
} from "./types";

const TOP_KEYS = ["map", "name", "participants", "handoffs", "answers"];
const PARTICIPANT_KEYS = ["id", "name", "kind", "team", "domain"];
const HANDOFF_KEYS = ["id", "from", "to", "label", "trigger", "answers"];
/**
 * Controls, line and paragraph separators, and bidirectional overrides/isolates: no map text may
 * hold them (MAP.md §9). Global, for `replace` (the Mermaid title); `FORBIDDEN` tests one text.
 */
export const FORBIDDEN_TEXT = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;
const FORBIDDEN = new RegExp(FORBIDDEN_TEXT.source, "u");

const number = new Intl.NumberFormat("en-GB");

/** Distinct text of a map, counted in UTF-8 bytes against `LIMITS.textBytes` (MAP.md §9). */
export function mapTextBytes(map: Pick<ValidMap, "name" | "participants" | "handoffs">): number {
  const texts = new Set<string>();
  if (map.name) texts.add(map.name);
  for (const p of map.participants) {
    for (const t of [p.id, p.name, p.team, p.domain]) if (t) texts.add(t);
  }
  for (const h of map.handoffs) {
    texts.add(h.id);
    texts.add(h.label);
  }
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const t of texts) bytes += encoder.encode(t).length;
  return bytes;
}

/**
 * Checks untrusted Map JSON and returns it normalised (`map: 1`, every participant's `kind`, no
 * empty team/domain/name, no `unsure` answers, no empty answer objects), or every error found,
 * each naming its field. Never throws.
 *
 * @example
 * validateMap({ participants: [], handoffs: [] })
 * // → { ok: false, errors: [{ field: "participants", message: "0 participants; a map needs at least 2" }, …] }
 */
export function validateMap(input: unknown): MapValidation {
  const errors: MapError[] = [];
  const fail = (field: string, message: string) => void errors.push({ field, message });
  if (!isRecord(input)) {
    return { ok: false, errors: [{ field: "(body)", message: "a map must be a JSON object" }] };
  }
  // A Map Result (this API's answer, or the page's "Export JSON") sent back as a map: one error
  // that says so, instead of one "unknown field" per derived field (new-user review 4, N13).
  if (typeof input.code === "string" && "style" in input && "scopes" in input) {
    return {
      ok: false,
      errors: [
        {
          field: "(body)",
          message:
            "this is a Map Result (Baton's answer: it has style, scopes and code), not a map; open it by its code (advise --map-code CODE, GET /api/v1/map?code=CODE or /m/CODE), or send the map itself (name, participants, handoffs)",
        },
      ],
    };
  }
  unknownKeys(input, TOP_KEYS, "", fail);

  if (input.map !== undefined && input.map !== MAP_MODEL) {
    fail("map", `${show(input.map)} is not a map model; expected ${MAP_MODEL}`);
  }
  const name = optionalText(input.name, "name", LIMITS.nameLength, fail);

  const participants: MapParticipant[] = [];
  // Every well-formed participant id, even of a participant with other errors, so one bad name
  // doesn't also make each of its hand-offs an error.
  const participantIds = new Set<string>();
  const ids = new Map<string, string>();
  const useId = (id: string, field: string) => {
    if (ids.has(id)) fail(field, `${show(id)} is used twice`);
    else ids.set(id, field);
  };
  const rawParticipants = input.participants;
  if (!Array.isArray(rawParticipants)) {
    fail("participants", "must be a list of 2 to 12 participants");
  } else {
    countLimit(rawParticipants.length, "participants", "participant", LIMITS.participants, fail);
    rawParticipants.slice(0, LIMITS.participants.max).forEach((raw: unknown, i) => {
      const at = `participants[${i}]`;
      if (!isRecord(raw)) return fail(at, "must be an object");
      unknownKeys(raw, PARTICIPANT_KEYS, at, fail);
      const id = idOf(raw.id, `${at}.id`, fail);
      if (id !== undefined) useId(id, `${at}.id`);
      if (id !== undefined) participantIds.add(id);
      const pname = requiredText(raw.name, `${at}.name`, LIMITS.participantNameLength, fail);
      let kind: ParticipantKind = "service";
      if (raw.kind !== undefined) {
        if (PARTICIPANT_KINDS.includes(raw.kind as ParticipantKind))
          kind = raw.kind as ParticipantKind;
        else fail(`${at}.kind`, notAnOption(raw.kind, PARTICIPANT_KINDS));
      }
      const team = optionalText(raw.team, `${at}.team`, LIMITS.teamLength, fail);
      const domain = optionalText(raw.domain, `${at}.domain`, LIMITS.domainLength, fail);
      if (id !== undefined && pname !== undefined) {
        participants.push({
          id,
          name: pname,
          kind,
          ...(team ? { team } : {}),
          ...(domain ? { domain } : {}),
        });
      }
    });
  }

  const handoffs: MapHandoff[] = [];
  const rawHandoffs = input.handoffs;
  if (!Array.isArray(rawHandoffs)) {
    fail("handoffs", "must be a list of 1 to 20 hand-offs");
  } else {
    countLimit(rawHandoffs.length, "handoffs", "hand-off", LIMITS.handoffs, fail);
    const earlier = new Set<string>();
    rawHandoffs.slice(0, LIMITS.handoffs.max).forEach((raw: unknown, i) => {
      const at = `handoffs[${i}]`;
      if (!isRecord(raw)) return fail(at, "must be an object");
      unknownKeys(raw, HANDOFF_KEYS, at, fail);
      const id = idOf(raw.id, `${at}.id`, fail);
      if (id !== undefined) useId(id, `${at}.id`);
      const from = endOf(raw.from, `${at}.from`, participantIds, fail);
      const to = endOf(raw.to, `${at}.to`, participantIds, fail);
      if (from !== undefined && from === to) {
        fail(`${at}.to`, "a hand-off joins two different participants");
      }
      const label = requiredText(raw.label, `${at}.label`, LIMITS.labelLength, fail);
      let trigger: string | null | undefined;
      if (raw.trigger === null) trigger = null;
      else if (raw.trigger !== undefined) {
        if (typeof raw.trigger === "string" && earlier.has(raw.trigger)) trigger = raw.trigger;
        else fail(`${at}.trigger`, `${show(raw.trigger)} is not an earlier hand-off id`);
      }
      const answers = answersOf(raw.answers, `${at}.answers`, HANDOFF_QUESTIONS, fail);
      if (id !== undefined) earlier.add(id);
      if (id !== undefined && from !== undefined && to !== undefined && label !== undefined) {
        handoffs.push({
          id,
          from,
          to,
          label,
          ...(trigger !== undefined ? { trigger } : {}),
          ...(answers && Object.keys(answers).length ? { answers: answers as HandoffAnswers } : {}),
        });
      }
    });
  }
  const answers = answersOf(input.answers, "answers", MAP_LEVEL_QUESTIONS, fail);

  const map: ValidMap = {
    map: MAP_MODEL,
    ...(name ? { name } : {}),
    participants,
    handoffs,
    ...(answers && Object.keys(answers).length ? { answers: answers as MapAnswers } : {}),
  };
  if (errors.length === 0) {
    const bytes = mapTextBytes(map);
    if (bytes > LIMITS.textBytes) {
      fail(
        "(body)",
        `map text is ${number.format(bytes)} bytes; a map holds at most ${number.format(LIMITS.textBytes)}: shorten ids, names, teams, domains or labels`,
      );
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, map };
}

/**
 * One line for people: `field: message`, or the message alone for the map as a whole.
 *
 * @example
 * formatMapError({ field: "handoffs[2].from", message: '"ordr" is not a participant id' })
 * // → 'handoffs[2].from: "ordr" is not a participant id'
 */
export function formatMapError(error: MapError): string {
  return error.field === "(body)" ? error.message : `${error.field}: ${error.message}`;
}

type Fail = (field: string, message: string) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value quoted for an error message, cut short: messages may echo input but never all of it. */
function show(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(typeof value);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function notAnOption(value: unknown, options: readonly string[]): string {
  return `${show(value)} is not an option; expected one of ${options.join(", ")}`;
}

function unknownKeys(record: Record<string, unknown>, known: string[], at: string, fail: Fail) {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      // An empty key would make an empty field name; show it quoted so the field is never blank.
      const name = key === "" ? '""' : key;
      fail(at ? `${at}.${name}` : name, `unknown field; expected one of ${known.join(", ")}`);
    }
  }
}

function countLimit(
  count: number,
  field: string,
  noun: string,
  limit: { min: number; max: number },
  fail: Fail,
) {
  const counted = `${count} ${count === 1 ? noun : `${noun}s`}`;
  if (count > limit.max) fail(field, `${counted}; a map holds at most ${limit.max}`);
  else if (count < limit.min) fail(field, `${counted}; a map needs at least ${limit.min}`);
}

function textProblem(value: string, max: number): string | undefined {
  const length = [...value].length;
  if (length > max) return `${length} characters; at most ${max}`;
  if (FORBIDDEN.test(value)) return "contains a line break, control or direction character";
  return undefined;
}

function requiredText(value: unknown, field: string, max: number, fail: Fail): string | undefined {
  if (typeof value !== "string" || value.trim() === "") {
    fail(field, `must be text of 1 to ${max} characters`);
    return undefined;
  }
  const problem = textProblem(value, max);
  if (problem) return void fail(field, problem);
  return value;
}

function optionalText(value: unknown, field: string, max: number, fail: Fail): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string")
    return void fail(field, `must be text of at most ${max} characters`);
  const problem = textProblem(value, max);
  if (problem) return void fail(field, problem);
  return value.trim() === "" ? undefined : value;
}

function idOf(value: unknown, field: string, fail: Fail): string | undefined {
  if (typeof value === "string" && LIMITS.idPattern.test(value)) return value;
  fail(
    field,
    `${show(value)} is not an id; use 1 to 24 lowercase letters, digits or hyphens, starting with a letter or digit`,
  );
  return undefined;
}

function endOf(value: unknown, field: string, ids: Set<string>, fail: Fail): string | undefined {
  if (typeof value === "string" && ids.has(value)) return value;
  fail(field, `${show(value)} is not a participant id`);
  return undefined;
}

function answersOf(
  value: unknown,
  at: string,
  questions: readonly { id: string; options: readonly string[] }[],
  fail: Fail,
): Record<string, string> | undefined {
  if (value === undefined) return {};
  if (!isRecord(value)) return void fail(at, "must be an object of answers");
  const out: Record<string, string> = {};
  for (const [key, answer] of Object.entries(value)) {
    const question = questions.find((q) => q.id === key);
    if (!question) {
      fail(
        `${at}.${key}`,
        `unknown question; expected one of ${questions.map((q) => q.id).join(", ")}`,
      );
    } else if (answer === "unsure") {
      continue;
    } else if (typeof answer === "string" && question.options.includes(answer)) {
      out[key] = answer;
    } else {
      fail(`${at}.${key}`, notAnOption(answer, [...question.options, "unsure"]));
    }
  }
  // In question order, so equal maps are equal objects whatever order the keys came in.
  return Object.fromEntries(questions.filter((q) => q.id in out).map((q) => [q.id, out[q.id]!]));
}
