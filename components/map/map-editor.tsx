"use client";

/**
 * The flow map editor (MAP.md §10): name, participants, hand-offs, map context, review. It is one
 * plain GET form, so without JavaScript "Add participant" and "Add hand-off" submit it and the
 * server sends it back with one more row, and "Show the result" goes through /map/result. With
 * JavaScript the same form is driven from a zustand store that autosaves in the browser:
 * - Tab moves between fields, arrow keys and number keys pick an option in a radio group;
 * - Enter in the last field of a row adds a row;
 * - Alt+↑ / Alt+↓ move the hand-off that has focus.
 */
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { useStore } from "zustand";
import { encodeMap } from "@/lib/map/code";
import { LIMITS } from "@/lib/map/defaults";
import {
  HANDOFF_QUESTIONS,
  PARTICIPANT_KINDS,
  type HandoffQuestionId,
  type MapError,
  type MapJson,
  type ParticipantKind,
} from "@/lib/map/types";
import { IMPORT_FORMAT_LABELS, importFormatOfField } from "@/lib/map/import/formats";
import { importedDraft } from "@/lib/map/import/form";
import { validateMap } from "@/lib/map/validate";
import {
  addHandoff,
  addParticipant,
  answerField,
  draftToMap,
  fieldName,
  moveHandoff,
  removeHandoff,
  removeParticipant,
  TRIGGER_DEFAULT,
  TRIGGER_NONE,
  withDefaults,
  type DraftHandoff,
  type DraftParticipant,
  type MapDraft,
} from "@/lib/map-view/draft";
import {
  CONFIRM_FIELD,
  isMarked,
  markField,
  markList,
  marksOfImport,
  defaultWaits,
  nextMark,
  type ImportMarks,
} from "@/lib/map-view/import-marks";
import { draftHasMap, mergedLine, mergeImport, replacedLine } from "@/lib/map-view/merge-import";
import { mapPath } from "@/lib/map-view/path";
import {
  HANDOFF_QUESTION_WORDS,
  PARTICIPANT_KIND_WORDS,
  UNSURE_OPTION,
} from "@/lib/map-view/questions";
import { pickByNumber } from "@/components/ui/pick-by-number";
import { createMapDraftStore, type MapDraftState } from "./map-draft-store";
import styles from "./map-editor.module.css";

/** A map-level question as the server words it (one-flow model 2, SPEC.md §2.7). */
export interface MapQuestionWords {
  id: string;
  text: string;
  options: { id: string; label: string }[];
}

type Store = ReturnType<typeof createMapDraftStore>;

const noSubscription = () => () => {};

/** Enter in a text field must not submit the whole form while JavaScript drives it. */
function keepEnter(event: KeyboardEvent<HTMLElement>) {
  if (event.key === "Enter") event.preventDefault();
}

/**
 * After a row is removed, keyboard focus goes to the first field of the row that took its place
 * (or the new last row), never to the page body (WCAG 2.2 SC 2.4.3, focus order).
 */
function focusRowAfterRemove(kind: "participant" | "handoff", index: number): void {
  requestAnimationFrame(() => {
    const rows = document.querySelectorAll<HTMLElement>(`[data-${kind}-row]`);
    const row = rows[Math.min(index, rows.length - 1)];
    row?.querySelector<HTMLElement>("input:not([type=hidden]), select")?.focus();
  });
}

/** Focuses the chosen radio of a radio group (the first when none is), which scrolls it into view. */
function focusGroup(groupId: string): void {
  const group = document.getElementById(groupId);
  (
    group?.querySelector<HTMLInputElement>("input[type=radio]:checked") ??
    group?.querySelector<HTMLInputElement>("input[type=radio]")
  )?.focus();
}

/** "1 imported answer" / "3 imported answers". */
const importedAnswers = (n: number) => `${n} imported ${n === 1 ? "answer" : "answers"}`;

function participantLabel(p: DraftParticipant | undefined, index: number): string {
  return p?.name.trim() || `Participant ${index + 1}`;
}

