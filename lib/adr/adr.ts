/**
 * The Architecture Decision Record export: a result in the MADR 4 layout (Markdown Architectural
 * Decision Records, adr.github.io/madr, template 4.0.0: YAML front matter with `status`, `date`
 * and `decision-makers`). Pure: the same result, URL and date always give the same text, byte for
 * byte. The date is the day of export, so the bytes change daily: the route caches it for the rest
 * of that day only.
 */
import type { Contribution, ModelWords } from "../scoring";
import type { ResultJson } from "../result";
import type { ResolvedResult } from "../result/load";
import { formatPoints, pointsPhrase } from "../result/format";
import {
  answerLabel,
  articleTitleFromSlug,
  articlesThatMattered,
  confidenceWords,
  gateIn,
  hybridPatternIn,
  marginSentence,
  pullOf,
  questionText,
  scaleSentence,
  strongestContributions,
  wouldSay,
} from "../result/wording";
import { flipOutcome, flipRuleOf, implementationName, verdictReasonOf } from "../result/explain";
import { escapeMarkdown, escapeMarkdownInline } from "../text/markdown";
import { quoted } from "../text/quote";

export interface AdrOptions {
  /** The absolute URL of the result page, linked back from the record. */
  url: string;
  /** The day of export as an ISO 8601 calendar date, `YYYY-MM-DD` (MADR's `date`). */
  date: string;
  /** The deployment's organisation config: its name and `adr` settings (lib/organisation). */
  organisation?: { name: string; adr?: AdrSettings };
  /** The record's number in the team's log (adrNumber), when known: named in the storage hint. */
  number?: number;
  /**
   * Who decides, as the person exporting typed it on the result page; the config's
   * `decisionMakers` otherwise. Without either, the record has no `decision-makers` field.
   */
  decisionMakers?: string;
}

