/** Which importer a text is for, for callers that take either (the CLI's `--map-import`). */
import { importAsyncApi } from "./asyncapi";
import { unfence, type MapImportResult } from "./draft";
import { importMermaid } from "./mermaid";

import { IMPORT_FORMAT_LABELS, type ImportFormat } from "./formats";

export type { ImportFormat };

/**
 * The format of an import text: `mermaid` when a line (inside a Markdown code fence, if any) starts
 * with `sequenceDiagram`; else `asyncapi` when a line starts with an `asyncapi` key (YAML, or JSON's
 * `"asyncapi":`); else `mermaid`, whose error then says what it expected.
 *
 * @example
 * importFormatOf("asyncapi: 3.0.0\ninfo: …") // → "asyncapi"
 */
export function importFormatOf(text: string): ImportFormat {
  if (/^\s*sequenceDiagram\b/m.test(unfence(text, "mermaid"))) return "mermaid";
  if (/^\s*[{[]?\s*["']?asyncapi["']?\s*:/m.test(unfence(text, "all"))) return "asyncapi";
  return "mermaid";
}

/** The import of a text in the given format, or in the one `importFormatOf` finds. */
export function importText(text: string, format: ImportFormat = importFormatOf(text)) {
  const result: MapImportResult =
    format === "asyncapi" ? importAsyncApi(text) : importMermaid(text);
  return { format, result };
}

/** What a text in each format is, in a sentence. */
const FORMAT_WORDS: Record<ImportFormat, string> = {
  mermaid: "a Mermaid sequence diagram",
  asyncapi: "AsyncAPI 3",
};

/**
 * When an import in the `chosen` format failed: a sentence that suggests the other format if the
 * text looks like it (`importFormatOf`), else null (new-user review 5: AsyncAPI pasted with
 * "Mermaid" picked got only Mermaid's errors).
 *
 * @example
 * formatHint("asyncapi: 3.0.0", "mermaid") // → "This text looks like AsyncAPI 3: pick “AsyncAPI 3 (YAML or JSON)” and import again."
 */
export function formatHint(text: string, chosen: ImportFormat): string | null {
  const found = importFormatOf(text);
  if (found === chosen) return null;
  if (found === "mermaid" && !/^\s*sequenceDiagram\b/m.test(unfence(text, "mermaid"))) return null;
  return `This text looks like ${FORMAT_WORDS[found]}: pick “${IMPORT_FORMAT_LABELS[found]}” and import again.`;
}
