/**
 * The import formats and the words the editor's "Format" radios, the no-JavaScript import's error
 * page and the format hint all use for them. No imports: the editor loads it up front, while the
 * importers themselves load only on "Import".
 */
export type ImportFormat = "mermaid" | "asyncapi";

/** Each format's option label, as the person sees it. */
export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  mermaid: "Mermaid sequence diagram",
  asyncapi: "AsyncAPI 3 (YAML or JSON)",
};

/** The format a form's `format` field names: AsyncAPI when it says so, else Mermaid (the default). */
export const importFormatOfField = (value: unknown): ImportFormat =>
  value === "asyncapi" ? "asyncapi" : "mermaid";
