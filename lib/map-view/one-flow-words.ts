/**
 * The one-flow words the map pages show, always in one-flow model 2's wording: map model 1 pins
 * model 2 for its scopes (MAP.md §7.1), so a map link keeps its words as well as its numbers.
 * Every look-up of a one-flow word by the map pages goes through here. An id model 2 doesn't know
 * comes back as the id, never as an error.
 */
import { scopeFormName } from "../map/scope-form";
import { implementationName } from "../result/explain";
import { gateIn, hybridPatternIn, questionIn, wordsFor } from "../result/wording";
import type { GateId, HybridPatternId } from "../scoring";
import { MAP_ONE_FLOW_MODEL } from "../map/types";

/** One-flow model 2's words, as data (lib/scoring/model-2). */
const WORDS = wordsFor({ model: MAP_ONE_FLOW_MODEL });

/** A map-level question (MAP.md §4.2) in model 2's words: its text and its options' labels. */
export function contextQuestionWords(
  id: string,
  options: readonly string[],
): { id: string; text: string; options: { id: string; label: string }[] } {
  const question = questionIn(WORDS, id);
  return {
    id,
    text: question?.text ?? id,
    options: options.map((o) => ({
      id: o,
      label: question?.options.find((x: { id: string }) => x.id === o)?.label ?? o,
    })),
  };
}

/** A one-flow gate's title and advice in model 2's words, or undefined for an unknown id. */
export function gateWords(id: string): { title: string; advice: string } | undefined {
  try {
    const gate = gateIn(WORDS, id as GateId);
    return { title: gate.title, advice: gate.advice };
  } catch {
    return undefined;
  }
}

/** A hybrid pattern's title in model 2's words, or its id. */
export function patternTitle(id: string): string {
  try {
    return hybridPatternIn(WORDS, id as HybridPatternId).title;
  } catch {
    return id;
  }
}

/**
 * A map scope's form name ("Durable execution"), or its id: model 2's words, except `in-process`,
 * which on a map is the owner's persisted state machine, never "one database transaction"
 * (lib/map/scope-form.ts).
 */
export function formName(id: string): string {
  return scopeFormName(id, (form) => implementationName(WORDS, form));
}
