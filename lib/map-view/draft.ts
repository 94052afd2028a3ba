/**
 * The editor's draft of a map: what the form holds while someone types (rows with stable keys,
 * every answer shown, names instead of ids), and its conversions to and from Map JSON (MAP.md §3)
 * and to and from the no-JavaScript form's fields. Pure: runs in the browser and on the server.
 *
 * Rows carry a `key` that never changes while the draft lives, so a hand-off's from/to/trigger
 * survive renaming and reordering. Ids are made only when the draft becomes Map JSON: the id the
 * row came with (from a map code or an import), else a slug of its name or label, made unique.
 */
import { formDefaults, LIMITS } from "../map/defaults";
import {
  HANDOFF_QUESTIONS,
  MAP_LEVEL_QUESTIONS,
  PARTICIPANT_KINDS,
  type FullHandoffAnswers,
  type HandoffQuestionId,
  type MapJson,
  type MapQuestionId,
  type ParticipantKind,
} from "../map/types";

export interface DraftParticipant {
  key: string;
  /** The id it came with, or "" to make one from the name. */
  id: string;
  name: string;
  kind: ParticipantKind;
  team: string;
  domain: string;
}

export interface DraftHandoff {
  key: string;
  /** The id it came with, or "" to make one from the label. */
  id: string;
  /** Participant keys, "" when none is chosen. */
  from: string;
  to: string;
  label: string;
  /** "" for the default trigger (MAP.md §3), "none" for "starts on its own", or a hand-off key. */
  trigger: string;
  answers: FullHandoffAnswers;
  /** Questions the person answered; the others follow the label and receiver (MAP.md §4.1). */
  touched: HandoffQuestionId[];
}

export type DraftMapAnswers = Record<MapQuestionId, string>;

export interface MapDraft {
  name: string;
  participants: DraftParticipant[];
  handoffs: DraftHandoff[];
  answers: DraftMapAnswers;
}

export const TRIGGER_DEFAULT = "";
export const TRIGGER_NONE = "none";

const UNSURE = "unsure";

function unsureMapAnswers(): DraftMapAnswers {
  return Object.fromEntries(MAP_LEVEL_QUESTIONS.map((q) => [q.id, UNSURE])) as DraftMapAnswers;
}

