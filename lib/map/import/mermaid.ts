/**
 * Import of a Mermaid sequence diagram (MAP.md §11): a line parser for a subset of the syntax
 * (mermaid.js.org, "Sequence diagrams"). Pure.
 */
import { LIMITS } from "../defaults";
import { FORBIDDEN_TEXT } from "../validate";
import type { MapError, MapHandoff, MapParticipant } from "../types";
import {
  cut,
  clashNote,
  cutAllNoted,
  cutNoted,
  shortened,
  finish,
  handoffList,
  importLimits,
  slugFor,
  quote,
  slugNoted,
  unfence,
  type MapImportResult,
} from "./draft";

/** Lines the import reads past: numbering, activations, titles, links, destruction. */
const IGNORED = /^(autonumber|activate|deactivate|title|accTitle|accDescr|links?|destroy)\b/i;
/** A `Note` line; the map has no notes, so each is named in an import note. */
const NOTE = /^note\b[^:]*:?(.*)$/i;
/** An arrow anywhere in a line: a line with one but no colon is a message without its text. */
const ARROW = /<<-->>|<<->>|-->>|->>|--\)|-\)|--x|-x|-->|->/;
/** A block opens: the control-flow blocks, and `rect`/`box`, which only group or colour. */
const BLOCK = /^(alt|opt|loop|par_over|par|critical|break|rect|box)\b\s*(.*)$/i;
/** The next branch of the innermost block: `else` (alt), `and` (par), `option` (critical). */
const ARM = /^(else|and|option)\b\s*(.*)$/i;
const END = /^end\b/i;
/** At most this many line errors are listed; one more error counts the rest. */
const MAX_ERRORS = 20;
const DECLARATION = /^(?:create\s+)?(participant|actor)\s+(.+?)(?:\s+as\s+(.+))?$/i;
// Longest arrows first, so `-->>` is not read as `-->` followed by `>`, nor `<<->>` as a sender
// named "A<<". A `()` on either side of the arrow (a central connection, Mermaid 11.12) is read past.
const MESSAGE =
  /^(.+?)\s*(?:\(\))?(<<-->>|<<->>|-->>|->>|--\)|-\)|--x|-x|-->|->)(?:\(\))?\s*[+-]?\s*([^:]+?)\s*:(.*)$/;

interface Actor {
  key: string;
  name: string;
  kind: "service" | "person";
  /** The line (0-based) it first appears on. */
  line: number;
  /** The line of its `actor` declaration, if it has one. */
  actorLine?: number;
  /** It has a `participant` or `actor` line. */
  declared?: boolean;
}

/** An `alt`, `opt`, `loop`, `par`, `critical` or `break` block; arms are its branches. */
interface Block {
  id: number;
  keyword: string;
  first: number;
  last: number;
  arms: string[];
}

/** Where a message sits: the arm it is in, per enclosing control-flow block (outermost first). */
type Path = { block: number; arm: number }[];

/** Two messages on different branches of one block: neither can have made the other happen. */
const apart = (a: Path, b: Path) =>
  a.some((x) => b.some((y) => y.block === x.block && y.arm !== x.arm));

/**
 * A draft Map JSON from a Mermaid sequence diagram. Solid arrows (`->>`, `->`) give
 * `current: call`. The one-way arrows, open (`-)`, `--)`) or crossed (`-x`, `--x`), give
 * `current: message` and are never replies: Mermaid's arrow table calls the open arrows async and
 * draws the crossed ones as a line with a cross at the end (mermaid.js.org, "Sequence diagrams",
 * Messages); Baton reads both as messages nobody waits on. A dotted arrow with a filled head or none
 * (`-->>`, `-->`) back to the sender of an open request is that request's reply and is not a
 * hand-off; one back to the sender of a request already answered (the reply on the other branch
 * of an `alt`, or a second reply) answers it too, with a note that the replies were merged; any
 * other such dotted arrow is a hand-off with `current: message`. An async arrow also sets
 * `wait: no-wait` (the sender carries on without a reply; MAP.md §6.4 derives a synchronous call
 * from `wait`), with a note; a dotted one (`--)`, `--x`) also sets `intent: tell`, whatever the
 * label's tense (Baton draws events dashed; a solid one leaves intent to the label), with a note. A solid or async hand-off is a request that a later reply can answer. `actor` declares a participant of kind
 * `person` (Mermaid draws a person; MAP.md §2: someone who acts in the flow), with a note. A
 * two-way arrow (`<<->>` call, `<<-->>` message) becomes two hand-offs, one each way, with a
 * note. Blocks (`alt`, `opt`, `loop`, `par`, `critical`, `break`) keep their hand-offs in flow
 * order, with a note per block, and no trigger crosses branches; a hand-off on a branch of an
 * `alt`/`else`, `opt` or `break` keeps the branch's condition in its label (`guardedLabel`). A note
 * lists the participants whose kind the diagram did not set (`kindsNote`). Markdown code fences and front
 * matter are read past. Self-messages, `Note` lines and replies are not hand-offs, and a note
 * names each; so does a block left without `end` (an error beside the others when the import
 * fails for another reason), and a participant whose name another already has. Errors name the line number (a first line of another diagram type gives one error naming
 * it); `notes` say what the import changed, merged or dropped (MapImportResult).
 *
 * @example
 * importMermaid("sequenceDiagram\nA->>B: Create order").ok // → true
 */
