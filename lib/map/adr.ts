/**
 * The Architecture Decision Record for a map (MAP.md §10): MADR 4 (adr.github.io/madr, template
 * 4.0.0), with the same headings as the one-flow ADR (lib/adr). Pure: the same result, origin and
 * date always give the same text. Every piece of map text is Markdown-escaped; the Mermaid block
 * is the entity-escaped `mapMermaid` text, which holds no backtick and so cannot close its fence.
 */
import { escapeMarkdown } from "../text/markdown";
import { implementationName } from "../result/explain";
import { resultPath } from "../result/path";
import { MODEL_V2 } from "../scoring";
import { mapMermaid } from "./mermaid";
import { ORCHESTRATING_PATTERNS } from "./model-1/derive";
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

const SOURCES = [
  "Chris Richardson, *Microservices Patterns* (2018), ch. 4; microservices.io, Saga and Transactional outbox",
  "Neal Ford, Mark Richards, Pramod Sadalage, Zhamak Dehghani, *Software Architecture: The Hard Parts* (2021), ch. 12",
  'Martin Fowler, "What do you mean by Event-Driven?" (2017)',
  'Bernd Rücker, "Why service collaboration needs choreography AND orchestration" (2017), "How to tame event-driven microservices" (2019), *Practical Process Automation* (2021)',
  "Sam Newman, *Building Microservices*, 2nd ed. (2021), ch. 4, 6, 12; Michael Nygard, *Release It!*, 2nd ed. (2018)",
  "Gregor Hohpe, Bobby Woolf, *Enterprise Integration Patterns* (2003): Request-Reply, Process Manager",
];

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
  const md = escapeMarkdown;
  const name = new Map(result.participants.map((p) => [p.id, p.name]));
  const who = (id: string | null) => (id ? md(name.get(id) ?? id) : "");
  const title = result.name ? `\u201c${md(result.name)}\u201d` : "this system";
  const mapUrl = `${options.origin}/m/${result.code}`;
  const out: string[] = [];
  const line = (text = "") => out.push(text);

  line("---");
  line("status: proposed");
  line(`date: ${options.date}`);
  line(
    `decision-makers: ${JSON.stringify(options.decisionMakers ?? "{list everyone involved in the decision}")}`,
  );
  line("---");
  line();
  line(`# Coordinate ${title} hand-off by hand-off: ${styleWords(result)}`);
  line();

  line("## Context and Problem Statement");
  line();
  line(
    `How should each hand-off between the participants of ${title} travel, and which of them does one service orchestrate? The map has ${result.counts.participants} participants and ${result.counts.handoffs} hand-offs.`,
  );
  line();
  for (const p of result.participants) {
    const facts = [
      p.kind,
      p.team ? `team ${md(p.team)}` : "",
      p.domain ? `domain ${md(p.domain)}` : "",
    ].filter(Boolean);
    line(`* ${md(p.name)} (${facts.join(", ")})`);
  }
  line();

  line("## Decision Drivers");
  line();
  for (const driver of driversOf(result)) line(`* ${driver}`);
  line();

  line("## Considered Options");
  line();
  line("* Orchestrate everything: one service drives every hand-off");
  line("* Choreograph everything: every hand-off is an event the receiver reacts to");
  line(`* The proposed map: ${proposedName(result)}`);
  line();

  line("## Decision Outcome");
  line();
  line(`Chosen option: \u201cThe proposed map\u201d. ${md(result.summary)}`);
  line();
  line("| from → to | label | kind | transport | scope | compensated by | flags | reason |");
  line("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const h of result.handoffs) line(tableRow(h, who));
  line();
  line("```mermaid");
  line(result.mermaid || mapMermaid(result));
  line("```");
  line();
  line(`The diagram as SVG: <${mapUrl}/map.svg>. The map: <${mapUrl}>.`);
  line();
  for (const s of result.scopes) {
    const url = `${options.origin}${resultPath(s.derivedCode, s.derived.flow)}`;
    line(
      `* Scope ${s.id}, owned by ${who(s.owner)}: ${md(s.saga.why)} Form: ${implementationName(ONE_FLOW_WORDS, s.form)}. ${md(s.reason)} One-flow result: [${md(oneFlowWords(s.oneFlow.verdict, s.oneFlow.hybrid))}](${url}).`,
    );
  }
  if (result.scopes.length) line();

  line("### Consequences");
  line();
  const compensated = result.handoffs.filter((h) => h.compensatedBy);
  for (const h of compensated) line(`* ${md(h.label)} (${h.id}): ${md(h.compensation ?? "")}`);
  for (const h of result.handoffs.filter((x) => x.flags.some((f) => f.id === "outbox"))) {
    line(`* Outbox at ${who(h.from)} for ${md(h.label)} (${h.id}).`);
  }
  const seen = new Set<string>();
  for (const h of result.handoffs) {
    for (const f of h.flags) {
      if (f.id === "outbox" || seen.has(`${f.id}:${f.why}`)) continue;
      seen.add(`${f.id}:${f.why}`);
      line(`* Flag ${f.id} (${f.severity}): ${md(f.why)}`);
    }
  }
  for (const s of result.scopes)
    for (const f of s.flags) line(`* Flag ${f.id} on scope ${s.id} (${f.severity}): ${md(f.why)}`);
  for (const g of result.gates) {
    const gate = ONE_FLOW_WORDS.gates.find((x) => x.id === g.id);
    line(
      `* Gate (${g.scopes.join(", ")}): ${gate ? `${md(gate.title)}. ${md(gate.advice)}` : g.id}`,
    );
  }
  if (!compensated.length && !seen.size && !result.gates.length)
    line("* No compensation, flags or gates.");
  line();
  line("### Confirmation");
  line();
  line(
    "Review the hand-off table against the running system: each hand-off's transport, each scope's owner, and each flag's advice. Export the map again after a change; the link opens to the same result forever.",
  );
  line();

  line("## Pros and Cons of the Options");
  line();
  line("### Orchestrate everything");
  line();
  line("* Good, because one component holds every instance's state, timeouts and compensation");
  line(
    "* Bad, because events that only inform others become commands the owner must know about, and the owner grows into a god service",
  );
  line();
  line("### Choreograph everything");
  line();
  line(
    "* Good, because producers don't know their consumers and new reactions need no change to the sender",
  );
  line(
    "* Bad, because steps that must be undone or waited on have no owner: status, timeouts and compensation spread across services",
  );
  line();
  line("### The proposed map");
  line();
  line(
    "* Good, because each hand-off gets the style that suits it, with a named owner for each orchestrated scope",
  );
  line(
    "* Bad, because the team runs both styles and has to keep the line between them drawn and documented",
  );
  line();

  line("## More Information");
  line();
  line(
    `Generated by Baton on ${options.date} from map code \`${result.code}\` (map model ${result.map}, one-flow model ${result.oneFlowModel} for the scopes). The map page: <${mapUrl}>.`,
  );
  line();
  line("Sources:");
  line();
  for (const s of SOURCES) line(`* ${s}`);
  return `${out.join("\n")}\n`;
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

/** Counts of the per-hand-off answers (MAP.md §10 ADR, Decision Drivers). */
function driversOf(result: MapResult): string[] {
  const count = (pred: (h: HandoffResult) => boolean) => result.handoffs.filter(pred).length;
  const outside = result.scopes.length ? " outside the scopes" : "";
  const long = (h: HandoffResult) =>
    h.kind !== "reply" && ["minutes", "hours", "days-or-person"].includes(h.answers.duration);
  const drivers: [number, string, string][] = [
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
    [count((h) => h.answers.intent === "tell"), "receiver only reacts", "receivers only react"],
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
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  if (result.counts.unsure) out.push(`${result.counts.unsure} answers are not sure`);
  return out.length ? out : ["No hand-off needs coordination"];
}

function tableRow(h: HandoffResult, who: (id: string | null) => string): string {
  const cells = [
    `${who(h.from)} → ${who(h.to)}`,
    escapeMarkdown(h.label),
    KIND_WORDS[h.kind],
    TRANSPORT_WORDS[h.transport],
    h.scopeId ?? "",
    who(h.compensatedBy),
    h.flags.map((f) => f.id).join(", "),
    escapeMarkdown(h.reason),
  ];
  return `| ${cells.join(" | ")} |`;
}
