/**
 * The Architecture Decision Record for a map (MAP.md §10): MADR 4 (adr.github.io/madr, template
 * 4.0.0), with the same headings as the one-flow ADR (lib/adr). Pure: the same result, origin and
 * date always give the same text.
 *
 * The body is an mdast tree serialized by mdast-util-to-markdown with GitHub's extensions: every
 * piece of map text is a text node, so the serializer escapes only what would change the rendering
 * where it stands (`\*`, `\[`, `\<`, a `|` in a table cell, `#` or `1.` at the start of a line…),
 * and "Reserve items, Authorize payment (durable-execution)." stays as written. GitHub's own
 * mentions, issue references and math (`@name`, `#12`, `$`) are escaped too. The Mermaid block is
 * a code node of the entity-escaped `mapMermaid` text, which holds no backtick.
 */
import { DELIVERY_WORDS, deliverySentence } from "./delivery";
import type { ListItem, PhrasingContent, Root, RootContent, TableRow } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown, type Unsafe } from "mdast-util-to-markdown";
import { implementationName } from "../result/explain";
import { answerLabel } from "../map-view/questions";
import { resultPath } from "../result/path";
import { MODEL_V2 } from "../scoring";
import { mapMermaid } from "./mermaid";
import { ORCHESTRATING_PATTERNS } from "./model-1/derive";
import { scopeFormName } from "./scope-form";
import type { HandoffResult, MapResult } from "./types";

export interface MapAdrOptions {
  /** The absolute origin links start with, e.g. `https://baton.example` (no trailing slash). */
  origin: string;
  /** The day of export, `YYYY-MM-DD` (MADR's `date`); the caller owns the clock. */
  date: string;
  /** MADR's decision makers; its own placeholder when absent. */
  decisionMakers?: string;
}

/** The words of one-flow model 2, which map model 1 pins for its scopes (MAP.md §7.1). */
const ONE_FLOW_WORDS = MODEL_V2;

const patternTitle = (id: string) =>
  ONE_FLOW_WORDS.hybridPatterns.find((p) => p.id === id)?.title ?? id;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const KIND_WORDS = { command: "command", event: "event", query: "query", reply: "reply" } as const;
const TRANSPORT_WORDS = {
  "sync-call": "synchronous call",
  queue: "queue (asynchronous command)",
  broker: "broker (publish/subscribe)",
  activity: "activity of the scope's workflow",
  "in-process": "inside one service",
} as const;

/** Our own source list; `*…*` marks a title set in italics. */
const SOURCES = [
  "Chris Richardson, *Microservices Patterns* (2018), ch. 4; microservices.io, Saga and Transactional outbox",
  "Neal Ford, Mark Richards, Pramod Sadalage, Zhamak Dehghani, *Software Architecture: The Hard Parts* (2021), ch. 12",
  'Martin Fowler, "What do you mean by Event-Driven?" (2017)',
  'Bernd Rücker, "Why service collaboration needs choreography AND orchestration" (2017), "How to tame event-driven microservices" (2019), *Practical Process Automation* (2021)',
  "Sam Newman, *Building Microservices*, 2nd ed. (2021), ch. 4, 6, 12; Michael Nygard, *Release It!*, 2nd ed. (2018)",
  "Gregor Hohpe, Bobby Woolf, *Enterprise Integration Patterns* (2003): Request-Reply, Process Manager",
];

/**
 * GitHub renders `@name` as a mention (and notifies that person), `#12` as an issue link and
 * `$…$` as math: none of them is CommonMark, so the serializer leaves them; a map label must not
 * ping anyone from a pull request.
 */
const GITHUB_UNSAFE: Unsafe[] = [
  { character: "@", after: "[A-Za-z0-9]" },
  { character: "#", after: "[0-9]" },
  { character: "$" },
];

/** A text node: map text is always one (line breaks become spaces, as in the other exports). */
const text = (value: string): PhrasingContent => ({
  type: "text",
  value: value.replace(/[\r\n\u2028\u2029]+/g, " "),
});
type Inline = string | PhrasingContent;
const phrasing = (parts: Inline[]): PhrasingContent[] =>
  parts.map((part) => (typeof part === "string" ? text(part) : part));