export function importMermaid(text: string): MapImportResult {
  // Markdown code fences around the diagram are dropped (line numbers kept).
  const lines = unfence(text, "mermaid").split(/\r\n|\r|\n/);
  const actors = new Map<string, Actor>();
  const order: Actor[] = [];
  const errors: MapError[] = [];
  let lineAt = 0;
  /** Notes for the person importing, with the line (0-based) they are about, for source order. */
  const notes: { line: number; text: string }[] = [];
  const actor = (key: string, name?: string, kind: Actor["kind"] = "service") => {
    let a = actors.get(key);
    if (!a) {
      a = { key, name: name ?? key, kind, line: lineAt };
      // Another participant already has this name (`P->>Stripe` after `participant S as Stripe`).
      const same = order.find((o) => o.name.toLowerCase() === a!.name.toLowerCase());
      if (same)
        notes.push({
          line: lineAt,
          text:
            name === undefined
              ? `Line ${lineAt + 1}: ${quote(key)} is not a participant's key, but line ${same.line + 1} names ${quote(same.key)} ${quote(same.name)}, so this became a second participant with that name. Write ${quote(same.key)} if they are the same one.`
              : `Line ${lineAt + 1}: ${quote(key)} has the same name as ${quote(same.key)} (line ${same.line + 1}), ${quote(same.name)}: two participants. Rename one, or write ${quote(same.key)} for both if they are the same one.`,
        });
      actors.set(key, a);
      order.push(a);
    } else if (name) {
      if (name !== a.name && a.declared)
        notes.push({
          line: lineAt,
          text: `Line ${lineAt + 1}: ${quote(key)} is declared again (first on line ${a.line + 1} as ${quote(a.name)}): one participant, now named ${quote(name)}.`,
        });
      a.name = name;
      a.kind = kind;
    }
    if (name) a.declared = true;
    return a;
  };
  const messages: {
    from: Actor;
    to: Actor;
    label: string;
    current: "call" | "message";
    /** Drawn with an async arrow (`-)`, `--)`, `-x`, `--x`): nobody waits. */
    async?: boolean;
    /** A dotted async arrow (`--)`, `--x`): the sender tells what happened (intent tell). */
    tells?: boolean;
    path: Path;
    line: number;
  }[] = [];
  /** Requests not yet answered; `index` is the request's place in `messages`. */
  const open: { from: Actor; to: Actor; index: number }[] = [];
  /** Dotted arrows read as replies: the request each answers, and where the reply sits. */
  const replies: { request: number; line: number; label: string; path: Path }[] = [];
  /** `Note` lines and self-messages, which are not hand-offs: named in notes. */
  const dropped: { line: number; text: string }[] = [];
  const selfMessages: number[] = [];
  const blocks: Block[] = [];
  // Every open block, `rect` and `box` with `block` null, so each `end` closes the right one.
  const stack: { keyword: string; line: number; block: Block | null }[] = [];
  const path = (): Path =>
    stack.flatMap(({ block: b }) => (b ? [{ block: b.id, arm: b.arms.length - 1 }] : []));
  let started = false;
  // Mermaid's YAML front matter (`---`, `title:`/`config:`, `---`) may come before the diagram.
  let frontMatter = false;
  // The diagram's `title` (or the front matter's `title:`) names the map (new user review 4, N8).
  let title = "";
  let titleLine = 0;
  // Set after a first line that is not `sequenceDiagram`: one error, not one per later line.
  let stopped = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/%%.*$/, "").trim();
    if (!line || stopped) return;
    lineAt = i;
    const at = `line ${i + 1}`;
    if (!started) {
      if (line === "---" || frontMatter) {
        if (line === "---") frontMatter = !frontMatter;
        else {
          const titled = /^title\s*:\s*(.+)$/i.exec(line);
          if (titled) {
            title = titled[1]!.trim().replace(/^(["'])(.*)\1$/, "$2");
            titleLine = i;
          }
        }
        return;
      }
      if (/^sequenceDiagram\b/.test(line)) started = true;
      else {
        errors.push({ field: "text", message: `${at}: ${notSequence(line)}` });
        stopped = true;
      }
      return;
    }
    const titled = /^title\s*:?\s*(.*)$/i.exec(line);
    if (titled && titled[1]) {
      title = titled[1].trim();
      titleLine = i;
    }
    if (IGNORED.test(line)) return;
    const note = NOTE.exec(line);
    if (note) {
      dropped.push({ line: i, text: note[1]!.trim() });
      return;
    }
    const opened = BLOCK.exec(line);
    if (opened) {
      const keyword = opened[1]!.toLowerCase();
      if (keyword === "rect" || keyword === "box") stack.push({ keyword, line: i, block: null });
      else {
        const block = { id: blocks.length, keyword, first: i, last: i, arms: [opened[2]!.trim()] };
        blocks.push(block);
        stack.push({ keyword, line: i, block });
      }
      return;
    }
    const arm = ARM.exec(line);
    if (arm) {
      const top = stack.at(-1)?.block;
      if (top) top.arms.push(arm[2]!.trim());
      return;
    }
    if (END.test(line)) {
      const closed = stack.pop()?.block;
      if (closed) closed.last = i;
      return;
    }
    const declared = DECLARATION.exec(line);
    if (declared) {
      const key = unquote(declared[2]!);
      const isActor = declared[1]!.toLowerCase() === "actor";
      const a = actor(
        key,
        declared[3] ? unquote(declared[3]) : key,
        isActor ? "person" : "service",
      );
      a.actorLine = isActor ? i : undefined;
      return;
    }
    // A message has a colon; without one the pattern below could only fail, slowly on long lines.
    const m = line.includes(":") ? MESSAGE.exec(line) : null;
    if (!m) {
      errors.push({
        field: "text",
        message:
          !line.includes(":") && ARROW.test(line)
            ? `${at}: missing \`:\` before the message text: ${JSON.stringify(cut(line, 40))}${colonFix(line)}`
            : `${at}: not a line this import reads: ${JSON.stringify(cut(line, 40))}`,
      });
      return;
    }
    const from = actor(unquote(m[1]!));
    const to = actor(unquote(m[3]!));
    const arrow = m[2]!;
    const label = m[4]!.trim() || "Message";
    if (from === to) {
      selfMessages.push(i);
      return;
    }
    if (arrow.startsWith("<<")) {
      // Both ways (Mermaid 11): one hand-off each way, in the order written, and a note.
      const current = arrow === "<<->>" ? "call" : "message";
      const first = messages.length;
      for (const [a, b] of [
        [from, to],
        [to, from],
      ] as const) {
        open.push({ from: a, to: b, index: messages.length });
        messages.push({ from: a, to: b, label, current, path: path(), line: i });
      }
      notes.push({
        line: i,
        text: `Line ${i + 1}: “${cut(line, 60)}” points both ways, so it became two hand-offs, ${first + 1} (${from.name} → ${to.name}) and ${first + 2} (${to.name} → ${from.name}), both “${shortened(label, LIMITS.labelLength)}”. If it is one request and its reply, remove the second.`,
      });
      return;
    }
    const async = arrow.endsWith(")") || arrow.endsWith("x");
    if (arrow.startsWith("--") && !async) {
      const request = open.findLastIndex((r) => r.from === to && r.to === from);
      if (request >= 0) {
        const [answered] = open.splice(request, 1);
        replies.push({ request: answered!.index, line: i, label, path: path() });
        return;
      }
      // A dotted arrow back to the sender of a request already answered (the reply on another
      // branch of an `alt`, or a second reply) answers it too: never a hand-off of its own.
      const earlier = replies.findLast(
        (r) => messages[r.request]!.from === to && messages[r.request]!.to === from,
      );
      if (earlier) {
        replies.push({ request: earlier.request, line: i, label, path: path() });
        return;
      }
      messages.push({ from, to, label, current: "message", path: path(), line: i });
      return;
    }
    open.push({ from, to, index: messages.length });
    messages.push({
      from,
      to,
      label,
      current: async ? "message" : "call",
      async,
      tells: async && arrow.startsWith("--"),
      path: path(),
      line: i,
    });
  });
  // Mermaid refuses a block without `end`; the import closes it at the end of the text and says so.
  // When the import fails for another reason, each unclosed block is an error of its own, in line
  // order with the others, so one fix round shows every problem (a failed import has no notes).
  const unclosed: { line: number; text: string }[] = stack.map(({ keyword, line, block }) => {
    if (block) block.last = lines.length - 1;
    return {
      line,
      text: `\`${keyword}\` has no \`end\`, so it runs to the end of the diagram and every later line is read as inside it. Add its \`end\` where the block stops.`,
    };
  });
  if (errors.length && !stopped) {
    const lineOf = (e: MapError) => Number(/^line (\d+)/.exec(e.message)?.[1] ?? Infinity);
    errors.push(
      ...unclosed.map((u) => ({ field: "text", message: `line ${u.line + 1}: ${u.text}` })),
    );
    errors.sort((a, b) => lineOf(a) - lineOf(b));
  } else {
    for (const u of unclosed) notes.push({ line: u.line, text: `Line ${u.line + 1}: ${u.text}` });
  }
  if (!started && errors.length === 0) {
    errors.push({ field: "text", message: 'line 1: expected "sequenceDiagram" first' });
  }
  if (errors.length > MAX_ERRORS) {
    const more = errors.length - MAX_ERRORS;
    errors.splice(MAX_ERRORS, more, {
      field: "text",
      message: `and ${more} more ${more === 1 ? "line" : "lines"} this import doesn't read`,
    });
  }
  if (errors.length) return { ok: false, errors };
  const limits = importLimits(order.length, messages.length);
  if (limits.length) return { ok: false, errors: limits };

  const taken = new Set<string>();
  const ids = new Map<Actor, string>();
  const short = cutAllNoted(
    order.map((a) => a.name),
    LIMITS.participantNameLength,
    () => "the name",
  );
  const participants: MapParticipant[] = order.map((a, i) => {
    const { id, note: idNote } = slugNoted(a.name, taken);
    ids.set(a, id);
    for (const note of [short.notes[i], idNote])
      if (note) notes.push({ line: a.line, text: `Line ${a.line + 1}: ${note}.` });
    return { id, name: short.texts[i]!, kind: a.kind };
  });
  for (const group of short.clashes)
    notes.push({
      line: order[group[0]!]!.line,
      text: `${clashNote(group.map((i) => order[i]!.name))}: ${group.map((i) => `“${short.texts[i]}”`).join(", ")}. Rename them in the form if you prefer.`,
    });
  const handoffIds = messages.map((_, i) => slugFor(`h${i + 1}`, taken));
  // Labels that differ but would shorten alike keep their last word too (a label the diagram
  // repeats, an event to several receivers, stays as it is).
  const shortLabels = cutAllNoted(
    messages.map((msg) => msg.label),
    LIMITS.labelLength,
    (i) => `hand-off ${i + 1}'s label`,
  );
  messages.forEach((msg, i) => {
    const note = shortLabels.notes[i];
    if (note) notes.push({ line: msg.line, text: `Line ${msg.line + 1}: ${note}.` });
  });
  for (const group of shortLabels.clashes)
    notes.push({
      line: messages[group[0]!]!.line,
      text: `${clashNote(group.map((i) => messages[i]!.label))}.`,
    });
  const names = shortLabels.texts;
  // The map has no conditional hand-offs (MAP.md §3): a hand-off on a branch of an `alt`, `opt`
  // or `break` keeps its guard in its label, so the result, diagram and ADR still show it.
  const guards = messages.map((msg) => guardOf(msg.path, blocks));
  const labels = names.map((name, i) => guardedLabel(name, guards[i]!, LIMITS.labelLength));
  const handoffs: MapHandoff[] = messages.map((msg, i) => {
    // MAP.md §3's default trigger, unless it sits on another branch of a block than this one.
    let byDefault = -1;
    let trigger = -1;
    for (let j = i - 1; j >= 0; j--) {
      if (messages[j]!.to !== msg.from) continue;
      if (byDefault < 0) byDefault = j;
      if (!apart(messages[j]!.path, msg.path)) {
        trigger = j;
        break;
      }
    }
    return {
      id: handoffIds[i]!,
      from: ids.get(msg.from)!,
      to: ids.get(msg.to)!,
      label: labels[i]!.text,
      ...(trigger === byDefault ? {} : { trigger: trigger < 0 ? null : handoffIds[trigger]! }),
      // An async arrow says the sender carries on without a reply (MAP.md §4.1 `wait`), and
      // §6.4's "synchronous call" comes from `wait`, so it sets `no-wait` next to `current`. A
      // dotted one also tells what happened: the arrow, not the label's tense, sets `intent`.
      answers: msg.tells
        ? { intent: "tell", current: msg.current, wait: "no-wait" }
        : msg.async
          ? { current: msg.current, wait: "no-wait" }
          : { current: msg.current },
    };
  });
  notes.push(...replyNotes(replies, handoffs));
  if (dropped.length)
    notes.push({
      line: dropped[0]!.line,
      text: `${dropped.length === 1 ? "Line" : "Lines"} ${dropped.map((d) => d.line + 1).join(", ")}: the map has no notes, so ${dropped.length === 1 ? "this `Note` is" : "these `Note` lines are"} not imported (${dropped.map((d) => quote(d.text)).join("; ")}). If one states a duration or a retry, set “How long can B take” or “If a later step fails” on its hand-off.`,
    });
  if (selfMessages.length)
    notes.push({
      line: selfMessages[0]!,
      text: `${selfMessages.length === 1 ? "Line" : "Lines"} ${selfMessages.map((l) => l + 1).join(", ")}: a message from a participant to itself is not a hand-off, so it is not imported.`,
    });
  const asyncRows = messages.flatMap((m, index) =>
    m.async ? [{ index, label: handoffs[index]!.label }] : [],
  );
  if (asyncRows.length)
    notes.push({
      line: messages[asyncRows[0]!.index]!.line,
      text: `One-way arrows (\`-)\`, \`--)\`, which Mermaid calls async, and the crossed \`-x\`, \`--x\`): ${handoffList(asyncRows)}: imported with “How does it travel” = Queue (a message) and “Who waits” = Nobody, as the sender carries on without a reply. Change “Who waits” where the sender does wait for a later answer.`,
    });
  const tellRows = asyncRows.filter((r) => messages[r.index]!.tells);
  if (tellRows.length)
    notes.push({
      line: messages[tellRows[0]!.index]!.line,
      text: `Dotted one-way arrows (\`--)\`, \`--x\`): ${handoffList(tellRows)}: also imported with “What does A want” = Tell (A tells what happened; B decides whether to act), whatever the label's tense, so the same arrow gives the same answer. A solid one-way arrow (\`-)\`, \`-x\`) leaves it to the label. Change it to Do where A needs B to do the work.`,
    });
  for (const a of order) {
    if (a.actorLine === undefined) continue;
    notes.push({
      line: a.actorLine,
      text: `Line ${a.actorLine + 1}: actor ${quote(a.name)} is a person (kind person: someone who acts in the flow). Make it a client if it is a UI or entry point, or external if it is another company's system.`,
    });
  }
  for (const b of blocks)
    for (const text of blockNote(b, messages, names, labels)) notes.push({ line: b.first, text });
  const unset = order.flatMap((a, i) => (a.kind === "service" ? [participants[i]!.name] : []));
  if (unset.length)
    notes.push({
      line: order.find((a) => a.kind === "service")!.line,
      text: kindsNote(unset),
    });
  // The title is optional: characters no map text may hold are dropped rather than failing the
  // whole import on a field the person never typed; a long one is shortened as labels are.
  const titled = cutNoted(title.replace(FORBIDDEN_TEXT, ""), LIMITS.nameLength, "the title");
  const name = titled.text;
  if (titled.note)
    notes.push({
      line: titleLine,
      text: `Line ${titleLine + 1}: ${titled.note}; it names the map.`,
    });
  return finish(
    { map: 1, ...(name ? { name } : {}), participants, handoffs },
    messages.flatMap((m, i) => [
      `handoffs[${i}].answers.current`,
      ...(m.async ? [`handoffs[${i}].answers.wait`] : []),
      ...(m.tells ? [`handoffs[${i}].answers.intent`] : []),
    ]),
    notes.sort((a, b) => a.line - b.line).map((n) => n.text),
  );
}

