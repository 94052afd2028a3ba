/**
 * An import as the editor shows it (MAP.md §4.1, §11). The importers return Map JSON, in which a
 * missing answer means `unsure`; the editor instead preselects the form's default for every
 * question a person has not answered. An imported draft therefore keeps the answers the import set
 * (marked "imported, check") and preselects the defaults for the rest, exactly as for a hand-off
 * added by hand, so a freshly imported map is not read as all "Not sure".
 */
import { draftFromMap, draftToMap, withDefaults, type MapDraft } from "../../map-view/draft";
import { HANDOFF_QUESTIONS, type HandoffQuestionId, type MapJson } from "../types";

/**
 * The questions of hand-off `index` that the import answered, from its `imported` paths
 * (`handoffs[2].answers.current`).
 *
 * @example
 * importedQuestions(["handoffs[0].answers.current"], 0) // → ["current"]
 */
export function importedQuestions(imported: readonly string[], index: number): HandoffQuestionId[] {
  return HANDOFF_QUESTIONS.map((q) => q.id).filter((id) =>
    imported.includes(`handoffs[${index}].answers.${id}`),
  );
}

/**
 * The editor's draft of an import: the imported answers count as touched; the others follow the
 * hand-off's label and receiver (`formDefaults`), and keep following them when the label changes.
 * `undo` is the form's default, `none`, like any untouched answer: no import can know it.
 *
 * @example
 * const imported = importMermaid("sequenceDiagram\nA->>B: Order placed");
 * if (imported.ok) importedDraft(imported).handoffs[0].answers.intent; // → "tell"
 */
export function importedDraft(result: { map: MapJson; imported: readonly string[] }): MapDraft {
  const draft = draftFromMap(result.map);
  return {
    ...draft,
    handoffs: draft.handoffs.map((h, i) =>
      withDefaults(draft, { ...h, touched: importedQuestions(result.imported, i) }),
    ),
  };
}

/**
 * The Map JSON the editor would submit for an import left as it came in: every answer the import
 * did not set is the form's default (MAP.md §4.1). What the CLI scores for `--map-import`.
 */
export function importedMap(result: { map: MapJson; imported: readonly string[] }): MapJson {
  return draftToMap(importedDraft(result));
}