const paragraph = (...parts: Inline[]): RootContent => ({
  type: "paragraph",
  children: phrasing(parts),
});
const heading = (depth: 1 | 2 | 3, ...parts: Inline[]): RootContent => ({
  type: "heading",
  depth,
  children: phrasing(parts),
});
const item = (...parts: Inline[]): ListItem => ({
  type: "listItem",
  spread: false,
  children: [{ type: "paragraph", children: phrasing(parts) }],
});
const list = (items: ListItem[]): RootContent => ({
  type: "list",
  ordered: false,
  spread: false,
  children: items,
});
const link = (url: string, ...parts: Inline[]): PhrasingContent => ({
  type: "link",
  url,
  children: phrasing(parts.length ? parts : [url]),
});
/** Our own text with `*…*` for italics (SOURCES): emphasis nodes, never parsed map text. */
const italics = (source: string): Inline[] =>
  source
    .split("*")
    .map((piece, i): Inline => (i % 2 ? { type: "emphasis", children: [text(piece)] } : piece));

/**
 * The MADR 4 ADR of a map result.
 *
 * @throws RangeError naming `date` when it is not a `YYYY-MM-DD` calendar date.
 * @example
 * mapAdrMarkdown(result, { origin: "https://baton.example", date: "2026-12-06" }).startsWith("---\nstatus: proposed") // → true
 */
export function mapAdrMarkdown(result: MapResult, options: MapAdrOptions): string {
  if (!DATE.test(options.date)) {
    throw new RangeError(
      `date must be a YYYY-MM-DD calendar date, got ${JSON.stringify(options.date)}`,
    );
  }
  const name = new Map(result.participants.map((p) => [p.id, p.name]));
  const who = (id: string | null) => (id ? (name.get(id) ?? id) : "");
  const title = result.name ? `\u201c${result.name}\u201d` : "this system";
  const mapUrl = `${options.origin}/m/${result.code}`;
  const body: RootContent[] = [];
  const add = (...nodes: RootContent[]) => body.push(...nodes);

  add(heading(1, `Coordinate ${title} hand-off by hand-off: ${styleWords(result)}`));

  add(heading(2, "Context and Problem Statement"));
  add(
    paragraph(
      `How should each hand-off between the participants of ${title} travel, and which of them does one service orchestrate? The map has ${result.counts.participants} participants and ${result.counts.handoffs} hand-offs.`,
    ),
  );
  add(
    list(
      result.participants.map((p) => {
        const facts = [
          p.kind,
          p.team ? `team ${p.team}` : "",
          p.domain ? `domain ${p.domain}` : "",
        ].filter(Boolean);
        return item(`${p.name} (${facts.join(", ")})`);
      }),
    ),
  );

  add(heading(2, "Decision Drivers"));
  add(list(driversOf(result).map((driver) => item(driver))));

  add(heading(2, "Considered Options"));
  add(
    list([
      item("Orchestrate everything: one service drives every hand-off"),
      item("Choreograph everything: every hand-off is an event the receiver reacts to"),
      item(`The proposed map: ${proposedName(result)}`),
    ]),
  );

  add(heading(2, "Decision Outcome"));
  add(paragraph(`Chosen option: \u201cThe proposed map\u201d. ${result.summary}`));
  add(...changesFromToday(result, who));
  add(handoffTable(result, who));
  add({ type: "code", lang: "mermaid", value: result.mermaid || mapMermaid(result) });
  // The map code is long (hundreds of characters): it appears once, on a line of its own under
  // More Information, so a re-export changes one line of the diff (issue 22 review 3 M6).
  add(
    paragraph(
      "The map page and its diagram as SVG are linked under ",
      link("#more-information", "More Information"),
      ".",
    ),
  );
  if (result.scopes.length) {
    add(
      list(
        result.scopes.map((s) =>
          item(
            `Scope ${s.id}, owned by ${who(s.owner)}: ${s.saga?.why ?? "A long-running step, not a saga: one step, waited on durably."} Form: ${scopeFormName(s.form, (id) => implementationName(ONE_FLOW_WORDS, id))}. ${s.reason} One-flow result: `,
            link(
              `${options.origin}${resultPath(s.derivedCode, s.derived.flow)}`,
              oneFlowWords(s.oneFlow.verdict, s.oneFlow.hybrid),
            ),
            ".",
          ),
        ),
      ),
    );
  }

  add(heading(3, "Consequences"));
  const consequences: ListItem[] = [];
  const compensated = result.handoffs.filter((h) => h.compensatedBy);
  for (const h of compensated)
    consequences.push(item(`${h.label} (${h.id}): ${h.compensation ?? ""}`));
  for (const h of result.handoffs.filter((x) => x.flags.some((f) => f.id === "outbox"))) {
    consequences.push(item(`Outbox at ${who(h.from)} for ${h.label} (${h.id}).`));
  }
  const seen = new Set<string>();
  for (const h of result.handoffs) {
    for (const f of h.flags) {
      if (f.id === "outbox" || seen.has(`${f.id}:${f.why}`)) continue;
      seen.add(`${f.id}:${f.why}`);
      consequences.push(item(`Flag ${f.id} (${f.severity}): ${f.why}`));
    }
  }
  for (const s of result.scopes)
    for (const f of s.flags)
      consequences.push(item(`Flag ${f.id} on scope ${s.id} (${f.severity}): ${f.why}`));
  for (const g of result.gates) {
    const gate = ONE_FLOW_WORDS.gates.find((x) => x.id === g.id);
    consequences.push(
      item(`Gate (${g.scopes.join(", ")}): ${gate ? `${gate.title}. ${gate.advice}` : g.id}`),
    );
  }
  if (!compensated.length && !seen.size && !result.gates.length)
    consequences.push(item("No compensation, flags or gates."));
  add(list(consequences));
  add(heading(3, "Confirmation"));
  add(
    paragraph(
      "Review the hand-off table against the running system: each hand-off's transport, each scope's owner, and each flag's advice. Export the map again after a change; the link opens to the same result forever.",
    ),
  );

  add(heading(2, "Pros and Cons of the Options"));
  add(heading(3, "Orchestrate everything"));
  add(
    list([
      item("Good, because one component holds every instance's state, timeouts and compensation"),
      item(
        "Bad, because events that only inform others become commands the owner must know about, and the owner grows into a god service",
      ),
    ]),
  );
  add(heading(3, "Choreograph everything"));
  add(
    list([
      item(
        "Good, because producers don't know their consumers and new reactions need no change to the sender",
      ),
      item(
        "Bad, because steps that must be undone or waited on have no owner: status, timeouts and compensation spread across services",
      ),
    ]),
  );
  add(heading(3, "The proposed map"));
  add(
    list([
      item(
        "Good, because each hand-off gets the style that suits it, with a named owner for each orchestrated scope",
      ),
      item(
        "Bad, because the team runs both styles and has to keep the line between them drawn and documented",
      ),
    ]),
  );

  add(heading(2, "More Information"));
  add(
    paragraph(
      `Generated by Baton on ${options.date} from the map code in the link below (map model ${result.map}, one-flow model ${result.oneFlowModel} for the scopes). The map page, whose address followed by `,
      { type: "inlineCode", value: "/map.svg" },
      " is the diagram as SVG:",
    ),
  );
  add(paragraph(link(mapUrl)));
  add(paragraph("Sources:"));
  add(list(SOURCES.map((source) => item(...italics(source)))));

  const frontMatter = [
    "---",
    "status: proposed",
    `date: ${options.date}`,
    `decision-makers: ${JSON.stringify(options.decisionMakers ?? "{list everyone involved in the decision}")}`,
    "---",
    "",
    "",
  ].join("\n");
  const tree: Root = { type: "root", children: body };
  return (
    frontMatter +
    toMarkdown(tree, {
      bullet: "*",
      emphasis: "*",
      fences: true,
      unsafe: GITHUB_UNSAFE,
      extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    })
  );
}