function nextKey(prefix: "p" | "h", taken: readonly { key: string }[]): string {
  let n = taken.length + 1;
  const keys = new Set(taken.map((t) => t.key));
  while (keys.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function kindOf(draft: MapDraft, key: string): ParticipantKind {
  return draft.participants.find((p) => p.key === key)?.kind ?? "service";
}

/** Safe defaults: MAP.md §4.1's, or `unsure` everywhere if the rules are unavailable. */
function defaultsFor(
  label: string,
  toKind: ParticipantKind,
  intent?: "do" | "tell" | "ask",
  fromKind?: ParticipantKind,
): FullHandoffAnswers {
  try {
    return formDefaults(label, toKind, intent, fromKind);
  } catch {
    return Object.fromEntries(HANDOFF_QUESTIONS.map((q) => [q.id, UNSURE])) as FullHandoffAnswers;
  }
}

/**
 * A hand-off's answers with the untouched ones following its label, receiver and chosen intent
 * again (MAP.md §4.1: "Who waits", "How long" and "together" default from the intent). Answers the
 * person set are never changed.
 *
 * @example
 * // "Email customer" reads as `do` (sender waits); the person picks Tell:
 * withDefaults(draft, { ...h, answers: { ...h.answers, intent: "tell" }, touched: ["intent"] })
 *   .answers.wait // → "no-wait"
 */
export function withDefaults(draft: MapDraft, handoff: DraftHandoff): DraftHandoff {
  const chosen = handoff.touched.includes("intent") ? handoff.answers.intent : undefined;
  const defaults = defaultsFor(
    handoff.label,
    kindOf(draft, handoff.to),
    chosen === "do" || chosen === "tell" || chosen === "ask" ? chosen : undefined,
    kindOf(draft, handoff.from),
  );
  const answers = { ...handoff.answers };
  for (const q of HANDOFF_QUESTIONS)
    if (!handoff.touched.includes(q.id)) (answers as Record<string, string>)[q.id] = defaults[q.id];
  return { ...handoff, answers };
}

/**
 * A new draft: two services and one hand-off between them, answers preselected.
 *
 * @example
 * emptyDraft().participants.length // → 2
 */
export function emptyDraft(): MapDraft {
  const draft: MapDraft = {
    name: "",
    participants: [
      { key: "p1", id: "", name: "", kind: "service", team: "", domain: "" },
      { key: "p2", id: "", name: "", kind: "service", team: "", domain: "" },
    ],
    handoffs: [],
    answers: unsureMapAnswers(),
  };
  return addHandoff(draft);
}

/** The draft with one more participant (a service), unless it already holds 12. */
export function addParticipant(draft: MapDraft): MapDraft {
  if (draft.participants.length >= LIMITS.participants.max) return draft;
  const key = nextKey("p", draft.participants);
  return {
    ...draft,
    participants: [
      ...draft.participants,
      { key, id: "", name: "", kind: "service", team: "", domain: "" },
    ],
  };
}

/**
 * The draft with one more hand-off, unless it already holds 20. It goes from the previous
 * hand-off's receiver (the usual next step of a flow) to the next participant, answers defaulted.
 */
export function addHandoff(draft: MapDraft): MapDraft {
  if (draft.handoffs.length >= LIMITS.handoffs.max) return draft;
  const last = draft.handoffs[draft.handoffs.length - 1];
  const keys = draft.participants.map((p) => p.key);
  const from = last?.to || keys[0] || "";
  const to = keys.find((k) => k !== from && k !== last?.from) ?? keys.find((k) => k !== from) ?? "";
  const handoff: DraftHandoff = {
    key: nextKey("h", draft.handoffs),
    id: "",
    from,
    to,
    label: "",
    trigger: TRIGGER_DEFAULT,
    answers: defaultsFor("", "service"),
    touched: [],
  };
  return { ...draft, handoffs: [...draft.handoffs, withDefaults(draft, handoff)] };
}

/** The draft without one participant; hand-offs that named it lose that end. */
export function removeParticipant(draft: MapDraft, key: string): MapDraft {
  return {
    ...draft,
    participants: draft.participants.filter((p) => p.key !== key),
    handoffs: draft.handoffs.map((h) => ({
      ...h,
      from: h.from === key ? "" : h.from,
      to: h.to === key ? "" : h.to,
    })),
  };
}

/** The draft without one hand-off; hand-offs it triggered fall back to the default trigger. */
export function removeHandoff(draft: MapDraft, key: string): MapDraft {
  return {
    ...draft,
    handoffs: draft.handoffs
      .filter((h) => h.key !== key)
      .map((h) => (h.trigger === key ? { ...h, trigger: TRIGGER_DEFAULT } : h)),
  };
}

/**
 * The draft with one hand-off moved up (-1) or down (+1) in the flow order. A trigger must be an
 * earlier hand-off (MAP.md §3), so a trigger that would come after its hand-off falls back to the
 * default.
 *
 * @example
 * moveHandoff(draft, "h2", -1).handoffs[0].key // → "h2"
 */
export function moveHandoff(draft: MapDraft, key: string, delta: -1 | 1): MapDraft {
  const from = draft.handoffs.findIndex((h) => h.key === key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= draft.handoffs.length) return draft;
  const handoffs = [...draft.handoffs];
  [handoffs[from], handoffs[to]] = [handoffs[to]!, handoffs[from]!];
  const position = new Map(handoffs.map((h, i) => [h.key, i]));
  return {
    ...draft,
    handoffs: handoffs.map((h, i) =>
      h.trigger !== TRIGGER_DEFAULT &&
      h.trigger !== TRIGGER_NONE &&
      (position.get(h.trigger) ?? Infinity) >= i
        ? { ...h, trigger: TRIGGER_DEFAULT }
        : h,
    ),
  };
}

/**
 * A slug for an id: lower case, accents dropped, anything else than a–z and 0–9 as "-", at most
 * 24 characters, matching `^[a-z0-9][a-z0-9-]{0,23}$` (MAP.md §3); `fallback` when nothing is left.
 *
 * @example
 * slugId("Order Service (EU)", "p1") // → "order-service-eu"
 */
export function slugId(text: string, fallback: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 24)
    .replace(/-+$/, "");
  return slug || fallback;
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) {
    const suffix = `-${n}`;
    id = `${base.slice(0, 24 - suffix.length).replace(/-+$/, "")}${suffix}`;
  }
  taken.add(id);
  return id;
}

