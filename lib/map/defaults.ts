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
 * defaults: a missing answer is `unsure`. `undo` defaults to `none`.
 *
 * @example
 * formDefaults("Order placed", "service").intent // → "tell"
 */
export function formDefaults(label: string, toKind: ParticipantKind): FullHandoffAnswers {
  throw new Error(`not implemented yet: ${label} ${toKind}`);
}