/** A name's last word that suggests a client or UI ("Rider App", "Admin UI", "Web"). */
const CLIENT_NAME = /(?:^|[\s_-])(app|ui|web|frontend|front-end|mobile|client|browser)$/i;

/**
 * The note on the participants whose kind the diagram did not set (issue 22 review 3 M4): a
 * `participant` is imported as a service of yours, the default the form shows and the result
 * follows; a name ending in App, UI, Web, Frontend, Mobile, Client or Browser gets "(client?)".
 * Nothing is changed: the person decides. `source` names what did not set them (an AsyncAPI
 * import says "the documents": AsyncAPI 3 has no field for a participant's kind).
 *
 * @example
 * kindsNote(["Rider App", "Stripe"]) // → "Kinds not set by the diagram, so imported as Service (yours): “Rider App” (client?), “Stripe”. …"
 */
export function kindsNote(
  names: readonly string[],
  source: "the diagram" | "the documents" = "the diagram",
): string {
  const listed = names.map((n) => `${quote(n)}${CLIENT_NAME.test(n.trim()) ? " (client?)" : ""}`);
  return `Kinds not set by ${source}, so imported as Service (yours): ${listed.join(", ")}. Check whether each is a service of yours, a client, a person or another company's system.`;
}

/** Blocks whose branches run only on a condition: their hand-offs keep it in the label. */
const CONDITIONAL = new Set(["alt", "opt", "break"]);
/** A branch's condition when the diagram gives it no text, by the branch's keyword. */
const UNNAMED_GUARD: Record<string, string> = {
  alt: "if",
  else: "else",
  opt: "optional",
  break: "break",
};

