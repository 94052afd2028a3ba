/**
 * What the diagram reads from a map and its result: a structural subset of Map JSON (MAP.md §3)
 * and Map Result JSON (§8), so the renderer depends on field names, not on the rule code.
 */

/** A participant as drawn: a box, a dashed box (`external`) or a box with a person icon. */
export interface DiagramParticipant {
  id: string;
  name: string;
  /** `service` when absent (MAP.md §3). */
  kind?: "service" | "client" | "person" | "external" | undefined;
}

/** A flag on a hand-off: its id, or an object that carries it. */
export type DiagramFlag = string | { id: string };

/** One recommended hand-off (MAP.md §8). Replies are not drawn; they ride on their request. */
export interface DiagramHandoff {
  id: string;
  from: string;
  to: string;
  label: string;
  kind: "command" | "event" | "query" | "reply";
  transport: "sync-call" | "queue" | "broker" | "activity" | "in-process";
  scopeId: string | null;
  flags: readonly DiagramFlag[];
}

/** One orchestrated scope (MAP.md §6.3, §8). */
export interface DiagramScope {
  id: string;
  owner: string;
  /** The owner and its members' receivers. */
  participants: readonly string[];
  parent: string | null;
  saga: { name: string } | null;
  /** The scope's implementation form id (MAP.md §7.2), or null. */
  form: string | null;
}

/** Everything the diagram draws. */
export interface DiagramInput {
  /** The map name: the SVG's `<title>`. Empty or null gives "Flow map". */
  name: string | null;
  /** The summary sentence: the SVG's `<desc>`. */
  summary: string;
  participants: readonly DiagramParticipant[];
  handoffs: readonly DiagramHandoff[];
  scopes: readonly DiagramScope[];
}

/** The id a hand-off's flag carries, whichever shape it has. */
export function flagIdOf(flag: DiagramFlag): string {
  return typeof flag === "string" ? flag : flag.id;
}
