/**
 * Flag badge numbers: one number per distinct flag id, shared by the diagram's badges, the hand-off
 * table and the list of flags, so badge "2" on an edge means the same flag in all three.
 */
import { flagIdOf, type DiagramHandoff } from "./input";

/**
 * The badge number of each flag id: 1, 2, … in the order the flags first appear over the hand-offs
 * (input order, each hand-off's flags in their order), then any `extra` ids (map-level flags that
 * sit on no hand-off) not seen yet.
 *
 * @example
 * flagNumbers([{ flags: ["outbox"] }, { flags: ["pinball", "outbox"] }]) // → Map { outbox → 1, pinball → 2 }
 */
export function flagNumbers(
  handoffs: readonly Pick<DiagramHandoff, "flags">[],
  extra: readonly string[] = [],
): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  const add = (id: string) => {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  };
  for (const handoff of handoffs) for (const flag of handoff.flags) add(flagIdOf(flag));
  for (const id of extra) add(id);
  return numbers;
}