/** Where an error's field sits in the form, to link to it. */
function errorTarget(error: MapError, draft: MapDraft): string | undefined {
  const p = /^participants\[(\d+)\](?:\.(\w+))?/.exec(error.field);
  if (p) {
    const row = draft.participants[Number(p[1])];
    return row ? `${row.key}-${p[2] === "kind" ? "kind" : "name"}` : "participants-title";
  }
  const h = /^handoffs\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?/.exec(error.field);
  if (h) {
    const row = draft.handoffs[Number(h[1])];
    if (!row) return "handoffs-title";
    const field = h[2] === "answers" ? `${h[3]}` : (h[2] ?? "from");
    return `${row.key}-${["from", "to", "label", "trigger"].includes(field) ? field : "from"}`;
  }
  if (error.field === "name") return "map-name";
  return undefined;
}

function ErrorList({ errors, draft }: { errors: readonly MapError[]; draft: MapDraft }) {
  return (
    <div className="callout" data-kind="warning" role="alert" id="map-errors" tabIndex={-1}>
      <p className="callout-title">
        The map can&apos;t be shown yet:{" "}
        {errors.length === 1 ? "one field needs" : `${errors.length} fields need`} a look.
      </p>
      <ul>
        {errors.map((e) => {
          const target = errorTarget(e, draft);
          const text = `${e.field}: ${e.message}`;
          return <li key={text}>{target ? <a href={`#${target}`}>{text}</a> : text}</li>;
        })}
      </ul>
    </div>
  );
}

function ParticipantRows({ store, draft }: { store: Store; draft: MapDraft }) {
  const update = useStore(store, (s) => s.update);
  const setField = (key: string, field: keyof DraftParticipant, value: string) =>
    update((d) => {
      const next = {
        ...d,
        participants: d.participants.map((p) => (p.key === key ? { ...p, [field]: value } : p)),
      };
      // A receiver's kind feeds the hand-off defaults (a person takes days).
      return field === "kind"
        ? { ...next, handoffs: next.handoffs.map((h) => withDefaults(next, h)) }
        : next;
    });
  return (
    <tbody>
      {draft.participants.map((p, i) => (
        <tr key={p.key} data-participant-row={i}>
          <td>
            <input type="hidden" name={fieldName("p", i, "key")} value={p.key} />
            <input type="hidden" name={fieldName("p", i, "id")} value={p.id} />
            <label className="visually-hidden" htmlFor={`${p.key}-name`}>
              Participant {i + 1}: name
            </label>
            <input
              id={`${p.key}-name`}
              className={styles.text}
              name={fieldName("p", i, "name")}
              value={p.name}
              maxLength={LIMITS.participantNameLength}
              autoComplete="off"
              onChange={(e) => setField(p.key, "name", e.target.value)}
              onKeyDown={keepEnter}
            />
          </td>
          <td>
            <label className="visually-hidden" htmlFor={`${p.key}-kind`}>
              Participant {i + 1}: kind
            </label>
            <select
              id={`${p.key}-kind`}
              className={styles.select}
              name={fieldName("p", i, "kind")}
              value={p.kind}
              onChange={(e) => setField(p.key, "kind", e.target.value as ParticipantKind)}
            >
              {PARTICIPANT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {PARTICIPANT_KIND_WORDS[k]}
                </option>
              ))}
            </select>
          </td>
          <td>
            <label className="visually-hidden" htmlFor={`${p.key}-team`}>
              Participant {i + 1}: team
            </label>
            <input
              id={`${p.key}-team`}
              className={styles.text}
              name={fieldName("p", i, "team")}
              value={p.team}
              maxLength={LIMITS.teamLength}
              autoComplete="off"
              onChange={(e) => setField(p.key, "team", e.target.value)}
              onKeyDown={keepEnter}
            />
          </td>
          <td>
            <label className="visually-hidden" htmlFor={`${p.key}-domain`}>
              Participant {i + 1}: domain (Enter adds a participant)
            </label>
            <input
              id={`${p.key}-domain`}
              className={styles.text}
              name={fieldName("p", i, "domain")}
              value={p.domain}
              maxLength={LIMITS.domainLength}
              autoComplete="off"
              data-last-field="participant"
              onChange={(e) => setField(p.key, "domain", e.target.value)}
            />
          </td>
          <td>
            <button
              type="submit"
              name="remove"
              value={`p.${p.key}`}
              className={styles.rowButton}
              disabled={draft.participants.length <= LIMITS.participants.min}
              onClick={(e) => {
                e.preventDefault();
                update((d) => removeParticipant(d, p.key));
                focusRowAfterRemove("participant", i);
              }}
            >
              Remove<span className="visually-hidden"> participant {i + 1}</span>
            </button>
          </td>
        </tr>
      ))}
    </tbody>
  );
}