/**
 * The conditions a message runs under: the text of each `alt`/`else`, `opt` and `break` branch
 * around it, outermost first, joined with ", " ("card declined"); a branch without text gives its
 * keyword ("else", "optional"). Empty outside conditional blocks.
 */
function guardOf(path: Path, blocks: Block[]): string {
  return path
    .flatMap(({ block: id, arm }) => {
      const block = blocks[id]!;
      if (!CONDITIONAL.has(block.keyword)) return [];
      const text = block.arms[arm]?.trim();
      return [text || UNNAMED_GUARD[arm === 0 ? block.keyword : "else"]!];
    })
    .join(", ");
}

/**
 * A hand-off's label with its condition in brackets ("TripRejected [card declined]"), within
 * `max` code points (MAP.md §9, `LIMITS.labelLength`). The message name is never shortened for
 * the condition: a condition that does not fit is cut and ends with "…" while at least three of
 * its characters fit, else it is left out (`kept: false`, for the import note).
 *
 * @example
 * guardedLabel("TripRejected", "card declined", 32) // → { text: "TripRejected [card declined]", kept: true }
 * guardedLabel("TripRejected", "the card was declined by the bank", 32) // → { text: "TripRejected [the card was decl…]", kept: true }
 */
export function guardedLabel(
  name: string,
  guard: string,
  max: number,
): { text: string; kept: boolean } {
  if (!guard) return { text: name, kept: true };
  const room = max - [...name].length - " []".length;
  if ([...guard].length <= room) return { text: `${name} [${guard}]`, kept: true };
  // At least three characters of the condition and its "…", or none.
  const short = room >= 4 ? cut(guard, room - 1) : "";
  return [...short].length >= 3
    ? { text: `${name} [${short}…]`, kept: true }
    : { text: name, kept: false };
}