function styleWords(result: MapResult): string {
  switch (result.style) {
    case "hybrid":
      return "orchestrated scopes, events between them";
    case "orchestration":
      return "orchestrated scopes";
    case "choreography":
      return "events";
    default:
      return "direct calls and queues";
  }
}

function proposedName(result: MapResult): string {
  if (result.pattern) return patternTitle(result.pattern);
  return styleWords(result);
}

function oneFlowWords(verdict: string | null, hybrid: readonly string[]): string {
  if (verdict === "orchestration") return "Orchestration";
  const first = hybrid.find((p) => (ORCHESTRATING_PATTERNS as readonly string[]).includes(p));
  return `Hybrid: this scope is its orchestrated part${first ? ` (${patternTitle(first)})` : ""}`;
}

/**
 * "Changes from today" (issue 22 review 3 M6): each hand-off whose proposed transport differs from
 * how it travels today (`HandoffResult.differs`), with the editor's word for today's answer
 * (lib/map-view/questions.ts, "Queue") and the table's for the proposal; then the hand-offs whose
 * today is "Not decided". Replies ride on their requests and are left out.
 */
function changesFromToday(result: MapResult, who: (id: string | null) => string): RootContent[] {
  const handoffs = result.handoffs.filter((h) => h.kind !== "reply");
  const changed = handoffs.filter((h) => h.differs === true);
  const open = handoffs.filter((h) => h.differs === null);
  const nodes: RootContent[] = [];
  nodes.push(paragraph(changed.length ? "Changes from today:" : "Changes from today: none."));
  if (changed.length)
    nodes.push(
      list(
        changed.map((h) =>
          item(
            `${h.label} (${h.id}), ${who(h.from)} → ${who(h.to)}: from ${answerLabel("current", h.current)} today to ${TRANSPORT_WORDS[h.transport]}`,
          ),
        ),
      ),
    );
  if (open.length)
    nodes.push(
      paragraph(
        `How ${open.length === 1 ? "this hand-off travels" : "these hand-offs travel"} today is \u201c${answerLabel("current", "not-decided")}\u201d or \u201c${answerLabel("current", "unsure")}\u201d, so whether ${open.length === 1 ? "it changes" : "they change"} is open: ${ids(open)}.`,
      ),
    );
  return nodes;
}