/**
 * The draft as Map JSON (MAP.md §3): ids made, trimmed text, empty team and domain left out,
 * `unsure` answers left out (a missing answer means `unsure`). It is not validated here: pass it
 * to validateMap, whose errors name the fields of this JSON.
 */
export function draftToMap(draft: MapDraft): MapJson {
  const taken = new Set<string>();
  const participantId = new Map<string, string>();
  // Ids the rows came with first, so a reloaded map keeps them.
  for (const p of draft.participants)
    if (p.id && LIMITS.idPattern.test(p.id) && !taken.has(p.id)) {
      taken.add(p.id);
      participantId.set(p.key, p.id);
    }
  const handoffId = new Map<string, string>();
  for (const h of draft.handoffs)
    if (h.id && LIMITS.idPattern.test(h.id) && !taken.has(h.id)) {
      taken.add(h.id);
      handoffId.set(h.key, h.id);
    }
  draft.participants.forEach((p, i) => {
    if (!participantId.has(p.key))
      participantId.set(p.key, unique(slugId(p.name, `p${i + 1}`), taken));
  });
  draft.handoffs.forEach((h, i) => {
    if (!handoffId.has(h.key)) handoffId.set(h.key, unique(slugId(h.label, `h${i + 1}`), taken));
  });
  const name = draft.name.trim();
  return {
    map: 1,
    ...(name ? { name } : {}),
    participants: draft.participants.map((p) => ({
      id: participantId.get(p.key)!,
      name: p.name.trim(),
      kind: p.kind,
      ...(p.team.trim() ? { team: p.team.trim() } : {}),
      ...(p.domain.trim() ? { domain: p.domain.trim() } : {}),
    })),
    handoffs: draft.handoffs.map((h) => {
      const answers = Object.fromEntries(
        Object.entries(h.answers).filter(([, v]) => v && v !== UNSURE),
      );
      return {
        id: handoffId.get(h.key)!,
        from: participantId.get(h.from) ?? h.from,
        to: participantId.get(h.to) ?? h.to,
        label: h.label.trim(),
        ...(h.trigger === TRIGGER_NONE
          ? { trigger: null }
          : h.trigger !== TRIGGER_DEFAULT
            ? { trigger: handoffId.get(h.trigger) ?? h.trigger }
            : {}),
        answers,
      };
    }),
    answers: Object.fromEntries(
      Object.entries(draft.answers).filter(([, v]) => v && v !== UNSURE),
    ) as MapJson["answers"],
  };
}

