import { escapeHtml } from "@/lib/html/escape";
import { plainPage } from "@/lib/html/plain-page";
import { NO_STORE } from "@/lib/http/cache-control";
import { importAsyncApi, importMermaid } from "@/lib/map";
import { formatHint } from "@/lib/map/import";
import {
  IMPORT_FORMAT_LABELS,
  importFormatOfField,
  type ImportFormat,
} from "@/lib/map/import/formats";
import { importedDraft } from "@/lib/map/import/form";
import { draftFromParams, draftToParams, type MapDraft } from "@/lib/map-view/draft";
import {
  defaultWaits,
  markList,
  marksFromParams,
  marksOfImport,
  marksToParams,
  withImportReport,
  type ImportMarks,
} from "@/lib/map-view/import-marks";
import { draftHasMap, mergedLine, mergeImport, replacedLine } from "@/lib/map-view/merge-import";

/** Pasted text larger than this is refused before parsing (a map holds 1,000 bytes of text). */
const MAX_IMPORT_BYTES = 256 * 1024;

/**
 * The no-JavaScript editor's "Import" (POST, form-encoded `format` and `text`, and the map form's
 * fields as they stand, which the import button submits with it): a draft that imports redirects
 * (303) to the editor filled with it, its imported answers marked "imported, check" (MAP.md §11),
 * and what the import said (what it imported or kept, its notes: merged branches, shortened
 * text…) shown above the editor's import form, as with JavaScript; otherwise a 400 page names the
 * problems and gives the text back in the form, so nothing pasted is lost. When the submitted form
 * already holds a map, the import is merged into it (lib/map-view/merge-import.ts, as the editor
 * does with JavaScript) and says what it kept.
 * Nothing is stored.
 */
export async function POST(request: Request) {
  let format: ImportFormat = "mermaid";
  let text = "";
  // The map form's fields that came with the import (draftToParams' names), if any.
  const form = new URLSearchParams();
  try {
    const length = Number(request.headers.get("content-length") ?? "0");
    if (length > MAX_IMPORT_BYTES)
      return page(format, "", ["text: the pasted text is over 256 KiB"]);
    const data = await request.formData();
    format = importFormatOfField(data.get("format"));
    text = String(data.get("text") ?? "");
    for (const [key, value] of data)
      if (key !== "format" && key !== "text" && typeof value === "string") form.set(key, value);
  } catch {
    return page(format, text, ["(body): the form could not be read"]);
  }
  const imported = format === "asyncapi" ? importAsyncApi(text) : importMermaid(text);
  if (!imported.ok) {
    const hint = formatHint(text, format);
    return page(
      format,
      text,
      [...(hint ? [hint] : []), ...imported.errors.map((e) => `${e.field}: ${e.message}`)],
      form,
    );
  }
  // The answers the import did not set are the form's defaults, as in the editor (MAP.md §4.1).
  const current = draftFromParams(form);
  let draft: MapDraft;
  let marks: ImportMarks;
  let first: string;
  if (current && draftHasMap(current)) {
    const merged = mergeImport(current, marksFromParams(form, current), imported);
    ({ draft, marks } = merged);
    const count = markList(marks, draft).length;
    first = mergedLine(imported.map, merged.counts, count);
  } else {
    draft = importedDraft(imported);
    marks = marksOfImport(draft, imported.imported);
    const waits = defaultWaits(draft, imported.imported).length;
    first = replacedLine(imported.map, markList(marks, draft).length, waits);
  }
  // The editor, filled, with what the import said above its import form (as with JavaScript).
  const query = withImportReport(marksToParams(marks, draft, draftToParams(draft)), [
    first,
    ...imported.notes,
  ]);
  return new Response(null, {
    status: 303,
    headers: { Location: `/map?${query.toString()}#import`, "Cache-Control": NO_STORE },
  });
}

/**
 * The 400 page of an import that can't be read: the problems, then the text back in a form, so
 * nothing pasted is lost. The map form's fields that came with the import ride along as hidden
 * fields (importing again still merges into that map) and in the link back to the editor (new-user
 * review 5: the map was dropped).
 */
function page(
  format: ImportFormat,
  text: string,
  errors: string[],
  form: URLSearchParams = new URLSearchParams(),
): Response {
  const hidden = [...form]
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join("");
  const back = [...form].length ? `/map?${form.toString()}` : "/map";
  return plainPage(
    "The import can't be read",
    `<ul>${errors.map((e) => `<li>${escapeHtml(e)}</li>`).join("")}</ul>
<form method="post" action="/map/import">${hidden}
<p>${(["mermaid", "asyncapi"] as const).map((f) => `<label><input type="radio" name="format" value="${f}"${format === f ? " checked" : ""}> ${escapeHtml(IMPORT_FORMAT_LABELS[f])}</label>`).join("\n")}</p>
<p><label for="text">Text to import</label><br><textarea id="text" name="text" rows="16" cols="80">${escapeHtml(text)}</textarea></p>
<p><button type="submit">Import again</button> <a href="${escapeHtml(back)}">Back to the map editor${[...form].length ? " (your map as it was)" : ""}</a></p>
</form>`,
    400,
  );
}
