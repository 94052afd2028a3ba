/**
 * How a hand-off reaches a person or another company (MAP.md §6.4 T8), in words: shared by the map
 * page, the embed and the ADR. Pure, no imports beyond types.
 */
import type { Delivery, HandoffResult } from "./types";

/** A delivery's words, written after the transport's ("Broker (publish/subscribe), then …"). */
export const DELIVERY_WORDS: Record<Delivery, string> = {
  notification: "then a notification (email, SMS or push)",
  "user-task": "as a request the person acts on (a user task, or a message with a link)",
  webhook: "then a webhook to their endpoint",
  "partner-api": "to their API, with an idempotency key",
};

/**
 * T8's sentence on a hand-off (how it reaches a person or another company), or null when T8 did
 * not fire. T8 sets no kind, transport or scope, so it is never the `reason`: pages show it beside.
 *
 * @example deliverySentence({ explanations: [] }) // → null
 */
export function deliverySentence(h: Pick<HandoffResult, "explanations">): string | null {
  return h.explanations.find((e) => e.rule === "T8")?.sentence ?? null;
}