function pick<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return typeof value === "string" && (options as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

function text(value: unknown, max: number): string {
  return typeof value === "string" ? value.slice(0, max * 4) : "";
}

/**
 * Map JSON (a decoded map code or an import) as a draft: rows keep the ids, every question is
 * shown, answers the map leaves out are `unsure` and count as touched (so they stay as the map says).
 */
export function draftFromMap(map: MapJson): MapDraft {
  const participants: DraftParticipant[] = (map.participants ?? []).map((p, i) => ({
    key: `p${i + 1}`,
    id: p.id ?? "",
    name: p.name ?? "",
    kind: pick(p.kind, PARTICIPANT_KINDS, "service"),
    team: p.team ?? "",
    domain: p.domain ?? "",
  }));
  const keyOfParticipant = new Map((map.participants ?? []).map((p, i) => [p.id, `p${i + 1}`]));
  const keyOfHandoff = new Map((map.handoffs ?? []).map((h, i) => [h.id, `h${i + 1}`]));
  const handoffs: DraftHandoff[] = (map.handoffs ?? []).map((h, i) => ({
    key: `h${i + 1}`,
    id: h.id ?? "",
    from: keyOfParticipant.get(h.from) ?? "",
    to: keyOfParticipant.get(h.to) ?? "",
    label: h.label ?? "",
    trigger:
      h.trigger === null
        ? TRIGGER_NONE
        : h.trigger === undefined
          ? TRIGGER_DEFAULT
          : (keyOfHandoff.get(h.trigger) ?? TRIGGER_DEFAULT),
    answers: Object.fromEntries(
      HANDOFF_QUESTIONS.map((q) => [
        q.id,
        pick(h.answers?.[q.id], [...q.options, UNSURE] as readonly string[], UNSURE),
      ]),
    ) as FullHandoffAnswers,
    touched: HANDOFF_QUESTIONS.map((q) => q.id),
  }));
  const answers = unsureMapAnswers();
  for (const q of MAP_LEVEL_QUESTIONS)
    answers[q.id] = pick(map.answers?.[q.id], [...q.options, UNSURE] as readonly string[], UNSURE);
  return { name: map.name ?? "", participants, handoffs, answers };
}

/**
 * Whatever is in storage (or a hand-edited value) as a valid draft: unknown fields dropped,
 * options checked, text capped, counts within the limits. A value that is no draft gives null.
 */
export function sanitiseDraft(raw: unknown): MapDraft | null {
  if (raw === null || typeof raw !== "object") return null;
  const r = raw as Record<string, unknown>;
  if (!Array.isArray(r.participants) || !Array.isArray(r.handoffs)) return null;
  const participants = r.participants
    .slice(0, LIMITS.participants.max)
    .filter((p): p is Record<string, unknown> => p !== null && typeof p === "object")
    .map((p, i) => ({
      key: typeof p.key === "string" && p.key ? p.key.slice(0, 8) : `p${i + 1}`,
      id: text(p.id, 24),
      name: text(p.name, LIMITS.participantNameLength),
      kind: pick(p.kind, PARTICIPANT_KINDS, "service"),
      team: text(p.team, LIMITS.teamLength),
      domain: text(p.domain, LIMITS.domainLength),
    }));
  const handoffs = r.handoffs
    .slice(0, LIMITS.handoffs.max)
    .filter((h): h is Record<string, unknown> => h !== null && typeof h === "object")
    .map((h, i) => {
      const answers = (h.answers ?? {}) as Record<string, unknown>;
      return {
        key: typeof h.key === "string" && h.key ? h.key.slice(0, 8) : `h${i + 1}`,
        id: text(h.id, 24),
        from: text(h.from, 8),
        to: text(h.to, 8),
        label: text(h.label, LIMITS.labelLength),
        trigger: text(h.trigger, 8),
        answers: Object.fromEntries(
          HANDOFF_QUESTIONS.map((q) => [
            q.id,
            pick(answers[q.id], [...q.options, UNSURE] as readonly string[], UNSURE),
          ]),
        ) as FullHandoffAnswers,
        touched: Array.isArray(h.touched)
          ? HANDOFF_QUESTIONS.map((q) => q.id).filter((id) => (h.touched as unknown[]).includes(id))
          : [],
      };
    });
  const saved = (r.answers ?? {}) as Record<string, unknown>;
  const answers = unsureMapAnswers();
  for (const q of MAP_LEVEL_QUESTIONS)
    answers[q.id] = pick(saved[q.id], [...q.options, UNSURE] as readonly string[], UNSURE);
  return { name: text(r.name, LIMITS.nameLength), participants, handoffs, answers };
}

// ------------------------------------------------------------ the no-JavaScript form's fields

/** The form field name of a participant's or hand-off's field, e.g. `p.0.name`, `h.2.intent`. */
export function fieldName(row: "p" | "h", index: number, field: string): string {
  return `${row}.${index}.${field}`;
}

/** The form field name of a map-level answer, e.g. `a.platform`. */
export const answerField = (id: MapQuestionId) => `a.${id}`;

/**
 * The draft as the form's fields (what a GET form submits), so a redirect can bring a draft back
 * to the form without JavaScript.
 */
export function draftToParams(draft: MapDraft): URLSearchParams {
  const params = new URLSearchParams();
  params.set("name", draft.name);
  draft.participants.forEach((p, i) => {
    for (const field of ["key", "id", "name", "kind", "team", "domain"] as const)
      params.set(fieldName("p", i, field), p[field]);
  });
  draft.handoffs.forEach((h, i) => {
    for (const field of ["key", "id", "from", "to", "label", "trigger"] as const)
      params.set(fieldName("h", i, field), h[field]);
    for (const q of HANDOFF_QUESTIONS) params.set(fieldName("h", i, q.id), h.answers[q.id]);
  });
  for (const q of MAP_LEVEL_QUESTIONS)
    if (draft.answers[q.id] !== UNSURE) params.set(answerField(q.id), draft.answers[q.id]);
  return params;
}

/**
 * The draft a submitted form holds (its fields as search parameters), or undefined when the
 * parameters hold no participant row. Every submitted answer counts as touched. Then the form's
 * button: `add=participant`, `add=handoff`, `remove=p.<key>` or `remove=h.<key>`, `up=<key>` or
 * `down=<key>` is applied.
 */
export function draftFromParams(params: URLSearchParams): MapDraft | undefined {
  if (!params.has(fieldName("p", 0, "name"))) return undefined;
  const get = (name: string) => params.get(name) ?? "";
  const participants: Record<string, unknown>[] = [];
  for (let i = 0; i < LIMITS.participants.max && params.has(fieldName("p", i, "name")); i++)
    participants.push(
      Object.fromEntries(
        ["key", "id", "name", "kind", "team", "domain"].map((f) => [f, get(fieldName("p", i, f))]),
      ),
    );
  const handoffs: Record<string, unknown>[] = [];
  for (let i = 0; i < LIMITS.handoffs.max && params.has(fieldName("h", i, "label")); i++) {
    const row: Record<string, unknown> = Object.fromEntries(
      ["key", "id", "from", "to", "label", "trigger"].map((f) => [f, get(fieldName("h", i, f))]),
    );
    row.answers = Object.fromEntries(
      HANDOFF_QUESTIONS.map((q) => [q.id, get(fieldName("h", i, q.id))]),
    );
    row.touched = HANDOFF_QUESTIONS.map((q) => q.id);
    handoffs.push(row);
  }
  const answers = Object.fromEntries(
    MAP_LEVEL_QUESTIONS.map((q) => [q.id, get(answerField(q.id))]),
  );
  let draft = sanitiseDraft({ name: get("name"), participants, handoffs, answers });
  if (!draft) return undefined;
  const add = params.get("add");
  if (add === "participant") draft = addParticipant(draft);
  if (add === "handoff") draft = addHandoff(draft);
  const remove = params.get("remove") ?? "";
  if (remove.startsWith("p.")) draft = removeParticipant(draft, remove.slice(2));
  if (remove.startsWith("h.")) draft = removeHandoff(draft, remove.slice(2));
  const up = params.get("up");
  if (up) draft = moveHandoff(draft, up, -1);
  const down = params.get("down");
  if (down) draft = moveHandoff(draft, down, 1);
  return draft;
}
