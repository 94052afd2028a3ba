/**
 * The words the map pages put around Map Result JSON ids: kinds, transports, styles, flags and
 * one-flow verdicts of a scope. Pure; shared by the page, the embed and the Open Graph image.
 */
import {
  ORCHESTRATING_PATTERNS,
  type HandoffKind,
  type HandoffResult,
  type MapFlagId,
  type MapResult,
  type MapStyle,
  type ScopeResult,
  type Transport,
} from "../map";
import { DELIVERY_WORDS, deliverySentence } from "../map/delivery";
import { patternTitle } from "./one-flow-words";

export { DELIVERY_WORDS, deliverySentence };

export const KIND_WORDS: Record<HandoffKind, string> = {
  command: "Command",
  event: "Event",
  query: "Query",
  reply: "Reply",
};

export const TRANSPORT_WORDS: Record<Transport, string> = {
  "sync-call": "Synchronous call",
  queue: "Queue (asynchronous command)",
  broker: "Broker (publish/subscribe)",
  activity: "Activity of its scope",
  "in-process": "Inside one service",
};

/**
 * A hand-off's transport in words, with its delivery when it has one.
 *
 * @example
 * transportWords({ transport: "broker", delivery: "webhook" })
 * // → "Broker (publish/subscribe), then a webhook to their endpoint"
 */
export function transportWords(h: Pick<HandoffResult, "transport" | "delivery">): string {
  const t = TRANSPORT_WORDS[h.transport];
  return h.delivery ? `${t}, ${DELIVERY_WORDS[h.delivery]}` : t;
}

/**
 * A scope's title after its id: "Parallel saga owned by Billing", or "Long-running step owned by
 * Billing" for a one-step scope (MAP.md §6.7).
 */
export function scopeTitle(scope: Pick<ScopeResult, "saga">, owner: string): string {
  return scope.saga
    ? `${scope.saga.name} saga owned by ${owner}`
    : `Long-running step owned by ${owner}`;
}

export { patternTitle };

export const STYLE_WORDS: Record<MapStyle, string> = {
  hybrid: "Hybrid",
  orchestration: "Orchestration",
  choreography: "Choreography",
  direct: "Direct calls and queues",
};

export const FLAG_TITLES: Record<MapFlagId, string> = {
  "passive-aggressive-event": "Passive-aggressive event",
  "sync-chain": "Chain of synchronous calls",
  pinball: "Pinball",
  "horror-story": "Horror Story saga",
  "keep-invariant-local": "Keep the invariant in one service",
  outbox: "Transactional outbox",
  "choreographed-compensation": "Compensation spread over receivers",
  "scope-spans-teams": "Scope spans four or more teams",
  "scope-dissolved": "Scope dissolved",
};

/**
 * The scope card's one-flow verdict in words (MAP.md §7.2 item 1): "Orchestration", or "Hybrid:
 * this scope is its orchestrated part" and the first orchestrating pattern's title.
 *
 * @example
 * scopeVerdictWords({ verdict: "orchestration", hybrid: [] }) // → "Orchestration"
 */
export function scopeVerdictWords(
  oneFlow: Pick<ScopeResult["oneFlow"], "verdict" | "hybrid">,
): string {
  if (oneFlow.verdict === "orchestration") return "Orchestration";
  if (oneFlow.verdict === "hybrid") {
    const first = oneFlow.hybrid.find((id) =>
      (ORCHESTRATING_PATTERNS as readonly string[]).includes(id),
    );
    return `Hybrid: this scope is its orchestrated part${first ? ` (${patternTitle(first)})` : ""}`;
  }
  return oneFlow.verdict === "choreography" ? "Choreography" : "Too early to say";
}

/**
 * The map's style headline: "Hybrid: Orchestrate the core, choreograph side effects" and so on.
 *
 * @example
 * styleHeadline({ style: "direct", pattern: null }) // → "Direct calls and queues"
 * styleHeadline({ style: "direct", pattern: null, counts: { kinds: { event: 1 } } })
 * // → "Direct commands, with events"
 */
export function styleHeadline(
  result: Pick<MapResult, "style" | "pattern"> & { counts?: Pick<MapResult["counts"], "kinds"> },
): string {
  // A direct map may publish events too (MAP.md §6.8, CONTRACT-NOTES.md item 15).
  if (result.style === "direct" && (result.counts?.kinds.event ?? 0) > 0) {
    return "Direct commands, with events";
  }
  const words = STYLE_WORDS[result.style];
  return result.pattern ? `${words}: ${patternTitle(result.pattern)}` : words;
}

/** A participant's name by id, or the id when the map has no such participant. */
export function participantNamer(
  result: Pick<MapResult, "participants">,
): (id: string | null) => string {
  const names = new Map(result.participants.map((p) => [p.id, p.name]));
  return (id) => (id === null ? "" : (names.get(id) ?? id));
}