/** Hand-off ids for a sentence: "h11, h18". */
const ids = (handoffs: readonly HandoffResult[]) => handoffs.map((h) => h.id).join(", ");

/**
 * Counts of the per-hand-off answers, each with the ids of its hand-offs (MAP.md §10 ADR, Decision
 * Drivers): "2 hand-offs outside the scopes take minutes or longer (h11, h18)".
 */
function driversOf(result: MapResult): string[] {
  const count = (pred: (h: HandoffResult) => boolean) => result.handoffs.filter(pred);
  const outside = result.scopes.length ? " outside the scopes" : "";
  const long = (h: HandoffResult) =>
    h.kind !== "reply" && ["minutes", "hours", "days-or-person"].includes(h.answers.duration);
  const drivers: [HandoffResult[], string, string][] = [
    [count((h) => h.answers.undo === "compensate"), "step must be undone", "steps must be undone"],
    [
      count((h) => h.answers.undo === "atomic"),
      "change must be all-or-nothing with its sender's",
      "changes must be all-or-nothing with their senders'",
    ],
    [count((h) => h.answers.undo === "pivot"), "point of no return", "points of no return"],
    [
      count((h) => h.answers.undo === "retry"),
      "step must eventually succeed",
      "steps must eventually succeed",
    ],
    // An event whose receiver decides whether to act: not a reply, and not a step the outcome
    // needs (its receiver must act: K4; architect try 3, A6).
    [
      count(
        (h) =>
          h.kind === "event" &&
          !["compensate", "atomic", "pivot", "retry"].includes(h.answers.undo),
      ),
      "receiver only reacts",
      "receivers only react",
    ],
    [
      count((h) => h.answers.wait === "user-waits"),
      "hand-off keeps a user waiting",
      "hand-offs keep a user waiting",
    ],
    // A long wait inside a scope is a step of its saga; anywhere else it is a hand-off (an event,
    // a queued command) that no workflow waits on. Replies ride on their requests: not counted.
    [
      count((h) => long(h) && h.scopeId !== null),
      "scope step takes minutes or longer",
      "scope steps take minutes or longer",
    ],
    [
      count((h) => long(h) && h.scopeId === null),
      `hand-off${outside} takes minutes or longer`,
      `hand-offs${outside} take minutes or longer`,
    ],
    [
      count((h) => h.answers.together === "yes"),
      "message must agree with its sender's change",
      "messages must agree with their senders' changes",
    ],
  ];
  const out = drivers
    .filter(([hs]) => hs.length > 0)
    .map(([hs, one, many]) => `${hs.length} ${hs.length === 1 ? one : many} (${ids(hs)})`);
  if (result.counts.unsure) {
    const unsure = count((h) => Object.values(h.answers).includes("unsure"));
    out.push(
      `${result.counts.unsure} answers are not sure${unsure.length ? ` (${ids(unsure)})` : ""}`,
    );
  }
  return out.length ? out : ["No hand-off needs coordination"];
}

/** The hand-off table (GFM): a `|` in map text is escaped by the table's serializer. */
function handoffTable(result: MapResult, who: (id: string | null) => string): RootContent {
  const row = (cells: string[]): TableRow => ({
    type: "tableRow",
    children: cells.map((cell) => ({ type: "tableCell", children: [text(cell)] })),
  });
  return {
    type: "table",
    align: [],
    children: [
      row([
        "from → to",
        "label",
        "kind",
        "transport",
        "scope",
        "compensated by",
        "flags",
        "reason",
      ]),
      ...result.handoffs.map((h: HandoffResult) =>
        row([
          `${who(h.from)} → ${who(h.to)}`,
          h.label,
          KIND_WORDS[h.kind],
          h.delivery
            ? `${TRANSPORT_WORDS[h.transport]}, ${DELIVERY_WORDS[h.delivery]}`
            : TRANSPORT_WORDS[h.transport],
          h.scopeId ?? "",
          who(h.compensatedBy),
          h.flags.map((f) => f.id).join(", "),
          [h.reason, deliverySentence(h)].filter(Boolean).join(" "),
        ]),
      ),
    ],
  };
}
