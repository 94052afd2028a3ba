/**
 * The Architecture Decision Record export: a result in the MADR layout (Markdown Architectural
 * Decision Records, adr.github.io/madr). Pure: the same result and URL always give the same text,
 * byte for byte, so the export can be cached forever and checked against a golden file.
 */
import { gateDefinition, hybridPattern, type Contribution, type GateId } from "../scoring";
import type { ResultJson } from "../result";
import { formatPoints, pointsPhrase } from "../result/format";
import {
  answerLabel,
  confidenceWords,
  flipSentence,
  hybridTitle,
  marginSentence,
  pullOf,
  questionText,
  scaleSentence,
  strongestContributions,
} from "../result/wording";
import { escapeMarkdown } from "./markdown";

export interface AdrOptions {
  /** The absolute URL of the result page, linked back from the record. */
  url: string;
  /** The deployment's organisation config: its name and `adr` settings (lib/organisation). */
  organisation?: { name: string; adr?: AdrSettings };
}

/** How the record fits the organisation's decision log (the config's `adr`). */
export interface AdrSettings {
  decisionMakers?: string;
  statuses?: string[];
  records?: { repository: string; path: string };
  numberWidth?: number;
}

const FLIPS_SHOWN = 5;
const DRIVERS_SHOWN = 6;
const REASONS_PER_OPTION = 3;

const OPTION_TITLES = {
  orchestration: "Orchestration",
  choreography: "Choreography",
} as const;

/** What every team gains and pays with each style, whatever its answers. */
const STYLE_TRADEOFFS = {
  orchestration: {
    good: "one component holds each instance's state, so status, timeouts, retries and compensation live in one place",
    bad: "the orchestrator is one more component to run and own, and without discipline it grows into a god service",
  },
  choreography: {
    good: "producers don't know their consumers, so new reactions can be added without changing the flow's owner",
    bad: "nobody holds the whole flow: status, timeouts and compensation are spread across the services and need tracing to follow",
  },
  hybrid: {
    good: "each hand-off gets the style that suits it instead of one style for everything",
    bad: "the team runs both styles and has to draw, document and defend the line between them",
  },
} as const;

/**
 * The ADR for a result, in MADR layout: title, status, context and problem, decision drivers,
 * considered options, decision outcome with consequences, pros and cons, and "revisit when".
 *
 * @example
 * adrMarkdown(buildResult({ flow: "Checkout", answers }), { url: "https://baton.example/r/1Bq8R1Wu64" })
 * // → "---\nstatus: proposed\n---\n\n# Coordinate “Checkout”: …"
 */
