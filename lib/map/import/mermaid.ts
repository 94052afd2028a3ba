/**
 * Import of a Mermaid sequence diagram (MAP.md §11): a line parser for a subset of the syntax
 * (mermaid.js.org, "Sequence diagrams"). Pure.
 */
import { LIMITS } from "../defaults";
import type { MapError, MapHandoff, MapParticipant } from "../types";
import { cut, finish, importLimits, slugFor, type MapImportResult } from "./draft";

/** Lines the import reads past: notes, blocks, their ends, numbering, activations, boxes, titles. */
const IGNORED =
  /^(note|alt|else|opt|par|and|loop|critical|option|break|rect|end|autonumber|activate|deactivate|box|title|accTitle|accDescr|links?|destroy)\b/i;
const DECLARATION = /^(?:create\s+)?(participant|actor)\s+(.+?)(?:\s+as\s+(.+))?$/i;
// Longest arrows first, so `-->>` is not read as `-->` followed by `>`.
const MESSAGE = /^(.+?)\s*(-->>|->>|--\)|-\)|--x|-x|-->|->)\s*[+-]?\s*([^:]+?)\s*:(.*)$/;

interface Actor {
  key: string;
  name: string;
  kind: "service" | "client";
}

/**
 * A draft Map JSON from a Mermaid sequence diagram. Solid arrows (`->>`, `->`) give
 * `current: call`. The async arrows, open (`-)`, `--)`) or crossed (`-x`, `--x`), give
 * `current: message` and are never replies: Mermaid's arrow table calls both open arrows async
 * (mermaid.js.org, "Sequence diagrams", Messages). A dotted arrow with a filled head or none
 * (`-->>`, `-->`) back to the sender of an open request is that request's reply and is not a
 * hand-off; any other such dotted arrow is a hand-off with `current: message`. A solid or async
 * hand-off is a request that a later reply can answer. Self-messages are
 * skipped. Errors name the line number.
 *
 * @example
 * importMermaid("sequenceDiagram\nA->>B: Create order").ok // → true
 */
export function importMermaid(text: string): MapImportResult {
  const lines = text.split(/\r\n|\r|\n/);
  const actors = new Map<string, Actor>();
  const order: Actor[] = [];
  const errors: MapError[] = [];
  const actor = (key: string, name?: string, kind: Actor["kind"] = "service") => {
    let a = actors.get(key);
    if (!a) {
      a = { key, name: name ?? key, kind };
      actors.set(key, a);
      order.push(a);
    } else if (name) {
      a.name = name;
      a.kind = kind;
    }
    return a;
  };
  const messages: { from: Actor; to: Actor; label: string; current: "call" | "message" }[] = [];
  const open: { from: Actor; to: Actor }[] = [];
  let started = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/%%.*$/, "").trim();
    if (!line) return;
    const at = `line ${i + 1}`;
    if (!started) {
      if (/^sequenceDiagram\b/.test(line)) started = true;
      else errors.push({ field: "text", message: `${at}: expected "sequenceDiagram" first` });
      return;
    }
    if (IGNORED.test(line)) return;
    const declared = DECLARATION.exec(line);
    if (declared) {
      const key = unquote(declared[2]!);
      actor(
        key,
        declared[3] ? unquote(declared[3]) : key,
        declared[1]!.toLowerCase() === "actor" ? "client" : "service",
      );
      return;
    }
    const m = MESSAGE.exec(line);
    if (!m) {
      errors.push({
        field: "text",
        message: `${at}: not a line this import reads: ${JSON.stringify(cut(line, 40))}`,
      });
      return;
    }
    const from = actor(unquote(m[1]!));
    const to = actor(unquote(m[3]!));
    const arrow = m[2]!;
    const label = m[4]!.trim() || "Message";
    if (from === to) return;
    const async = arrow.endsWith(")") || arrow.endsWith("x");
    if (arrow.startsWith("--") && !async) {
      const request = open.findLastIndex((r) => r.from === to && r.to === from);
      if (request >= 0) {
        open.splice(request, 1);
        return;
      }
      messages.push({ from, to, label, current: "message" });
      return;
    }
    open.push({ from, to });
    messages.push({ from, to, label, current: async ? "message" : "call" });
  });
  if (!started && errors.length === 0) {
    errors.push({ field: "text", message: 'line 1: expected "sequenceDiagram" first' });
  }
  if (errors.length) return { ok: false, errors };
  const limits = importLimits(order.length, messages.length);
  if (limits.length) return { ok: false, errors: limits };

  const taken = new Set<string>();
  const ids = new Map<Actor, string>();
  const participants: MapParticipant[] = order.map((a) => {
    const id = slugFor(a.name, taken);
    ids.set(a, id);
    return { id, name: cut(a.name, LIMITS.participantNameLength), kind: a.kind };
  });
  const handoffs: MapHandoff[] = messages.map((msg, i) => ({
    id: slugFor(`h${i + 1}`, taken),
    from: ids.get(msg.from)!,
    to: ids.get(msg.to)!,
    label: cut(msg.label, LIMITS.labelLength),
    answers: { current: msg.current },
  }));
  return finish(
    { map: 1, participants, handoffs },
    handoffs.map((_, i) => `handoffs[${i}].answers.current`),
  );
}

function unquote(text: string): string {
  const t = text.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}
