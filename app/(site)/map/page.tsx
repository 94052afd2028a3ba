import type { Metadata } from "next";
import { headers } from "next/headers";
import { MapEditor, type ImportReport, type MapQuestionWords } from "@/components/map/map-editor";
import { decodeMap, MAP_LEVEL_QUESTIONS, validateMap, type MapError } from "@/lib/map";
import {
  draftFromMap,
  draftFromParams,
  draftToMap,
  emptyDraft,
  type MapDraft,
} from "@/lib/map-view/draft";
import {
  IMPORT_NOTE_FIELD,
  importReportLines,
  markList,
  marksFromParams,
  type ImportMarks,
} from "@/lib/map-view/import-marks";
import { firstParam } from "@/lib/result/load";
import { contextQuestionWords } from "@/lib/map-view/one-flow-words";

export const metadata: Metadata = {
  title: "Flow map",
  description:
    "Map a system's participants and hand-offs, answer a few one-click questions per hand-off, and get per-hand-off advice: command or event, call, queue or broker, which saga owns it, who compensates it.",
};

// Without JavaScript, browser-only controls stay out of the way. Needs the request's CSP nonce.
const NO_SCRIPT_CSS = "[data-js-only]{display:none!important}";

/** The map-level questions in one-flow model 2's words (MAP.md §4.2 uses its ids unchanged). */
function mapQuestionWords(): MapQuestionWords[] {
  return MAP_LEVEL_QUESTIONS.map((q) => contextQuestionWords(q.id, q.options));
}

/**
 * The map editor. It starts from `?code=` (a map code), from the no-JavaScript form's own fields
 * (with the button that was pressed applied, and the "imported, check" marks it carries, and the
 * no-JavaScript import's report in `import-note` fields), or empty (the browser then restores its
 * autosave).
 * `?check=1` comes back from /map/result with a map that didn't validate: the errors are shown.
 */
export default async function MapEditorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [params, requestHeaders] = await Promise.all([searchParams, headers()]);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const first = firstParam(value);
    if (first !== undefined) search.set(key, first);
  }
  let initial: MapDraft = emptyDraft();
  let marks: ImportMarks = {};
  let origin: "new" | "code" | "form" = "new";
  let notice: string | null = null;
  let errors: MapError[] | null = null;
  let importReport: ImportReport | undefined;
  const code = search.get("code");
  const fromForm = draftFromParams(search);
  if (fromForm) {
    initial = fromForm;
    marks = marksFromParams(search, fromForm);
    origin = "form";
    // What the no-JavaScript import said (/map/import), shown as the import's status.
    const lines = importReportLines(params[IMPORT_NOTE_FIELD]);
    if (lines.length) importReport = { lines, marked: markList(marks, fromForm).length };
    if (search.get("check") === "1") {
      const checked = validateMap(draftToMap(fromForm));
      errors = checked.ok ? null : checked.errors;
    }
  } else if (code) {
    const decoded = decodeMap(code);
    if (decoded.ok) {
      initial = draftFromMap(decoded.map);
      origin = "code";
    } else {
      notice = `The map code in this link can't be read: ${decoded.message} The form starts empty.`;
    }
  }
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  return (
    <>
      <noscript>
        <style nonce={nonce}>{NO_SCRIPT_CSS}</style>
      </noscript>
      <h1>Map the hand-offs of a flow</h1>
      <p className="lede">
        List the participants and the hand-offs between them, and answer six one-click questions per
        hand-off. Baton then says, per hand-off, whether it is a command or an event, how it
        travels, which orchestrated scope owns it and who compensates it, and draws the map.
      </p>
      <MapEditor
        initial={initial}
        initialMarks={marks}
        origin={origin}
        serverErrors={errors}
        notice={notice}
        mapQuestions={mapQuestionWords()}
        importReport={importReport}
      />
    </>
  );
}