/**
 * What the import did with a block's hand-offs: the map has no conditional, optional, repeated
 * or parallel hand-offs (MAP.md §3), so each is imported as if it ran once, in flow order; the
 * hand-offs of a conditional block keep the condition in their labels (`guardedLabel`), and the
 * note says so. Blocks without hand-offs say nothing. `names` are the labels without condition.
 */
function blockNote(
  block: Block,
  messages: { path: Path; line: number }[],
  names: string[],
  labels: { text: string; kept: boolean }[],
): string[] {
  const armRows = block.arms.map((_, arm) =>
    messages.flatMap((m, index) =>
      m.path.some((p) => p.block === block.id && p.arm === arm)
        ? [{ index, label: names[index]! }]
        : [],
    ),
  );
  const all = armRows.flat();
  if (!all.length) return [];
  const lines =
    block.first === block.last
      ? `Line ${block.first + 1}`
      : `Lines ${block.first + 1}–${block.last + 1}`;
  const title = (arm: number) => {
    const text = block.arms[arm] ? ` “${cut(block.arms[arm], 40)}”` : "";
    const keyword = arm === 0 ? block.keyword : (ARM_WORD[block.keyword] ?? "else");
    return `${keyword}${text}`;
  };
  const branches = armRows.filter((rows) => rows.length).length;
  const guarded = CONDITIONAL.has(block.keyword) ? guardSentence(all, labels) : "";
  if (["alt", "critical", "par", "par_over"].includes(block.keyword) && branches >= 2) {
    const parts = armRows
      .map((rows, arm) => (rows.length ? `${title(arm)}: ${handoffList(rows)}` : ""))
      .filter(Boolean)
      .join("; ");
    if (block.keyword.startsWith("par"))
      return [
        `${lines}, ${block.arms.map((_, arm) => title(arm)).join(" / ")}: the map has no parallel branches, so they follow each other in flow order (${parts}). A hand-off's trigger is never on another branch.`,
      ];
    return [
      `${lines}, ${block.arms.map((_, arm) => title(arm)).join(" / ")}: the map has no conditional hand-offs, so the branches are merged and every one is imported as if it ran (${parts}). A hand-off's trigger is never on another branch.${guarded} Remove the branches this map should not show.`,
    ];
  }
  // One branch holds them all (an `alt` without `else`, or with empty other branches): name it,
  // and say which other branches no label carries (one holding only a reply, say: new user
  // review 4, N1).
  const arm = armRows.findIndex((rows) => rows.length);
  const others = block.arms.flatMap((_, i) => (i !== arm && armRows[i]!.length === 0 ? [i] : []));
  const unlabelled = others.length
    ? ` ${others.length === 1 ? "The branch" : "The branches"} ${others.map(title).join(", ")} ${others.length === 1 ? "has" : "have"} no hand-off of the map (only replies, or nothing), so no label carries ${others.length === 1 ? "its condition" : "their conditions"}.`
    : "";
  return [
    `${lines}, ${title(arm)}: ${handoffList(all)}: ${SINGLE[block.keyword] ?? SINGLE.opt}.${guarded}${unlabelled}`,
  ];
}