function RadioGroup({
  id,
  name,
  legend,
  options,
  value,
  onChange,
  onKeyDown,
  compact,
  mark,
}: {
  id: string;
  name: string;
  legend: string;
  options: readonly { id: string; label: string; help?: string }[];
  value: string;
  onChange: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLFieldSetElement>) => void;
  compact?: boolean;
  /**
   * The answer came from an import and is not checked yet (MAP.md §11): a visible tag that
   * describes the group, and a button that confirms it as it is. `confirm` is the no-JavaScript
   * button's value.
   */
  mark?: { confirm: string; onConfirm: () => void };
}) {
  const tag = `${id}-imported`;
  return (
    <fieldset
      id={id}
      className={compact ? styles.radiosCompact : styles.radios}
      aria-describedby={mark ? tag : undefined}
      data-imported={mark ? "" : undefined}
      onKeyDown={(e) => {
        pickByNumber(e);
        onKeyDown?.(e);
      }}
    >
      <legend className={styles.radioLegend}>{legend}</legend>
      {mark ? (
        <p className={styles.imported}>
          <span id={tag} className={styles.importedTag}>
            Imported, check
          </span>
        </p>
      ) : null}
      <div className={styles.options}>
        {options.map((o) => (
          <label key={o.id} className={styles.option} title={o.help}>
            <input
              type="radio"
              name={name}
              value={o.id}
              checked={value === o.id}
              onChange={() => onChange(o.id)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {mark ? (
        // Right after the options in the tab order: Tab from the chosen answer reaches it.
        <p className={styles.imported}>
          <button
            type="submit"
            name={CONFIRM_FIELD}
            value={mark.confirm}
            // Without JavaScript the page reloads: come back to this question, not the top
            // (new-user review 4, N11). A GET form keeps its action's fragment (HTML, form submission).
            formAction={`/map#${id}`}
            className={styles.confirm}
            onClick={(e) => {
              e.preventDefault();
              mark.onConfirm();
            }}
          >
            Confirm
            <span className="visually-hidden">
              {" "}
              the imported answer{typeof legend === "string" ? `: ${legend}` : ""}
            </span>
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}

function HandoffRow({
  store,
  draft,
  marks,
  handoff,
  index,
  onAdd,
  onMarksDone,
}: {
  store: Store;
  draft: MapDraft;
  marks: ImportMarks;
  handoff: DraftHandoff;
  index: number;
  onAdd: () => void;
  /** Says (in a live region) what follows a confirm: "" or that no imported answer is left. */
  onMarksDone: (message: string) => void;
}) {
  const update = useStore(store, (s) => s.update);
  const confirm = useStore(store, (s) => s.confirm);
  const h = handoff;
  const set = (change: Partial<DraftHandoff>) =>
    update((d) => ({
      ...d,
      handoffs: d.handoffs.map((x) => (x.key === h.key ? withDefaults(d, { ...x, ...change }) : x)),
    }));
  const answer = (id: HandoffQuestionId, value: string) =>
    update((d) => ({
      ...d,
      // The untouched answers follow a chosen intent (MAP.md §4.1: Tell defaults to no wait).
      handoffs: d.handoffs.map((x) =>
        x.key === h.key
          ? withDefaults(d, {
              ...x,
              answers: { ...x.answers, [id]: value },
              touched: x.touched.includes(id) ? x.touched : [...x.touched, id],
            })
          : x,
      ),
    }));
  const fromIndex = draft.participants.findIndex((p) => p.key === h.from);
  const toIndex = draft.participants.findIndex((p) => p.key === h.to);
  const title = `Hand-off ${index + 1}: ${participantLabel(draft.participants[fromIndex], fromIndex)} → ${participantLabel(draft.participants[toIndex], toIndex)}${h.label.trim() ? `, ${h.label.trim()}` : ""}`;
  const participantOptions = [
    <option key="" value="">
      Choose…
    </option>,
    ...draft.participants.map((p, i) => (
      <option key={p.key} value={p.key}>
        {participantLabel(p, i)}
      </option>
    )),
  ];
  return (
    <li className={styles.handoff} data-handoff-row={index}>
      <fieldset className={styles.handoffFieldset}>
        <legend className={styles.handoffLegend}>{title}</legend>
        <input type="hidden" name={fieldName("h", index, "key")} value={h.key} />
        <input type="hidden" name={fieldName("h", index, "id")} value={h.id} />
        {HANDOFF_QUESTIONS.filter((q) => isMarked(marks, h.key, q.id)).map((q) => (
          <input
            key={q.id}
            type="hidden"
            name={markField(index, q.id)}
            value={marks[h.key]?.[q.id] ?? ""}
          />
        ))}
        <div className={styles.handoffFields}>
          <label className={styles.field}>
            <span>From</span>
            <select
              id={`${h.key}-from`}
              className={styles.select}
              name={fieldName("h", index, "from")}
              value={h.from}
              onChange={(e) => set({ from: e.target.value })}
            >
              {participantOptions}
            </select>
          </label>
          <label className={styles.field}>
            <span>To</span>
            <select
              id={`${h.key}-to`}
              className={styles.select}
              name={fieldName("h", index, "to")}
              value={h.to}
              onChange={(e) => set({ to: e.target.value })}
            >
              {participantOptions}
            </select>
          </label>
          <label className={styles.field}>
            <span>Label (the message or action)</span>
            <input
              id={`${h.key}-label`}
              className={styles.text}
              name={fieldName("h", index, "label")}
              value={h.label}
              maxLength={LIMITS.labelLength}
              autoComplete="off"
              onChange={(e) => set({ label: e.target.value })}
              onKeyDown={keepEnter}
            />
          </label>
          <label className={styles.field}>
            <span>Triggered by</span>
            <select
              id={`${h.key}-trigger`}
              className={styles.select}
              name={fieldName("h", index, "trigger")}
              value={h.trigger}
              onChange={(e) => set({ trigger: e.target.value })}
            >
              <option value={TRIGGER_DEFAULT}>The latest hand-off into the sender</option>
              <option value={TRIGGER_NONE}>Nothing: it starts on its own</option>
              {draft.handoffs.slice(0, index).map((earlier, i) => (
                <option key={earlier.key} value={earlier.key}>
                  {i + 1}. {earlier.label.trim() || "(no label yet)"}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className={styles.questions}>
          {HANDOFF_QUESTION_WORDS.map((q) => (
            <RadioGroup
              key={q.id}
              id={`${h.key}-${q.id}`}
              name={fieldName("h", index, q.id)}
              legend={q.text
                .replace(/\bA\b/g, participantLabel(draft.participants[fromIndex], fromIndex))
                .replace(/\bB\b/g, participantLabel(draft.participants[toIndex], toIndex))}
              options={[...q.options, UNSURE_OPTION]}
              value={h.answers[q.id]}
              onChange={(v) => answer(q.id, v)}
              compact
              mark={
                isMarked(marks, h.key, q.id)
                  ? {
                      confirm: `${h.key}.${q.id}`,
                      onConfirm: () => {
                        confirm(h.key, q.id);
                        // On to the next answer to check; none left: stay, and say so.
                        const after = store.getState();
                        const next = nextMark(after.marks, after.draft, h.key, q.id);
                        focusGroup(next ? `${next.key}-${next.question}` : `${h.key}-${q.id}`);
                        onMarksDone(next ? "" : "All imported answers are checked.");
                      },
                    }
                  : undefined
              }
              onKeyDown={
                q.id === "current"
                  ? (e) => {
                      const radio = (e.target as HTMLInputElement).type === "radio";
                      if (e.key === "Enter" && !e.altKey && radio) {
                        e.preventDefault();
                        onAdd();
                      }
                    }
                  : undefined
              }
            />
          ))}
        </div>
        <div className={styles.rowButtons}>
          <button
            type="submit"
            name="up"
            value={h.key}
            className={styles.rowButton}
            disabled={index === 0}
            aria-keyshortcuts="Alt+ArrowUp"
            onClick={(e) => {
              e.preventDefault();
              update((d) => moveHandoff(d, h.key, -1));
            }}
          >
            Move up<span className="visually-hidden"> hand-off {index + 1}</span>
          </button>
          <button
            type="submit"
            name="down"
            value={h.key}
            className={styles.rowButton}
            disabled={index === draft.handoffs.length - 1}
            aria-keyshortcuts="Alt+ArrowDown"
            onClick={(e) => {
              e.preventDefault();
              update((d) => moveHandoff(d, h.key, 1));
            }}
          >
            Move down<span className="visually-hidden"> hand-off {index + 1}</span>
          </button>
          <button
            type="submit"
            name="remove"
            value={`h.${h.key}`}
            className={styles.rowButton}
            disabled={draft.handoffs.length <= LIMITS.handoffs.min}
            onClick={(e) => {
              e.preventDefault();
              update((d) => removeHandoff(d, h.key));
              focusRowAfterRemove("handoff", index);
            }}
          >
            Remove<span className="visually-hidden"> hand-off {index + 1}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}

/** A link to the first answer still marked "imported, check", which it focuses. */
function FirstMarkLink({ first, children }: { first: string; children: string }) {
  return (
    <a
      href={`#${first}`}
      onClick={(e) => {
        e.preventDefault();
        focusGroup(first);
      }}
    >
      {children}
    </a>
  );
}

/**
 * What an import said, as the no-JavaScript import hands it to the editor: its lines (what it
 * imported or kept, then its notes) and how many answers it marked "Imported, check".
 */
export type ImportReport = { lines: string[]; marked: number };

/** An import as the editor holds it until the next: enough to replace the form with it again. */
type LastImport = { map: MapJson; imported: string[]; notes: string[] };

function ImportForm({
  store,
  marks,
  hydrated,
  report,
}: {
  store: Store;
  marks: ImportMarks;
  /** What the no-JavaScript import said (/map/import's redirect), shown as the import's status. */
  report?: ImportReport;
  /**
   * JavaScript runs: the import runs here. Without it, the import's fields and button belong to
   * the map's form (`form="map-form"`), so the POST to /map/import carries the form as it stands
   * and the server merges into it as this component does.
   */
  hydrated: boolean;
}) {
  const load = useStore(store, (s) => s.load);
  const draft = useStore(store, (s) => s.draft);
  const [status, setStatus] = useState<{ ok: boolean; lines: string[]; marked: number } | null>(
    report ? { ok: true, ...report } : null,
  );
  // One level of undo: the form as it was before the last import, in memory only.
  const [previous, setPrevious] = useState<{ draft: MapDraft; marks: ImportMarks } | null>(null);
  // The last import, when it was merged into the form: "Replace the form instead" uses it.
  const [merged, setMerged] = useState<LastImport | null>(null);
  const left = markList(marks, draft);
  const keeps = draftHasMap(draft);
  // Without JavaScript the import's controls submit the map's form (see `hydrated`).
  const mapForm = hydrated ? undefined : "map-form";

  /** Fills the form with an import as it comes (no answers kept). */
  const replace = (result: LastImport, before: { draft: MapDraft; marks: ImportMarks }) => {
    const fresh = importedDraft(result);
    const marked = marksOfImport(fresh, result.imported);
    load(fresh, marked);
    setPrevious(before);
    setMerged(null);
    const count = markList(marked, fresh).length;
    const waits = defaultWaits(fresh, result.imported).length;
    setStatus({
      ok: true,
      marked: count,
      lines: [replacedLine(result.map, count, waits), ...result.notes],
    });
  };

  return (
    <section
      id="import"
      tabIndex={-1}
      aria-labelledby="import-title"
      className={`${styles.section} ${styles.importSection}`}
    >
      <h2 id="import-title">Import</h2>
      <p className={styles.help}>
        Paste a Mermaid sequence diagram or AsyncAPI 3 documents (several separated by{" "}
        <code>---</code>). The import fills the form; check every answer it marks, and the undo
        question, which no import can know.
        {keeps
          ? " The form already holds a map: importing again keeps its name, the map context answers, and your answers on the participants and hand-offs the import still has."
          : null}
      </p>
      <form
        method="post"
        action="/map/import"
        onSubmit={async (event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const format = importFormatOfField(data.get("format"));
          const text = String(data.get("text") ?? "");
          const { importMermaid, importAsyncApi, formatHint } = await import("@/lib/map/import");
          const imported = format === "asyncapi" ? importAsyncApi(text) : importMermaid(text);
          if (!imported.ok) {
            const hint = formatHint(text, format);
            setStatus({
              ok: false,
              marked: 0,
              lines: [
                ...(hint ? [hint] : []),
                ...imported.errors.map((e) => `${e.field}: ${e.message}`),
              ],
            });
            return;
          }
          const before = { draft: store.getState().draft, marks: store.getState().marks };
          if (!draftHasMap(before.draft)) {
            replace(imported, before);
            return;
          }
          const result = mergeImport(before.draft, before.marks, imported);
          load(result.draft, result.marks);
          setPrevious(before);
          setMerged(imported);
          const count = markList(result.marks, result.draft).length;
          setStatus({
            ok: true,
            marked: count,
            lines: [mergedLine(imported.map, result.counts, count), ...imported.notes],
          });
        }}
      >
        <fieldset className={styles.radios}>
          <legend className={styles.radioLegend}>Format</legend>
          <div className={styles.options}>
            <label className={styles.option}>
              <input type="radio" name="format" value="mermaid" defaultChecked form={mapForm} />
              <span>{IMPORT_FORMAT_LABELS.mermaid}</span>
            </label>
            <label className={styles.option}>
              <input type="radio" name="format" value="asyncapi" form={mapForm} />
              <span>{IMPORT_FORMAT_LABELS.asyncapi}</span>
            </label>
          </div>
        </fieldset>
        <label className={styles.field}>
          <span>Text to import</span>
          <textarea
            name="text"
            rows={8}
            className={styles.textarea}
            spellCheck={false}
            form={mapForm}
          />
        </label>
        <p>
          <button
            type="submit"
            className="button secondary"
            form={mapForm}
            formAction={mapForm ? "/map/import" : undefined}
            formMethod={mapForm ? "post" : undefined}
          >
            {keeps ? "Import (keeps your answers)" : "Import (replaces the form)"}
          </button>
        </p>
        <div role="status" aria-live="polite">
          {status ? (
            <div className="callout" data-kind={status.ok ? "tip" : "warning"}>
              <ul>
                {status.lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        {status?.ok && (merged || previous) ? (
          <p className={styles.add}>
            {merged && previous ? (
              <button
                type="button"
                className="button secondary"
                onClick={() => replace(merged, previous)}
              >
                Replace the form instead
              </button>
            ) : null}{" "}
            {previous ? (
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  load(previous.draft, previous.marks);
                  setPrevious(null);
                  setMerged(null);
                  setStatus({
                    ok: true,
                    marked: 0,
                    lines: ["Import undone: the form is back as it was before it."],
                  });
                }}
              >
                Undo the import
              </button>
            ) : null}
          </p>
        ) : null}
        {status?.ok && status.marked > 0 ? (
          <p data-testid="import-left">
            {left.length === 0
              ? `All ${importedAnswers(status.marked)} checked.`
              : `${left.length} of ${importedAnswers(status.marked)} left to check. `}
            {left[0] ? (
              <FirstMarkLink first={`${left[0].key}-${left[0].question}`}>
                Go to the first
              </FirstMarkLink>
            ) : null}
          </p>
        ) : null}
      </form>
    </section>
  );
}

/** The whole editor. `initial` comes from `?code=`, the no-JS form's fields, or is empty. */
export function MapEditor({
  initial,
  origin,
  serverErrors,
  notice,
  mapQuestions,
  initialMarks,
  importReport,
}: {
  initial: MapDraft;
  /** What the no-JavaScript import said, when the editor opens from it (/map/import). */
  importReport?: ImportReport;
  /** The "imported, check" marks that came with `initial` (the no-JS import and form). */
  initialMarks: ImportMarks;
  origin: MapDraftState["origin"];
  /** Errors of a submitted form (no-JS "Show the result"), or null. */
  serverErrors: MapError[] | null;
  /** A sentence above the form (a code that couldn't be read), or null. */
  notice: string | null;
  mapQuestions: readonly MapQuestionWords[];
}) {
  const [store] = useState(() => createMapDraftStore(initial, origin, initialMarks));
  const draft = useStore(store, (s) => s.draft);
  const marks = useStore(store, (s) => s.marks);
  const marked = markList(marks, draft);
  const update = useStore(store, (s) => s.update);
  const restore = useStore(store, (s) => s.restore);
  const clear = useStore(store, (s) => s.clear);
  const router = useRouter();
  const [errors, setErrors] = useState<MapError[] | null>(serverErrors);
  const [starts, setStarts] = useState(0);
  const [markStatus, setMarkStatus] = useState("");
  const focusNext = useRef<string | null>(null);
  // True once React runs in the browser: the form is then driven by the store, not by submits.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  useEffect(() => {
    if (origin === "new") void restore();
  }, [origin, restore]);

  useEffect(() => {
    if (!focusNext.current) return;
    const element = document.getElementById(focusNext.current);
    focusNext.current = null;
    element?.focus();
  });

  const participantsFull = draft.participants.length >= LIMITS.participants.max;
  const handoffsFull = draft.handoffs.length >= LIMITS.handoffs.max;

  const addParticipantRow = () => {
    if (participantsFull) return;
    const next = addParticipant(draft);
    focusNext.current = `${next.participants[next.participants.length - 1]!.key}-name`;
    update(() => next);
  };
  const addHandoffRow = () => {
    if (handoffsFull) return;
    const next = addHandoff(draft);
    focusNext.current = `${next.handoffs[next.handoffs.length - 1]!.key}-from`;
    update(() => next);
  };

  const showResult = () => {
    const checked = validateMap(draftToMap(draft));
    if (!checked.ok) {
      setErrors(checked.errors);
      focusNext.current = "map-errors";
      return;
    }
    setErrors(null);
    router.push(mapPath(encodeMap(checked.map)));
  };

  return (
    <div className={styles.editor} data-hydrated={hydrated ? "" : undefined}>
      {notice ? (
        <div className="callout" data-kind="warning">
          <p>{notice}</p>
        </div>
      ) : null}
      <p className={styles.importLink}>
        Have a Mermaid sequence diagram or AsyncAPI documents?{" "}
        <a
          href="#import"
          onClick={(e) => {
            e.preventDefault();
            document.getElementById("import")?.focus();
          }}
        >
          Import them
        </a>
      </p>
      <form
        method="get"
        action="/map"
        id="map-form"
        className={styles.form}
        onSubmit={(e) => e.preventDefault()}
        onKeyDown={(e) => {
          const target = e.target as HTMLElement;
          if (e.key === "Enter" && target.dataset.lastField === "participant") {
            e.preventDefault();
            addParticipantRow();
            return;
          }
          if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
          const row = target.closest<HTMLElement>("[data-handoff-row]");
          if (!row) return;
          const handoff = draft.handoffs[Number(row.dataset.handoffRow)];
          if (!handoff) return;
          e.preventDefault();
          focusNext.current = target.id || (target as HTMLInputElement).name ? target.id : null;
          // A radio has no id of its own: focus its group's checked radio after the move.
          if (!target.id) {
            const group = target.closest("fieldset")?.id;
            focusNext.current = group ?? null;
          }
          update((d) => moveHandoff(d, handoff.key, e.key === "ArrowUp" ? -1 : 1));
        }}
      >
        {/* The form's default button (HTML's implicit submission clicks the first submit button in
            tree order): Enter in a text field without JavaScript re-sends the form as it stands,
            instead of pressing "Remove participant 1". Hidden, and out of the tab order. */}
        <button
          type="submit"
          name="save"
          value="1"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
        >
          Keep the form as it is
        </button>
        <section aria-labelledby="name-title" className={styles.section}>
          <h2 id="name-title">Name</h2>
          <label className={styles.field}>
            <span>Map name (optional, the flow or system it shows)</span>
            <input
              id="map-name"
              className={styles.text}
              name="name"
              value={draft.name}
              maxLength={LIMITS.nameLength}
              autoComplete="off"
              onChange={(e) => update((d) => ({ ...d, name: e.target.value }))}
              onKeyDown={keepEnter}
            />
          </label>
        </section>

        <section aria-labelledby="participants-title" className={styles.section}>
          <h2 id="participants-title">Participants</h2>
          <p className={styles.help}>
            Everything that sends or receives a hand-off, in the order to draw them. Team and
            domain: the same text means the same team or domain; leave them empty for people and
            external systems. Enter in the domain field adds a row.
          </p>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Team</th>
                <th scope="col">Domain</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <ParticipantRows store={store} draft={draft} />
          </table>
          <p className={styles.add}>
            <button
              type="submit"
              name="add"
              value="participant"
              className="button secondary"
              disabled={participantsFull}
              aria-describedby="participants-count"
              onClick={(e) => {
                e.preventDefault();
                addParticipantRow();
              }}
            >
              Add participant
            </button>{" "}
            <span id="participants-count" className={styles.help}>
              {participantsFull
                ? `${draft.participants.length} of ${LIMITS.participants.max}: a map holds at most ${LIMITS.participants.max} participants.`
                : `${draft.participants.length} of ${LIMITS.participants.max}.`}
            </span>
          </p>
        </section>

        <section aria-labelledby="handoffs-title" className={styles.section}>
          <h2 id="handoffs-title">Hand-offs</h2>
          <p className={styles.help}>
            One row per message or action, in the flow&apos;s order, as in a sequence diagram. Each
            question has a sensible answer preselected: confirm it or change it. Alt+↑ and Alt+↓
            move a hand-off; Enter in its last question adds one.
          </p>
          <details className={styles.details}>
            <summary>What the answers mean</summary>
            <dl>
              {HANDOFF_QUESTION_WORDS.map((q) => (
                <div key={q.id}>
                  <dt>{q.text}</dt>
                  <dd>
                    <ul>
                      {q.options.map((o) => (
                        <li key={o.id}>
                          <strong>{o.label}:</strong> {o.help}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          </details>
          <p role="status" className="visually-hidden" data-testid="mark-status">
            {markStatus}
          </p>
          <ol className={styles.handoffs}>
            {draft.handoffs.map((h, i) => (
              <HandoffRow
                key={h.key}
                store={store}
                draft={draft}
                marks={marks}
                handoff={h}
                index={i}
                onAdd={addHandoffRow}
                onMarksDone={setMarkStatus}
              />
            ))}
          </ol>
          <p className={styles.add}>
            <button
              type="submit"
              name="add"
              value="handoff"
              className="button secondary"
              disabled={handoffsFull}
              aria-describedby="handoffs-count"
              onClick={(e) => {
                e.preventDefault();
                addHandoffRow();
              }}
            >
              Add hand-off
            </button>{" "}
            <span id="handoffs-count" className={styles.help}>
              {handoffsFull
                ? `${draft.handoffs.length} of ${LIMITS.handoffs.max}: a map holds at most ${LIMITS.handoffs.max} hand-offs.`
                : `${draft.handoffs.length} of ${LIMITS.handoffs.max}.`}
            </span>
          </p>
        </section>

        <section aria-labelledby="context-title" className={styles.section}>
          <h2 id="context-title">Map context</h2>
          <p className={styles.help}>
            Asked once for the whole map. They feed every scope&apos;s one-flow result and its
            tools; they never change a hand-off&apos;s kind or transport.
          </p>
          <div className={styles.context}>
            {mapQuestions.map((q) => (
              <RadioGroup
                key={q.id}
                id={`context-${q.id}`}
                name={answerField(q.id as Parameters<typeof answerField>[0])}
                legend={q.text}
                options={[...q.options, { id: "unsure", label: "Not sure" }]}
                value={draft.answers[q.id as keyof MapDraft["answers"]] ?? "unsure"}
                onChange={(v) => update((d) => ({ ...d, answers: { ...d.answers, [q.id]: v } }))}
              />
            ))}
          </div>
        </section>

        <section aria-labelledby="review-title" className={styles.section}>
          <h2 id="review-title">Review</h2>
          <p>
            {draft.participants.length} participants and {draft.handoffs.length} hand-offs.{" "}
            {draft.handoffs.reduce(
              (n, h) => n + HANDOFF_QUESTIONS.filter((q) => h.answers[q.id] === "unsure").length,
              0,
            )}{" "}
            hand-off answers and{" "}
            <span data-testid="context-unsure">
              {
                mapQuestions.filter(
                  (q) =>
                    (draft.answers[q.id as keyof MapDraft["answers"]] ?? "unsure") === "unsure",
                ).length
              }{" "}
              of the {mapQuestions.length} map context answers
            </span>{" "}
            are &ldquo;Not sure&rdquo;. The result is a link that holds the whole map; no server
            keeps a copy.
          </p>
          {marked[0] ? (
            <p data-testid="marks-left">
              {importedAnswers(marked.length)} still marked &ldquo;Imported, check&rdquo;: change or
              confirm each.{" "}
              <FirstMarkLink first={`${marked[0].key}-${marked[0].question}`}>
                Go to the first
              </FirstMarkLink>
            </p>
          ) : null}
          {errors && errors.length > 0 ? <ErrorList errors={errors} draft={draft} /> : null}
          <p className={styles.add}>
            <button
              type="submit"
              formAction="/map/result"
              className="button"
              onClick={(e) => {
                e.preventDefault();
                showResult();
              }}
            >
              Show the result
            </button>{" "}
            <button
              type="button"
              className="button secondary"
              data-js-only=""
              onClick={() => {
                clear();
                setErrors(null);
                setStarts((n) => n + 1);
              }}
            >
              Start over
            </button>
          </p>
        </section>
      </form>
      {/* Start over also empties the import and its status. */}
      <ImportForm
        key={starts}
        store={store}
        marks={marks}
        hydrated={hydrated}
        report={starts === 0 ? importReport : undefined}
      />
    </div>
  );
}
