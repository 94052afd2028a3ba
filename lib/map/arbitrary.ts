/**
 * fast-check arbitraries of valid Map JSON, for the property and fuzz tests (test support: not
 * exported from `lib/map/index.ts`). Small pools of teams, domains and labels make boundaries,
 * shared receivers and chains common.
 */
import fc from "fast-check";
import {
  HANDOFF_QUESTIONS,
  MAP_LEVEL_QUESTIONS,
  PARTICIPANT_KINDS,
  type MapHandoff,
  type MapJson,
} from "./types";

const TEAMS = ["", "Orders", "Payments", "Kitchen", "Shipping", "Support"];
const DOMAINS = ["", "Sales", "Billing", "Fulfilment"];
const LABELS = [
  "Create order",
  "Order placed",
  "Charge card",
  "Get price",
  "Reserve stock",
  "Ship",
  "Approve",
  "Notify",
];

const answersArb = (questions: readonly { id: string; options: readonly string[] }[]) =>
  fc
    .record(
      Object.fromEntries(
        questions.map((q) => [q.id, fc.constantFrom(undefined, "unsure", ...q.options)]),
      ) as Record<string, fc.Arbitrary<string | undefined>>,
    )
    .map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)));

/** A valid Map JSON: 2–12 participants, 1–20 hand-offs, any answers (including none). */
export const mapArb: fc.Arbitrary<MapJson> = fc
  .record({
    name: fc.constantFrom(undefined, "Checkout", "Trip"),
    participants: fc.array(
      fc.record({
        kind: fc.constantFrom(...PARTICIPANT_KINDS, "service", "service"),
        team: fc.constantFrom(...TEAMS),
        domain: fc.constantFrom(...DOMAINS),
      }),
      { minLength: 2, maxLength: 12 },
    ),
    handoffs: fc.array(
      fc.record({
        from: fc.nat(),
        step: fc.integer({ min: 1, max: 11 }),
        label: fc.constantFrom(...LABELS),
        trigger: fc.oneof(fc.constant(undefined), fc.constant(null), fc.nat()),
        answers: answersArb(HANDOFF_QUESTIONS),
      }),
      { minLength: 1, maxLength: 20 },
    ),
    answers: answersArb(MAP_LEVEL_QUESTIONS),
  })
  .map(({ name, participants, handoffs, answers }) => {
    const n = participants.length;
    const map: MapJson = {
      map: 1,
      ...(name ? { name } : {}),
      participants: participants.map((p, i) => ({
        id: `p${i}`,
        name: `Participant ${i}`,
        kind: p.kind,
        ...(p.team ? { team: p.team } : {}),
        ...(p.domain ? { domain: p.domain } : {}),
      })),
      handoffs: handoffs.map((h, i) => {
        const from = h.from % n;
        const to = (from + 1 + (h.step % (n - 1))) % n;
        const out: MapHandoff = {
          id: `h${i}`,
          from: `p${from}`,
          to: `p${to}`,
          label: h.label,
          answers: h.answers as MapHandoff["answers"],
        };
        if (h.trigger === null) out.trigger = null;
        else if (typeof h.trigger === "number" && i > 0) out.trigger = `h${h.trigger % i}`;
        return out;
      }),
      answers: answers as MapJson["answers"],
    };
    return map;
  });