/**
 * The import note's sentence on conditions kept in labels: an example label, and the hand-offs
 * whose label had no room for its condition.
 */
function guardSentence(
  rows: { index: number; label: string }[],
  labels: { text: string; kept: boolean }[],
): string {
  const kept = rows.filter((r) => labels[r.index]!.kept);
  const lost = rows.filter((r) => !labels[r.index]!.kept);
  const example = kept.length
    ? ` The condition is kept in the label, in brackets: “${labels[kept[0]!.index]!.text}”.`
    : "";
  const without = lost.length
    ? ` ${handoffList(lost)}: no room for the condition within ${LIMITS.labelLength} characters; shorten the label to keep it.`
    : "";
  return example + without;
}

/** What happened to the hand-offs of a block with one branch that holds any. */
const SINGLE: Record<string, string> = {
  opt: "imported as unconditional steps; the map has no optional hand-offs",
  alt: "imported as unconditional steps; the map has no conditional hand-offs",
  loop: "imported once; the map has no repetition",
  par: "imported in flow order; the map has no parallel branches",
  par_over: "imported in flow order; the map has no parallel branches",
  critical: "imported as steps of the flow",
  break: "imported as steps of the flow; in the diagram they end it",
};

/** The keyword of a block's later branches. */
const ARM_WORD: Record<string, string> = {
  alt: "else",
  par: "and",
  par_over: "and",
  critical: "option",
};

