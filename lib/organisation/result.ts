/**
 * The organisation config applied to a whole Result JSON, and the internal links that belong with
 * it. Pure: the same result and config always give the same output. Without a config, the result
 * comes back untouched (the same object), so every output stays byte for byte what it was.
 */
import { QUESTIONS, type Answers, type Recommendation } from "../scoring";
import type { GuidanceLink, OrganisationConfig } from "./schema";
import { applyPavedRoad, type SourcedTool } from "./tools";

/** What the config reads of a result (a Result JSON has all of it). */
export type OverlaidResult = Pick<
  Recommendation,
  "gates" | "hybrid" | "implementation" | "insufficient" | "notes"
> & { answers: Answers; tools: readonly SourcedTool[] };

/**
 * The result with the organisation's paved road and exclusions applied to `tools` (every tool then
 * carries `source`). Score, verdict and everything else are untouched.
 *
 * @example
 * withOrganisation(result, undefined) === result // → true
 * withOrganisation(result, config).tools[0].source // → "organisation" when a paved-road tool fits
 */
export function withOrganisation<R extends OverlaidResult>(
  result: R,
  config: OrganisationConfig | undefined,
): R {
  if (!config) return result;
  const forms = result.implementation.map((i) => i.id);
  return { ...result, tools: applyPavedRoad(result.tools, forms, config) };
}

/** One internal link, with what in the result it belongs to (for the reader). */
export interface GuidanceItem extends GuidanceLink {
  /** E.g. "warning: orchestration-needs-engine", shown in small print. */
  about: string;
}

/**
 * The organisation's internal links that apply to a result: per gate that fired, note given, hybrid
 * pattern advised, implementation form named, and question answered (context answers included).
 * Each URL appears once, at its first match, in that order.
 *
 * @example
 * guidanceFor(result, { organisation: { name: "Acme" }, guidance: { gates: { "orchestration-needs-engine": [link] } } })
 * // → [{ ...link, about: "the warning “orchestration-needs-engine”" }] when that gate fired
 */
export function guidanceFor(
  result: OverlaidResult,
  config: OrganisationConfig | undefined,
): GuidanceItem[] {
  const guidance = config?.guidance;
  if (!guidance) return [];
  const answered = QUESTIONS.map((q) => q.id as string).filter(
    (id) => (result.answers as Record<string, string | undefined>)[id] !== undefined,
  );
  const groups: [Record<string, GuidanceLink[] | undefined> | undefined, string[], string][] = [
    [guidance.gates, result.gates.map((g) => g.id), "warning"],
    [guidance.notes, result.notes.map((n) => n.id), "note"],
    [guidance.hybrid, result.insufficient ? [] : result.hybrid, "pattern"],
    [guidance.implementation, result.implementation.map((i) => i.id), "implementation"],
    [guidance.questions, answered, "question"],
  ];
  const seen = new Set<string>();
  const out: GuidanceItem[] = [];
  for (const [links, ids, kind] of groups) {
    if (!links) continue;
    for (const id of ids) {
      for (const link of links[id] ?? []) {
        if (seen.has(link.url)) continue;
        seen.add(link.url);
        out.push({ ...link, about: `${kind} \u201c${id}\u201d` });
      }
    }
  }
  return out;
}

/**
 * The context answers a fresh questionnaire starts with. A default for a question the current
 * model doesn't ask (model 1 has no `volume`), or an option it doesn't offer, is left out.
 *
 * @example
 * defaultAnswersOf({ organisation: { name: "Acme" }, defaults: { platform: "kubernetes", volume: "1-100" } })
 * // → { platform: "kubernetes" } under model 1
 */
export function defaultAnswersOf(config: OrganisationConfig | undefined): Answers {
  const out: Record<string, string> = {};
  for (const [id, option] of Object.entries(config?.defaults ?? {})) {
    const question = QUESTIONS.find((q) => q.id === id);
    if (option && question?.options.some((o) => o.id === option)) out[id] = option;
  }
  return out as Answers;
}
