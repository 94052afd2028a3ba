/**
 * Import of AsyncAPI 3 documents (MAP.md §11; AsyncAPI 3.0.0 specification: `info.title`,
 * `channels.*.address`, `operations.*.action` send/receive, `operations.*.reply`). Pure: parses
 * with the `yaml` package (JSON is YAML), resolves local `$ref`s only.
 */
import { parseAllDocuments } from "yaml";
import { LIMITS } from "../defaults";
import type { MapError, MapHandoff, MapParticipant } from "../types";
import { kindsNote } from "./mermaid";
import {
  clashNote,
  cut,
  cutAllNoted,
  finish,
  importLimits,
  slugFor,
  slugNoted,
  unfence,
  type MapImportResult,
} from "./draft";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

interface Doc {
  title: string;
  sends: { address: string; message: string; reply: boolean }[];
  receives: Set<string>;
}

/**
 * A draft Map JSON from one or more AsyncAPI 3 documents separated by `---`: one participant per
 * document (`info.title`); a `send` in one document and a `receive` in another on the same channel
 * address make a hand-off labelled by the message name (or the address); `reply` sets
 * `wait: sender-waits`; a channel with two or more receiving documents sets `current: event`,
 * otherwise `current: message`. AsyncAPI 2.x is refused. Errors name the document.
 *
 * @example
 * importAsyncApi(orderDoc + "\n---\n" + paymentDoc).ok // → true
 */
export function importAsyncApi(text: string): MapImportResult {
  const errors: MapError[] = [];
  const docs: Doc[] = [];
  let parsed;
  try {
    // Markdown code fences around the documents are dropped (line numbers kept).
    parsed = parseAllDocuments(unfence(text, "all"));
  } catch {
    return { ok: false, errors: [{ field: "text", message: "not YAML or JSON" }] };
  }
  const list = Array.isArray(parsed) ? parsed : [];
  list.forEach((document, i) => {
    const at = `document ${i + 1}`;
    if (document.errors.length) {
      const e = document.errors[0]!;
      const line = e.linePos?.[0]?.line;
      errors.push({
        field: "text",
        message: `${at}${line ? `, line ${line}` : ""}: ${e.message.split("\n")[0]}`,
      });
      return;
    }
    let root: unknown;
    try {
      root = document.toJS({ maxAliasCount: 50 });
    } catch {
      errors.push({ field: "text", message: `${at}: too many YAML aliases` });
      return;
    }
    if (root === null || root === undefined) return;
    const doc = docOf(root, at, errors);
    if (doc) docs.push(doc);
  });
  if (errors.length) return { ok: false, errors };
  if (docs.length === 0) {
    return { ok: false, errors: [{ field: "text", message: "no AsyncAPI document found" }] };
  }

  const handoffs: { from: number; to: number; label: string; event: boolean; reply: boolean }[] =
    [];
  docs.forEach((doc, from) => {
    for (const send of doc.sends) {
      const receivers = docs
        .map((d, i) => (i !== from && d.receives.has(send.address) ? i : -1))
        .filter((i) => i >= 0);
      for (const to of receivers) {
        handoffs.push({
          from,
          to,
          label: send.message,
          event: receivers.length >= 2,
          reply: send.reply,
        });
      }
    }
  });
  const limits = importLimits(docs.length, handoffs.length);
  if (limits.length) return { ok: false, errors: limits };
  const taken = new Set<string>();
  const notes: string[] = [];
  // Shortened as a Mermaid import's are: titles or labels that differ keep telling apart.
  const names = cutAllNoted(
    docs.map((d) => d.title),
    LIMITS.participantNameLength,
    () => "info.title",
  );
  const participants: MapParticipant[] = docs.map((d, i) => {
    const { id, note: idNote } = slugNoted(d.title, taken);
    for (const note of [names.notes[i], idNote])
      if (note) notes.push(`Document ${i + 1}: ${note}.`);
    return { id, name: names.texts[i]!, kind: "service" };
  });
  for (const group of names.clashes) notes.push(`${clashNote(group.map((i) => docs[i]!.title))}.`);
  const labels = cutAllNoted(
    handoffs.map((h) => h.label),
    LIMITS.labelLength,
    (i) => `hand-off ${i + 1}'s label`,
  );
  for (const group of labels.clashes)
    notes.push(`${clashNote(group.map((i) => handoffs[i]!.label))}.`);
  const imported: string[] = [];
  const out: MapHandoff[] = handoffs.map((h, i) => {
    imported.push(`handoffs[${i}].answers.current`);
    if (h.reply) imported.push(`handoffs[${i}].answers.wait`);
    if (labels.notes[i]) notes.push(`Document ${h.from + 1}: ${labels.notes[i]}.`);
    return {
      id: slugFor(`h${i + 1}`, taken),
      from: participants[h.from]!.id,
      to: participants[h.to]!.id,
      label: labels.texts[i]!,
      answers: {
        ...(h.reply ? { wait: "sender-waits" as const } : {}),
        current: h.event ? "event" : "message",
      },
    };
  });
  if (out.length === 0) {
    return {
      ok: false,
      errors: [
        {
          field: "text",
          message:
            "no hand-offs: no channel address is sent by one document and received by another",
        },
      ],
    };
  }
  // AsyncAPI 3 says what an application sends and receives, not what it is: every participant is
  // imported as a service of yours, and the note says so, as a Mermaid import's does.
  notes.push(
    kindsNote(
      participants.map((p) => p.name),
      "the documents",
    ),
  );
  return finish({ map: 1, participants, handoffs: out }, imported, notes);
}