/**
 * The fix for a message line without its colon, when the receiver is one word: `A->>B Go` →
 * `; write "A->>B: Go"` (Mermaid reads the text after the first `:`). Else (or for a line over 200
 * characters) empty.
 *
 * @example
 * colonFix("O->>I Reserve items") // → '; write "O->>I: Reserve items"'
 */
function colonFix(line: string): string {
  // A long line gets no suggestion: the pattern below need not run over it.
  if (line.length > 200) return "";
  const m =
    /^(.+?)\s*(<<-->>|<<->>|-->>|->>|--\)|-\)|--x|-x|-->|->)\s*([+-]?\S+)(?:\s+(.*))?$/.exec(line);
  if (!m) return "";
  const fixed = `${m[1]}${m[2]}${m[3]}: ${m[4]?.trim() || "text"}`;
  return `; write ${JSON.stringify(cut(fixed, 60))}`;
}

function unquote(text: string): string {
  const t = text.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

/** Mermaid diagram types by their first keyword (mermaid.js.org, "Diagram Syntax"). */
const DIAGRAM_TYPES: Record<string, string> = {
  flowchart: "flowchart",
  graph: "flowchart",
  classdiagram: "class diagram",
  statediagram: "state diagram",
  "statediagram-v2": "state diagram",
  erdiagram: "entity relationship diagram",
  journey: "user journey",
  gantt: "Gantt chart",
  pie: "pie chart",
  requirementdiagram: "requirement diagram",
  gitgraph: "Git graph",
  mindmap: "mind map",
  timeline: "timeline",
  c4context: "C4 diagram",
  c4container: "C4 diagram",
  c4component: "C4 diagram",
  c4dynamic: "C4 diagram",
  c4deployment: "C4 diagram",
  quadrantchart: "quadrant chart",
  "sankey-beta": "Sankey diagram",
  "xychart-beta": "XY chart",
  "block-beta": "block diagram",
  "packet-beta": "packet diagram",
  "architecture-beta": "architecture diagram",
  kanban: "Kanban board",
};

/**
 * The error for a first line that is not `sequenceDiagram`: it names the Mermaid diagram type
 * when the first keyword is one, and says what the import reads instead. Baton's own "Copy
 * Mermaid" (lib/map/mermaid.ts, `mapMermaid`) starts with `flowchart LR`, which cannot be read
 * back: that message points to the map's share link.
 *
 * @example
 * notSequence("classDiagram") // → "“classDiagram” starts a Mermaid class diagram; this import reads …"
 */
function notSequence(line: string): string {
  const keyword = line.split(/[\s;]/)[0]!;
  const type = DIAGRAM_TYPES[keyword.toLowerCase()];
  const reads =
    "this import reads Mermaid sequence diagrams (first line `sequenceDiagram`) and AsyncAPI 3 documents. Draw the hand-offs in the map editor (/map) instead, or paste a sequence diagram of the flow";
  if (!type) return `expected "sequenceDiagram" first, found ${quote(cut(line, 40))}: ${reads}.`;
  const own =
    line === "flowchart LR"
      ? " Baton's own “Copy Mermaid” gives a `flowchart LR` like this one, and it can't be imported back: open that map's share link (/map?code=…) to edit it."
      : "";
  return `${quote(cut(line, 40))} starts a Mermaid ${type}; ${reads}.${own}`;
}

/**
 * Notes on the dotted arrows read as replies (MAP.md §11): each rides on its request and is not a
 * hand-off. Several replies to one request (one per branch of an `alt`, or a second one later)
 * are merged into that request's one reply.
 */
function replyNotes(
  replies: { request: number; line: number; label: string; path: Path }[],
  handoffs: MapHandoff[],
): { line: number; text: string }[] {
  const byRequest = new Map<number, typeof replies>();
  for (const r of replies) byRequest.set(r.request, [...(byRequest.get(r.request) ?? []), r]);
  const notes: { line: number; text: string }[] = [];
  const single: string[] = [];
  const request = (index: number) => handoffList([{ index, label: handoffs[index]!.label }]);
  for (const [index, rs] of byRequest) {
    if (rs.length === 1) {
      single.push(`line ${rs[0]!.line + 1} ${quote(rs[0]!.label)} answers ${request(index)}`);
      continue;
    }
    const branches = rs.some((a) => rs.some((b) => apart(a.path, b.path)));
    notes.push({
      line: rs[0]!.line,
      text: `Lines ${rs.map((r) => r.line + 1).join(", ")}: ${rs.map((r) => quote(r.label)).join(", ")} answer ${request(index)}${branches ? ", each on its own branch of a block" : ""}. A request has one reply in the map, so the ${branches ? "branches' replies are" : "replies are"} merged into one reply, not hand-offs of their own.${branches ? "" : " Add a later one as a hand-off if it is a separate message (a callback)."}`,
    });
  }
  if (single.length)
    notes.push({
      line: replies[0]!.line,
      text: `Replies ride on their requests, so they are not hand-offs: ${single.join("; ")}.`,
    });
  return notes;
}
