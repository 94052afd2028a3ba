/**
 * Facts Baton derives before the rules (MAP.md §5), map model 1: boundaries, receivers, effective
 * triggers, and the answers with `unsure` filled in. Pure.
 */
import {
  HANDOFF_QUESTIONS,
  type Boundary,
  type FullHandoffAnswers,
  type MapParticipant,
  type ParticipantKind,
  type ValidMap,
} from "../types";

export interface Participant {
  id: string;
  name: string;
  kind: ParticipantKind;
  team: string | undefined;
  domain: string | undefined;
}

export interface HandoffFacts {
  index: number;
  id: string;
  label: string;
  from: Participant;
  to: Participant;
  answers: FullHandoffAnswers;
  /** The effective trigger (§3): the given one, or the latest earlier hand-off into `from`. */
  trigger: HandoffFacts | null;
  /** The map says `trigger: null`: it starts on its own (§3), not merely after nothing. */
  startsOnItsOwn: boolean;
  boundary: Boundary;
  receivers: number;
  /** `current` is `event`, or undecided with `intent: tell` (§2, §5). */
  describedAsEvent: boolean;
  waits: boolean;
  long: boolean;
}

export const STEP_UNDO = ["compensate", "pivot", "retry", "atomic"] as const;

/** Whether B's work is a step of the outcome: it must be undone, retried, or is the pivot. */
export function isStep(h: HandoffFacts): boolean {
  return (STEP_UNDO as readonly string[]).includes(h.answers.undo);
}

export function participantOf(p: MapParticipant): Participant {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind ?? "service",
    team: p.team || undefined,
    domain: p.domain || undefined,
  };
}

/** The boundary a hand-off crosses (§5). */
export function boundaryOf(a: Participant, b: Participant): Boundary {
  if (a.kind === "external" || b.kind === "external") return "external";
  if (a.domain && b.domain && a.domain !== b.domain) return "domain";
  if (a.team && b.team && a.team !== b.team) return "team";
  if (a.team && b.team && a.domain && b.domain) return "same";
  return "unknown";
}

const labelKey = (label: string) => label.trim().toLowerCase();

/** Every hand-off's facts, in input order. */
export function factsOf(map: ValidMap): { participants: Participant[]; handoffs: HandoffFacts[] } {
  const participants = map.participants.map(participantOf);
  const byId = new Map(participants.map((p) => [p.id, p]));
  const handoffs: HandoffFacts[] = [];
  const byHandoffId = new Map<string, HandoffFacts>();
  // Receivers (§5): hand-offs with the same sender and label, counted once for the map.
  const messageKey = (h: { from: string; label: string }) => `${h.from}\n${labelKey(h.label)}`;
  const receiversOf = new Map<string, number>();
  for (const h of map.handoffs) {
    const key = messageKey(h);
    receiversOf.set(key, (receiversOf.get(key) ?? 0) + 1);
  }
  for (const [index, h] of map.handoffs.entries()) {
    const from = byId.get(h.from)!;
    const to = byId.get(h.to)!;
    const answers = Object.fromEntries(
      HANDOFF_QUESTIONS.map((q) => [q.id, h.answers?.[q.id] ?? "unsure"]),
    ) as FullHandoffAnswers;
    let trigger: HandoffFacts | null = null;
    if (typeof h.trigger === "string") trigger = byHandoffId.get(h.trigger) ?? null;
    else if (h.trigger === undefined) {
      trigger = handoffs.findLast((earlier) => earlier.to.id === from.id) ?? null;
    }
    const receivers = receiversOf.get(messageKey(h))!;
    const undecided = answers.current === "not-decided" || answers.current === "unsure";
    const facts: HandoffFacts = {
      index,
      id: h.id,
      label: h.label,
      from,
      to,
      answers,
      trigger,
      startsOnItsOwn: h.trigger === null,
      boundary: boundaryOf(from, to),
      receivers,
      describedAsEvent: answers.current === "event" || (undecided && answers.intent === "tell"),
      waits: answers.wait === "user-waits" || answers.wait === "sender-waits",
      long: ["minutes", "hours", "days-or-person"].includes(answers.duration),
    };
    handoffs.push(facts);
    byHandoffId.set(h.id, facts);
  }
  return { participants, handoffs };
}