export function adrMarkdown(result: ResultJson, options: AdrOptions): string {
  const flow = result.flow ? `\u201c${escapeMarkdown(result.flow)}\u201d` : "this flow";
  const chosen = chosenOption(result);
  const out: string[] = [];
  const line = (text = "") => out.push(text);

  const settings = options.organisation?.adr;
  line("---");
  line(`status: ${settings?.statuses?.[0] ?? "proposed"}`);
  // A JSON string is a valid YAML double-quoted scalar, whatever the placeholder holds.
  if (settings?.decisionMakers) line(`decision-makers: ${JSON.stringify(settings.decisionMakers)}`);
  line("---");
  line();
  line(`# ${title(result, flow)}`);
  line();

  line("## Context and Problem Statement");
  line();
  line(
    `How should the services that take part in ${flow} coordinate? One component could drive the flow and tell each service what to do (orchestration), each service could react to the others' events with nobody holding the whole flow (choreography), or the flow could mix the two (hybrid).`,
  );
  line();
  const answered = result.contributions.filter((c) => c.answer !== "unsure").length;
  line(
    `The team answered ${answered} of ${result.contributions.length} scored questions in Baton (model ${result.model}). ${scaleSentence(result)} ${marginSentence(result)}`,
  );
  line();
  line(
    `${confidenceWords(result.confidenceLevel)} (${result.confidence.toFixed(2)}). ${result.confidenceReason}`,
  );
  if (result.current) {
    line();
    line(
      `A newer Baton model (model ${result.current.model}) scores the same answers ${formatPoints(result.current.score)} and would say ${result.current.verdict}.`,
    );
  }
  line();

  line("## Decision Drivers");
  line();
  const drivers = strongestContributions(result, DRIVERS_SHOWN);
  if (drivers.length === 0) line("* No answer pulls either way yet.");
  for (const c of drivers) line(`* ${driver(c)}`);
  for (const gate of result.gates) {
    const definition = gateOf(gate.id, result.model);
    line(`* ${gate.severity === "warning" ? "Warning" : "Note"}: ${definition.title}.`);
  }
  line();

  line("## Considered Options");
  line();
  line(`* ${OPTION_TITLES.orchestration}`);
  line(`* ${OPTION_TITLES.choreography}`);
  line(`* ${hybridOptionTitle(result)}`);
  line();

  line("## Decision Outcome");
  line();
  if (result.insufficient) {
    line(
      `No option is chosen yet: too few questions are answered to recommend anything. Answer these first, then export the record again:`,
    );
    line();
    for (const id of result.ask) line(`* ${questionText(id)}`);
  } else {
    line(`Chosen option: "${chosen}", because ${outcomeReason(result)}`);
  }
  line();
  line("### Consequences");
  line();
  if (result.insufficient || result.verdict === null) {
    line("* Neutral, because the decision stays open until the missing answers are in.");
  } else {
    const tradeoff = STYLE_TRADEOFFS[result.verdict];
    line(`* Good, because ${tradeoff.good}.`);
    line(`* Bad, because ${tradeoff.bad}.`);
    const lead = result.hybridAdvice[0];
    if (lead) line(`* Good, because ${lowerFirst(stripFullStop(lead.why))}.`);
  }
  for (const gate of result.gates) {
    const definition = gateOf(gate.id, result.model);
    line(
      `* ${gate.severity === "warning" ? "Bad, unless addressed" : "Neutral"}, because ${lowerFirst(stripFullStop(definition.advice))} (${definition.basis}).`,
    );
  }
  line();

  line("## Pros and Cons of the Options");
  line();
  for (const style of ["orchestration", "choreography"] as const) {
    line(`### ${OPTION_TITLES[style]}`);
    line();
    const sign = style === "orchestration" ? 1 : -1;
    const pro = strongestContributions(result)
      .filter((c) => c.weighted * sign > 0)
      .slice(0, REASONS_PER_OPTION);
    const con = strongestContributions(result)
      .filter((c) => c.weighted * sign < 0)
      .slice(0, REASONS_PER_OPTION);
    line(`* Good, because ${STYLE_TRADEOFFS[style].good}`);
    for (const c of pro) line(`* Good, because ${because(c)}`);
    line(`* Bad, because ${STYLE_TRADEOFFS[style].bad}`);
    for (const c of con) line(`* Bad, because ${because(c)}`);
    line();
  }
  line(`### ${hybridOptionTitle(result)}`);
  line();
  line(`* Good, because ${STYLE_TRADEOFFS.hybrid.good}`);
  for (const advice of result.hybridAdvice) {
    const pattern = hybridPattern(advice.pattern, result.model);
    line(
      `* Good, because it allows **${lowerFirst(pattern.title)}**: ${lowerFirst(stripFullStop(pattern.description))} (${stripFullStop(pattern.sources)}).`,
    );
  }
  line(`* Bad, because ${STYLE_TRADEOFFS.hybrid.bad}`);
  line();

  line("## More Information");
  line();
  line("### Revisit when");
  line();
  if (result.flips.length === 0) {
    line("* No single changed answer would change this verdict.");
  }
  for (const flip of result.flips.slice(0, FLIPS_SHOWN)) line(`* ${flipSentence(flip)}`);
  if (result.flips.length > FLIPS_SHOWN) {
    line(
      `* …and ${result.flips.length - FLIPS_SHOWN} more single-answer changes: see the result page.`,
    );
  }
  line(`* ${marginSentence(result)}`);
  line();
  if (result.tools.length > 0) {
    line("### Tools to consider");
    line();
    for (const tool of result.tools) {
      const mark = tool.source === "organisation" ? " (your organisation's choice)" : "";
      line(`* [${tool.name}](${tool.url})${mark}: ${tool.why}`);
    }
    line();
  }
  if (options.organisation && settings)
    recordHint(line, options.organisation.name, settings, result, flow);
  line("### Source");
  line();
  line(
    `Generated by Baton from share code \`${result.code}\` (model ${result.model}): <${options.url}>. Baton's weights and thresholds are a reasoned proposal, not an industry standard; the result page shows every answer's contribution.`,
  );
  return `${out.join("\n")}\n`;
}

