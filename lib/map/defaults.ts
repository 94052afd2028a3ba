/** Limits (MAP.md §9) and the editor's form defaults (MAP.md §4.1). */
import type { FullHandoffAnswers, ParticipantKind } from "./types";

export const LIMITS = {
  participants: { min: 2, max: 12 },
  handoffs: { min: 1, max: 20 },
  nameLength: 60,
  participantNameLength: 32,
  labelLength: 32,
  teamLength: 24,
  domainLength: 24,
  /** All distinct text of a map (name, ids, names, teams, domains, labels), UTF-8 bytes. */
  textBytes: 1000,
  idPattern: /^[a-z0-9][a-z0-9-]{0,23}$/,
} as const;

/**
 * The answers the form preselects for a new hand-off (MAP.md §4.1). Map JSON itself has no
 * defaults: a missing answer is `unsure`. `undo` defaults to `none`. `intent` is the one the
 * person chose, if any: §4.1 derives `wait`, `duration` and `together` from the intent, so they
 * follow a chosen intent rather than the label's. `together` is `yes` only for a tell from a
 * service (`fromKind`, default `service`).
 *
 * @example
 * formDefaults("Order placed", "service").intent // → "tell"
 * formDefaults("Email customer", "service", "tell").wait // → "no-wait"
 * formDefaults("Agreement signed", "service", "tell", "client").together // → "no"
 */
export function formDefaults(
  label: string,
  toKind: ParticipantKind,
  intent: "do" | "tell" | "ask" = intentOf(label, toKind),
  fromKind: ParticipantKind = "service",
): FullHandoffAnswers {
  return {
    intent,
    wait: intent === "ask" ? "user-waits" : intent === "do" ? "sender-waits" : "no-wait",
    undo: "none",
    duration: toKind === "person" ? "days-or-person" : intent === "ask" ? "instant" : "seconds",
    // Only a service of yours commits data that a message must agree with: a client, a person or
    // a partner has no transaction of yours to put an outbox in (new user review 4, N5).
    together: intent === "tell" && fromKind === "service" ? "yes" : "no",
    current: "not-decided",
  };
}

const ASKING = new Set(["get", "fetch", "find", "check", "list"]);
/**
 * First words that, on a hand-off to a person, say the sender informs them ("Notify owner"): a
 * notification, not work asked of them (new-user review 5).
 */
const INFORMING = new Set(["notify", "remind", "inform", "alert"]);
/**
 * Sending verbs that inform a person only with one of `NOTICES` next ("Send reminder", "Email
 * receipt"); "Send contract for signature" asks them to act, and stays `do`.
 */
const SENDING = new Set(["send", "email", "text", "sms"]);
const NOTICES = new Set([
  "reminder",
  "notification",
  "receipt",
  "confirmation",
  "update",
  "alert",
  "notice",
  "summary",
  "statement",
]);
/** Common irregular past participles that name a fact ("Payment made", "Order sent"). */
const IRREGULAR_PAST = new Set([
  "sent",
  "paid",
  "made",
  "done",
  "built",
  "sold",
  "won",
  "lost",
  "held",
  "kept",
  "left",
  "met",
  "bought",
  "brought",
  "caught",
  "taught",
  "thought",
  "found",
  "given",
  "taken",
  "written",
  "chosen",
  "frozen",
  "broken",
  "spent",
  "set",
  "put",
  "shut",
  "split",
  "begun",
  "run",
  "read",
]);

/**
 * `tell` for a past-tense label ("Order placed"), or for a label to a person that starts with
 * notify, remind, inform or alert, or with send, email, text or SMS and then a notice ("Send
 * reminder", "Email receipt"); `ask` for
 * get/fetch/find/check/list; else `do`. A condition in brackets at the end ("Charge card [card
 * declined]", kept there by the Mermaid import for a hand-off on a branch) is not read: its tense
 * is the condition's, not the message's.
 */
function intentOf(label: string, toKind: ParticipantKind): "do" | "tell" | "ask" {
  const message = label.replace(/\s*\[[^\]]*\]\s*$/, "") || label;
  const words = message.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words[0] && ASKING.has(words[0])) return "ask";
  if (
    toKind === "person" &&
    words[0] &&
    (INFORMING.has(words[0]) ||
      (SENDING.has(words[0]) && words[1] !== undefined && NOTICES.has(words[1].replace(/s$/, ""))))
  )
    return "tell";
  const past = words.some(
    (w, i) =>
      (i > 0 || words.length === 1) &&
      ((w.length > 3 && w.endsWith("ed") && !w.endsWith("eed")) || IRREGULAR_PAST.has(w)),
  );
  return past ? "tell" : "do";
}