function docOf(root: unknown, at: string, errors: MapError[]): Doc | null {
  if (!isObject(root)) {
    errors.push({ field: "text", message: `${at}: not an AsyncAPI document` });
    return null;
  }
  const version = String(root.asyncapi ?? "");
  if (/^2\./.test(version)) {
    errors.push({
      field: "text",
      message: `${at}: AsyncAPI ${version} is not supported; convert it to AsyncAPI 3 first (the AsyncAPI CLI's "asyncapi convert")`,
    });
    return null;
  }
  if (!/^3\./.test(version)) {
    errors.push({
      field: "text",
      message: `${at}: "asyncapi" must be a 3.x version, found ${JSON.stringify(cut(version, 20))}`,
    });
    return null;
  }
  const info = isObject(root.info) ? root.info : {};
  const title = typeof info.title === "string" && info.title.trim() ? info.title.trim() : "";
  if (!title) {
    errors.push({ field: "text", message: `${at}: info.title is missing` });
    return null;
  }
  const resolve = (value: unknown, depth = 0): unknown => {
    if (!isObject(value) || typeof value.$ref !== "string" || depth > 10) return value;
    const ref = value.$ref;
    if (!ref.startsWith("#/")) return undefined;
    let node: unknown = root;
    for (const part of ref.slice(2).split("/")) {
      const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
      node = isObject(node) ? node[key] : undefined;
    }
    return resolve(node, depth + 1);
  };
  const refName = (value: unknown): string | undefined =>
    isObject(value) && typeof value.$ref === "string" ? value.$ref.split("/").at(-1) : undefined;
  const doc: Doc = { title, sends: [], receives: new Set() };
  const operations = isObject(root.operations) ? root.operations : {};
  for (const [key, raw] of Object.entries(operations)) {
    const op = resolve(raw);
    if (!isObject(op)) continue;
    const channel = resolve(op.channel);
    if (!isObject(channel)) {
      errors.push({
        field: "text",
        message: `${at}: operations.${key}.channel is not a local channel`,
      });
      continue;
    }
    const channelKey = refName(op.channel) ?? key;
    const address =
      typeof channel.address === "string" && channel.address ? channel.address : channelKey;
    if (op.action === "receive") doc.receives.add(address);
    else if (op.action === "send") {
      const listed = Array.isArray(op.messages) && op.messages.length > 0;
      const first: unknown = listed ? (op.messages as unknown[])[0] : firstMessage(channel);
      const message = resolve(first);
      // The message's name, else its title, else its key in the channel's `messages` map (its
      // messageId, AsyncAPI 3.0.0 §Channel Object "messages"), else the address.
      const name =
        (isObject(message) && typeof message.name === "string" && message.name) ||
        (isObject(message) && typeof message.title === "string" && message.title) ||
        refName(first) ||
        (!listed && isObject(channel.messages) ? Object.keys(channel.messages)[0] : undefined) ||
        address;
      doc.sends.push({
        address,
        message: name,
        reply: op.reply !== undefined && op.reply !== null,
      });
    } else {
      errors.push({
        field: "text",
        message: `${at}: operations.${key}.action must be send or receive`,
      });
    }
  }
  return doc;
}

function firstMessage(channel: Json): unknown {
  return isObject(channel.messages) ? Object.values(channel.messages)[0] : undefined;
}