/** Where the organisation keeps its records, how they are numbered, and its status vocabulary. */
function recordHint(
  line: (text?: string) => void,
  organisation: string,
  settings: AdrSettings,
  result: ResultJson,
  flow: string,
): void {
  const hints: string[] = [];
  const file = `${"0".repeat(Math.max(0, (settings.numberWidth ?? 4) - 1))}1-${slugOf(title(result, flow))}.md`;
  if (settings.records) {
    hints.push(
      `Store this record in ${settings.records.repository}, under \`${settings.records.path}\`, with the next free number (for example \`${file}\`).`,
    );
  } else if (settings.numberWidth) {
    hints.push(`Number it with ${settings.numberWidth} digits, for example \`${file}\`.`);
  }
  if (settings.statuses && settings.statuses.length > 1) {
    hints.push(`Statuses used at ${organisation}: ${settings.statuses.join(", ")}.`);
  }
  if (settings.decisionMakers) {
    hints.push(`Replace the decision-makers placeholder before the record is accepted.`);
  }
  if (hints.length === 0) return;
  line(`### Where this record lives at ${escapeMarkdown(organisation)}`);
  line();
  for (const hint of hints) line(`* ${hint}`);
  line();
}

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

function title(result: ResultJson, flow: string): string {
  if (result.insufficient) return `Choose a coordination style for ${flow}`;
  if (result.verdict === "orchestration") return `Orchestrate ${flow}`;
  if (result.verdict === "choreography") return `Choreograph ${flow}`;
  const lead = result.hybrid[0];
  return `Coordinate ${flow} as a hybrid${lead ? `: ${lowerFirst(hybridTitle(lead))}` : ""}`;
}

function chosenOption(result: ResultJson): string {
  if (result.verdict === null) return "No option chosen yet";
  return result.verdict === "hybrid" ? hybridOptionTitle(result) : OPTION_TITLES[result.verdict];
}

function hybridOptionTitle(result: ResultJson): string {
  const lead = result.verdict === "hybrid" ? result.hybrid[0] : undefined;
  return lead ? `Hybrid: ${lowerFirst(hybridTitle(lead))}` : "Hybrid";
}

function outcomeReason(result: ResultJson): string {
  const top = strongestContributions(result, 3).filter((c) =>
    result.verdict === "choreography"
      ? c.weighted < 0
      : result.verdict === "orchestration"
        ? c.weighted > 0
        : true,
  );
  const reasons = top.map((c) => `${answerLabel(c.question, c.answer).toLowerCase()}`);
  const why = reasons.length > 0 ? `the strongest answers were: ${reasons.join("; ")}` : "";
  const advice = result.hybridAdvice[0]?.why;
  if (result.verdict === "hybrid" && advice) return `${lowerFirst(stripFullStop(advice))}.`;
  return `${why || "it is where the answers lead"}. ${marginSentence(result)}`;
}

function driver(c: Contribution): string {
  return `**${answerLabel(c.question, c.answer)}** (\u201c${questionText(c.question)}\u201d): ${formatPoints(c.weighted)} ${pullOf(c.weighted)}`;
}

function because(c: Contribution): string {
  return `of the answer \u201c${answerLabel(c.question, c.answer)}\u201d to \u201c${questionText(c.question)}\u201d (${pointsPhrase(c.weighted)})`;
}

/** A gate's wording in the model version that scored the result. */
function gateOf(id: GateId, model: number) {
  return gateDefinition(id, model);
}

function lowerFirst(text: string): string {
  // Keep acronyms and proper names ("AWS", "Kubernetes") as they are.
  if (/^[A-Z]{2}|^(Kubernetes|Temporal|Camunda)\b/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function stripFullStop(text: string): string {
  return text.replace(/[.\s]+$/, "");
}
