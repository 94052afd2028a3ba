/**
 * The name a map shows for a scope's `in-process` form (MAP.md §7.2, §7.3). No imports, so the
 * map pages can take it without the scoring models.
 */

/**
 * A map scope's `in-process` form, named as MAP.md §7.3 describes it. One-flow model 2 calls the
 * form "In process: one service, one database transaction", which holds for one flow whose steps
 * share a database (`local-transaction: yes`), but a map scope spans services and external
 * systems that no database transaction spans (review 22, F4; CONTRACT-NOTES.md item 11). Every
 * other form keeps one-flow model 2's name.
 */
export const IN_PROCESS_SCOPE_FORM =
  "In the owner's service: a persisted state machine, one local transaction per step";

/**
 * The name of a map scope's form: `in-process` as {@link IN_PROCESS_SCOPE_FORM}, any other form
 * as `oneFlowName` gives it (the caller's one-flow model 2 words).
 *
 * @example scopeFormName("durable-execution", (id) => names[id]) // → "Durable execution"
 */
export function scopeFormName(form: string, oneFlowName: (form: string) => string): string {
  return form === "in-process" ? IN_PROCESS_SCOPE_FORM : oneFlowName(form);
}

/**
 * A scope's form in a diagram's short label (the SVG box and the Mermaid subgraph title): the
 * form id in words, e.g. "durable execution".
 */
export const SHORT_FORM_WORDS: Record<
  "in-process" | "durable-execution" | "process-engine",
  string
> = {
  "in-process": "in-process",
  "durable-execution": "durable execution",
  "process-engine": "process engine",
};