/** How the record fits the organisation's decision log (the config's `adr`). */
export interface AdrSettings {
  decisionMakers?: string;
  statuses?: string[];
  records?: { repository: string; path: string };
  numberWidth?: number;
  nextNumber?: number;
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
 * The ADR for a result, in MADR 4 layout, ready to commit as it is: front matter (status, date,
 * and decision-makers when known), title, context and problem, decision drivers (the answers),
 * considered options, decision outcome with consequences (the gates under "Before we commit") and
 * confirmation, pros and cons, and "revisit when" with the score each change would lead to (and
 * the rule, when a rule would decide). Labels are quoted without nesting quotes. lib/testing/madr.ts
 * checks the structure against the MADR 4 template.
 *
 * @throws RangeError naming `date` when it is not a `YYYY-MM-DD` calendar date.
 * @example
 * adrMarkdown(resultForAnswers({ flow: "Checkout", answers }), { url: "https://baton.example/r/1Bq8R1Wu64", date: "2026-11-30" })
 * // → "---\nstatus: proposed\ndate: 2026-11-30\ndecision-makers: …\n---\n\n# Coordinate “Checkout”: …"
 */
export function adrMarkdown(
  { result, words }: Pick<ResolvedResult, "result" | "words">,
  options: AdrOptions,
): string {
  if (!isCalendarDate(options.date)) {
    throw new RangeError(
      `date must be a YYYY-MM-DD calendar date, got ${JSON.stringify(options.date)}`,
    );
  }
  // Always mid-line and inside quotes, so only inline constructs need escaping: "Checkout: place
  // order, EU" stays readable in a PR diff (UX review 4, #8).
  const flow = result.flow ? quoted(escapeMarkdownInline(result.flow)) : "this flow";
  const chosen = chosenOption(words, result);
  const out: string[] = [];
  const line = (text = "") => out.push(text);

  const settings = options.organisation?.adr;
  line("---");
  line(`status: ${settings?.statuses?.[0] ?? "proposed"}`);
  line(`date: ${options.date}`);
  const decisionMakers = (options.decisionMakers ?? settings?.decisionMakers)?.trim();
  // A JSON string is a valid YAML double-quoted scalar, whatever the names hold.
  if (decisionMakers) line(`decision-makers: ${JSON.stringify(decisionMakers)}`);
  line("---");
  line();
  line(`# ${title(words, result, flow)}`);
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
      `A newer Baton model (model ${result.current.model}) scores the same answers ${formatPoints(result.current.score)} and would say ${wouldSay(result.current.verdict)}.`,
    );
  }
  line();

  line("## Decision Drivers");
  line();
  const drivers = strongestContributions(result, DRIVERS_SHOWN);
  if (drivers.length === 0) line("* No answer pulls either way yet.");
  for (const c of drivers) line(`* ${driver(words, c)}`);
  line();

  line("## Considered Options");
  line();
  line(`* ${OPTION_TITLES.orchestration}`);
  line(`* ${OPTION_TITLES.choreography}`);
  line(`* ${hybridOptionTitle(words, result)}`);
  line();

  line("## Decision Outcome");
  line();
  if (result.insufficient) {
    line(
      `No option is chosen yet: too few questions are answered to recommend anything. Answer these first, then export the record again:`,
    );
    line();
    for (const id of result.ask) line(`* ${questionText(words, id)}`);
  } else {
    line(`Chosen option: "${chosen}", because ${outcomeReason(words, result)}`);
    const reason = verdictReasonOf(result);
    if (reason) {
      line();
      line(reason);
    }
    const { implementation, notes } = result;
    if (implementation.length > 0) {
      line();
      line("How to build it, best fit first:");
      line();
      implementation.forEach((form, index) =>
        line(`${index + 1}. **${implementationName(words, form.id)}**: ${form.why}`),
      );
    }
    if (notes.length > 0) {
      line();
      for (const note of notes) line(`* Note: ${note.why}`);
    }
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
  }
  if (result.gates.length > 0) {
    // Gates are neither drivers nor consequences of the choice: things to settle before it holds.
    line();
    line("#### Before we commit");
    line();
    for (const gate of result.gates) {
      const definition = gateIn(words, gate.id);
      line(
        `* ${gate.severity === "warning" ? "Warning" : "Note"}: **${stripFullStop(definition.title)}.** ${definition.advice} Basis: ${stripFullStop(definition.basis)}.`,
      );
    }
  }
  line();
  line("### Confirmation");
  line();
  line(
    'The team confirms this decision in review once everyone who decides has read the drivers and agrees with the answers behind them. Re-run the questionnaire from the result link if an answer changes; the triggers under "Revisit when" say which changes would change the outcome.',
  );
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
    for (const c of pro) line(`* Good, because ${because(words, c)}`);
    line(`* Bad, because ${STYLE_TRADEOFFS[style].bad}`);
    for (const c of con) line(`* Bad, because ${because(words, c)}`);
    line();
  }
  line(`### ${hybridOptionTitle(words, result)}`);
  line();
  line(`* Good, because ${STYLE_TRADEOFFS.hybrid.good}`);
  for (const advice of result.hybridAdvice) {
    const pattern = hybridPatternIn(words, advice.pattern);
    line(
      `* Good, because the pattern ${lowerFirst(stripFullStop(pattern.title))} fits: ${lowerFirst(stripFullStop(pattern.description))}. Sources: ${stripFullStop(pattern.sources)}.`,
    );
  }
  line(`* Bad, because ${STYLE_TRADEOFFS.hybrid.bad}`);
  line();

  line("## More Information");
  line();
  line("### Revisit when");
  line();
  const flips = result.insufficient ? [] : result.flips;
  if (result.insufficient) {
    line(
      "* When the questions listed under the decision outcome are answered: export the record again.",
    );
  } else if (flips.length === 0) {
    line("* No single changed answer would change this verdict.");
  }
  for (const flip of flips.slice(0, FLIPS_SHOWN))
    line(`* ${flipOutcome(words, flip, result.score, flipRuleOf(result, flip))}`);
  if (flips.length > FLIPS_SHOWN) {
    line(
      `* \u2026and ${flips.length - FLIPS_SHOWN} more single-answer changes, listed on the result page.`,
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
  const reading = articlesThatMattered(words, result);
  const origin = originOf(options.url);
  if (reading.length > 0 && origin) {
    line("### Further reading");
    line();
    for (const article of reading) {
      line(`* [${articleTitleFromSlug(article.slug)}](${origin}/guides/${article.slug})`);
    }
    line();
  }
  if (options.organisation && settings)
    recordHint(line, options.organisation.name, settings, result, options.number);
  line("### Source");
  line();
  line(
    `Generated by Baton on ${options.date} from share code \`${result.code}\` (model ${result.model}). The result page, with every answer's contribution: <${options.url}>. Baton's weights and thresholds are a reasoned proposal, not an industry standard.`,
  );
  return `${out.join("\n")}\n`;
}

/**
 * The MADR file name for a result: `NNNN-<flow-slug>.md` when the record has a number (the page's
 * `?number=` or the config's `nextNumber`), `number` padded to `width` digits; `<flow-slug>.md`
 * without one, for the team to number. The slug is the flow name in lower-case ASCII words joined
 * by hyphens (`coordination-style` without a flow name).
 *
 * @example
 * adrFileName({ flow: "Order checkout (EU)" }) // → "order-checkout-eu.md"
 * adrFileName({}, 12) // → "0012-coordination-style.md"
 */
export function adrFileName(result: Pick<ResultJson, "flow">, number?: number, width = 4): string {
  const slug = slugOf(result.flow ?? "") || "coordination-style";
  return number === undefined ? `${slug}.md` : `${String(number).padStart(width, "0")}-${slug}.md`;
}

/**
 * The download name of a flow map's ADR or JSON: the map's name as a slug with "-map", or
 * "flow-map" for a map without a name, led by the record's number padded to `width` digits when
 * it has one (as adrFileName). Never the share code, which can be hundreds of characters (too
 * long for some file systems).
 *
 * @example
 * mapFileName("Order flow", "md") // → "order-flow-map.md"
 * mapFileName("Order flow", "md", 12) // → "0012-order-flow-map.md"
 * mapFileName(null, "json") // → "flow-map.json"
 */
export function mapFileName(
  name: string | null,
  extension: "md" | "json",
  number?: number,
  width = 4,
): string {
  const slug = slugOf(name ?? "");
  const base = `${slug ? `${slug}-map` : "flow-map"}.${extension}`;
  return number === undefined ? base : `${String(number).padStart(width, "0")}-${base}`;
}

/**
 * The record's number from the page's `?number=` (a whole number from 1 to 99,999,999), else the
 * config's `nextNumber`; undefined when neither gives one. An empty field counts as not given.
 *
 * @throws RangeError naming `number` when the page's value is not such a number.
 * @example
 * adrNumber("7", { nextNumber: 12 }) // → 7
 * adrNumber("", { nextNumber: 12 }) // → 12
 * adrNumber(null, undefined) // → undefined
 */
export function adrNumber(
  raw: string | null,
  settings: Pick<AdrSettings, "nextNumber"> | undefined,
): number | undefined {
  const given = raw?.trim() ?? "";
  if (given === "") return settings?.nextNumber;
  if (!/^\d{1,8}$/.test(given) || Number(given) < 1) {
    throw new RangeError("number: must be a whole number from 1 to 99999999.");
  }
  return Number(given);
}

/**
 * What an ADR download asks for in its query, for a one-flow result and a map alike: the number
 * (`?number=`, else the config's `nextNumber`: adrNumber) and the decision-makers
 * (`?decision-makers=`, trimmed to at most 200 characters, else the config's `decisionMakers`);
 * each undefined when neither gives it.
 *
 * @throws RangeError naming `number` when the query's number is not a whole number from 1 to
 *   99,999,999.
 * @example
 * adrQuery(new URLSearchParams("number=7"), { decisionMakers: "Ana" }) // → { number: 7, decisionMakers: "Ana" }
 */
export function adrQuery(
  query: URLSearchParams,
  settings: Pick<AdrSettings, "nextNumber" | "decisionMakers"> | undefined,
): { number?: number; decisionMakers?: string } {
  const number = adrNumber(query.get("number"), settings);
  const decisionMakers =
    query.get("decision-makers")?.trim().slice(0, 200) || settings?.decisionMakers?.trim();
  return {
    ...(number !== undefined ? { number } : {}),
    ...(decisionMakers ? { decisionMakers } : {}),
  };
}

/** Where the organisation keeps its records, how they are numbered, and its status vocabulary. */
function recordHint(
  line: (text?: string) => void,
  organisation: string,
  settings: AdrSettings,
  result: ResultJson,
  number: number | undefined,
): void {
  const hints: string[] = [];
  const file = adrFileName(result, number ?? 1, settings.numberWidth ?? 4);
  if (settings.records) {
    hints.push(
      `Store this record in ${settings.records.repository}, under \`${settings.records.path}\`${number === undefined ? `, with the next free number (for example \`${file}\`)` : ` as \`${file}\``}.`,
    );
  } else if (settings.numberWidth && number === undefined) {
    hints.push(`Number it with ${settings.numberWidth} digits, for example \`${file}\`.`);
  }
  if (settings.statuses && settings.statuses.length > 1) {
    hints.push(`Statuses used at ${organisation}: ${settings.statuses.join(", ")}.`);
  }
  if (hints.length === 0) return;
  line(`### Where this record lives at ${escapeMarkdown(organisation)}`);
  line();
  for (const hint of hints) line(`* ${hint}`);
  line();
}

/** Lower-case ASCII words joined by hyphens, accents dropped, at most 60 characters. */
function slugOf(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function title(words: ModelWords, result: ResultJson, flow: string): string {
  if (result.insufficient) return `Choose a coordination style for ${flow}`;
  if (result.verdict === "orchestration") return `Orchestrate ${flow}`;
  if (result.verdict === "choreography") return `Choreograph ${flow}`;
  const lead = result.hybrid[0];
  return `Coordinate ${flow} as a hybrid${lead ? `: ${lowerFirst(hybridPatternIn(words, lead).title)}` : ""}`;
}

function chosenOption(words: ModelWords, result: ResultJson): string {
  if (result.verdict === null) return "No option chosen yet";
  return result.verdict === "hybrid"
    ? hybridOptionTitle(words, result)
    : OPTION_TITLES[result.verdict];
}

function hybridOptionTitle(words: ModelWords, result: ResultJson): string {
  const lead = result.verdict === "hybrid" ? result.hybrid[0] : undefined;
  return lead ? `Hybrid: ${lowerFirst(hybridPatternIn(words, lead).title)}` : "Hybrid";
}

function outcomeReason(words: ModelWords, result: ResultJson): string {
  const top = strongestContributions(result, 3).filter((c) =>
    result.verdict === "choreography"
      ? c.weighted < 0
      : result.verdict === "orchestration"
        ? c.weighted > 0
        : true,
  );
  const reasons = top.map((c) => `${answerLabel(words, c.question, c.answer).toLowerCase()}`);
  const why = reasons.length > 0 ? `the strongest answers were: ${reasons.join("; ")}` : "";
  const advice = result.hybridAdvice[0]?.why;
  if (result.verdict === "hybrid" && advice) return `${lowerFirst(stripFullStop(advice))}.`;
  return `${why || "it is where the answers lead"}. ${marginSentence(result)}`;
}

function driver(words: ModelWords, c: Contribution): string {
  return `${questionText(words, c.question)} **${answerLabel(words, c.question, c.answer)}**: ${formatPoints(c.weighted)} ${pullOf(c.weighted)}`;
}

function because(words: ModelWords, c: Contribution): string {
  return `of the answer ${quoted(answerLabel(words, c.question, c.answer))} to ${quoted(questionText(words, c.question))} (${pointsPhrase(c.weighted)})`;
}

function lowerFirst(text: string): string {
  // Keep acronyms and proper names ("AWS", "Kubernetes") as they are.
  if (/^[A-Z]{2}|^(Kubernetes|Temporal|Camunda)\b/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function stripFullStop(text: string): string {
  return text.replace(/[.\s]+$/, "");
}
