/**
 * The editor's draft store: one zustand store per editor, saved in the browser's localStorage as
 * the person types (MAP.md §10 "autosaves in the browser"), with a version and a migration, as the
 * questionnaire's answers store (components/questionnaire/answers-store.ts).
 */
import { createJSONStorage, persist, type PersistStorage } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { browserStorage } from "@/components/ui/browser-storage";
import type { HandoffQuestionId } from "@/lib/map/types";
import { emptyDraft, sanitiseDraft, type MapDraft } from "@/lib/map-view/draft";
import {
  confirmMark,
  openMarks,
  sanitiseMarks,
  type ImportMarks,
} from "@/lib/map-view/import-marks";

/** The key in localStorage. Never reuse it for another shape: bump MAP_DRAFT_VERSION instead. */
export const MAP_DRAFT_STORAGE_KEY = "baton:map";
/**
 * Version of the saved shape; `migrateDraft` turns any older one into this.
 * 1: `{ draft }`. 2: `{ draft, marks }`, the "imported, check" marks (lib/map-view/import-marks.ts).
 */
export const MAP_DRAFT_VERSION = 2;

export interface MapDraftState {
  draft: MapDraft;
  /** The imported answers not yet changed or confirmed (MAP.md §11 "imported, check"). */
  marks: ImportMarks;
  /** Where the draft came from: not saved. */
  origin: "new" | "saved" | "code" | "form";
  /**
   * Replaces the draft (every edit goes through here, so every edit is saved). Marks whose row
   * went or whose answer changed end here.
   */
  update: (change: (draft: MapDraft) => MapDraft) => void;
  /** Replaces the draft and its marks at once (an import). */
  load: (draft: MapDraft, marks: ImportMarks) => void;
  /** Ends one mark: the person confirmed the imported answer as it is. */
  confirm: (key: string, question: HandoffQuestionId) => void;
  /** Reads what this browser saved earlier, if anything (once, after the first render). */
  restore: () => Promise<void>;
  /** Starts again from an empty draft. */
  clear: () => void;
}

type Saved = { draft: MapDraft; marks: ImportMarks };

/**
 * Turns whatever is in storage into the current shape. Version 1 saved no marks: its draft is
 * kept with none (nothing says which of its answers were imported). Anything else (a hand-edited
 * or foreign value) is read leniently; a value that is no draft gives an empty one, and marks
 * that don't hold for the draft are dropped.
 *
 * @example
 * migrateDraft({ draft: savedV1Draft }, 1) // → { draft: savedV1Draft, marks: {} }
 */
export function migrateDraft(persisted: unknown, version: number): Saved {
  const saved =
    persisted && typeof persisted === "object"
      ? (persisted as { draft?: unknown; marks?: unknown })
      : {};
  const draft = sanitiseDraft(saved.draft);
  if (!draft) return { draft: emptyDraft(), marks: {} };
  const marks = version >= 2 ? openMarks(sanitiseMarks(saved.marks), draft) : {};
  return { draft, marks };
}

/**
 * Makes one draft store, saved under MAP_DRAFT_STORAGE_KEY. Saved state is read only when
 * `restore()` is called, after the first render, so the server's HTML and the browser's first
 * render agree.
 *
 * @example
 * const store = createMapDraftStore(emptyDraft(), "new", {});
 * store.getState().update(addParticipant);
 */
export function createMapDraftStore(
  initial: MapDraft,
  origin: MapDraftState["origin"],
  initialMarks: ImportMarks = {},
  storage: PersistStorage<Saved> | undefined = createJSONStorage<Saved>(() => browserStorage),
) {
  return createStore<MapDraftState>()(
    persist(
      (set, _get, api) => ({
        draft: initial,
        marks: openMarks(initialMarks, initial),
        origin,
        update: (change) =>
          set((s) => {
            const draft = change(s.draft);
            return { draft, marks: openMarks(s.marks, draft) };
          }),
        load: (draft, marks) => set({ draft, marks: openMarks(marks, draft) }),
        confirm: (key, question) => set((s) => ({ marks: confirmMark(s.marks, key, question) })),
        restore: async () => {
          await api.persist.rehydrate();
        },
        clear: () => set({ draft: emptyDraft(), marks: {}, origin: "new" }),
      }),
      {
        name: MAP_DRAFT_STORAGE_KEY,
        version: MAP_DRAFT_VERSION,
        storage,
        skipHydration: true,
        partialize: (s): Saved => ({ draft: s.draft, marks: s.marks }),
        migrate: migrateDraft,
        // Storage is outside our control: validate it even when the version matches.
        merge: (persisted, current) => {
          const { draft, marks } = migrateDraft(persisted, MAP_DRAFT_VERSION);
          return persisted == null ? current : { ...current, draft, marks, origin: "saved" };
        },
      },
    ),
  );
}
