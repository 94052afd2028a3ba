/**
 * The organisation's paved road, applied to a result's tool suggestions AFTER scoring. It never
 * sees or changes a score, so a share code means the same in every deployment.
 */
import type { ToolSuggestion } from "../scoring";
import type { OrganisationConfig, PavedRoadTool } from "./schema";

/** A tool suggestion, and where it comes from once a config is loaded (unset without one). */
export type SourcedTool = ToolSuggestion & { source?: "organisation" | "catalogue" };

/** Whether a catalogue tool's name contains a configured name (case-insensitive). */
export function namesMatch(toolName: string, configured: string): boolean {
  return toolName.toLowerCase().includes(configured.trim().toLowerCase());
}

/**
 * Applies the paved road and the exclusions to a result's tools.
 *
 * - A paved-road tool fits when it `replaces` a tool in the list; or, when the result names
 *   implementation forms (model 2), when it `serves` one of them (a tool without `serves` fits by
 *   kind); or, when the result names none (model 1), when the list already holds a tool of its kind
 *   (an engine fits where Baton suggests engines).
 * - Fitting paved-road tools come first (`source: "organisation"`), ordered by the best-ranked
 *   implementation form they serve, then by their order in the config.
 * - Catalogue tools follow in their own order (`source: "catalogue"`), without the excluded ones,
 *   the ones a listed paved-road tool replaces, and any with a paved-road tool's name.
 *
 * @param tools the result's suggestions, in the model's order
 * @param implementation the result's implementation form ids, best first (empty under model 1)
 * @param config the loaded config's `pavedRoad` and `exclude`
 * @example
 * applyPavedRoad([{ name: "Temporal", kind: "engine", why: "…", url: "…" }], [], {
 *   pavedRoad: [{ name: "Temporal at Acme", kind: "engine", why: "…", url: "…", replaces: ["Temporal"] }],
 * }).map((t) => `${t.name} (${t.source})`) // → ["Temporal at Acme (organisation)"]
 */
export function applyPavedRoad(
  tools: readonly ToolSuggestion[],
  implementation: readonly string[],
  config: Pick<OrganisationConfig, "pavedRoad" | "exclude">,
): SourcedTool[] {
  const paved = (config.pavedRoad ?? [])
    .map((tool, order) => ({ tool, order, rank: rankOf(tool, implementation) }))
    .filter(({ tool }) => fits(tool, tools, implementation))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ tool }) => tool);
  const excluded = (config.exclude ?? []).map((e) => e.name);
  const replaced = paved.flatMap((p) => p.replaces ?? []);
  const pavedNames = new Set(paved.map((p) => p.name.toLowerCase()));
  const catalogue = tools.filter(
    (t) =>
      !excluded.some((name) => namesMatch(t.name, name)) &&
      !replaced.some((name) => namesMatch(t.name, name)) &&
      !pavedNames.has(t.name.toLowerCase()),
  );
  return [
    ...paved.map((p) => ({
      name: p.name,
      kind: p.kind,
      why: p.why,
      url: p.url,
      source: "organisation" as const,
    })),
    ...catalogue.map((t) => ({ ...t, source: "catalogue" as const })),
  ];
}

function fits(
  tool: PavedRoadTool,
  tools: readonly ToolSuggestion[],
  implementation: readonly string[],
): boolean {
  if ((tool.replaces ?? []).some((name) => tools.some((t) => namesMatch(t.name, name)))) {
    return true;
  }
  if (implementation.length > 0 && tool.serves && tool.serves.length > 0) {
    return tool.serves.some((form) => implementation.includes(form));
  }
  return tools.some((t) => t.kind === tool.kind);
}

function rankOf(tool: PavedRoadTool, implementation: readonly string[]): number {
  const ranks = (tool.serves ?? [])
    .map((form) => implementation.indexOf(form))
    .filter((i) => i >= 0);
  return ranks.length > 0 ? Math.min(...ranks) : implementation.length;
}
