/**
 * The editor's draft store: one zustand store per editor, saved in the browser's localStorage as
 * the person types (MAP.md §10 "autosaves in the browser"), with a version and a migration, as the
 * questionnaire's answers store (components/questionnaire/answers-store.ts).
 */
import { createJSONStorage, persist, type PersistStorage } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { browserStorage } from "@/components/ui/browser-storage";
import { emptyDraft, sanitiseDraft, type MapDraft } from "@/lib/map-view/draft";

/** The key in localStorage. Never reuse it for another shape: bump MAP_DRAFT_VERSION instead. */
export const MAP_DRAFT_STORAGE_KEY = "baton:map";
/** Version of the saved shape; `migrateDraft` turns any older one into this. */
export const MAP_DRAFT_VERSION = 1;

export interface MapDraftState {
  draft: MapDraft;
  /** Where the draft came from: not saved. */
  origin: "new" | "saved" | "code" | "form";
  /** Replaces the draft (every edit goes through here, so every edit is saved). */
  update: (change: (draft: MapDraft) => MapDraft) => void;
  /** Reads what this browser saved earlier, if anything (once, after the first render). */
  restore: () => Promise<void>;
  /** Starts again from an empty draft. */
  clear: () => void;
}

type Saved = { draft: MapDraft };

/**
 * Turns whatever is in storage into the current shape. Version 1 is the first; anything else (a
 * hand-edited or foreign value) is read leniently, and a value that is no draft gives an empty one.
 */
export function migrateDraft(persisted: unknown, version: number): Saved {
  void version;
  const draft =
    persisted && typeof persisted === "object"
      ? sanitiseDraft((persisted as { draft?: unknown }).draft)
      : null;
  return { draft: draft ?? emptyDraft() };
}

/**
 * Makes one draft store, saved under MAP_DRAFT_STORAGE_KEY. Saved state is read only when
 * `restore()` is called, after the first render, so the server's HTML and the browser's first
 * render agree.
 *
 * @example
 * const store = createMapDraftStore(emptyDraft(), "new");
 * store.getState().update(addParticipant);
 */
export function createMapDraftStore(
  initial: MapDraft,
  origin: MapDraftState["origin"],
  storage: PersistStorage<Saved> | undefined = createJSONStorage<Saved>(() => browserStorage),
) {
  return createStore<MapDraftState>()(
    persist(
      (set, _get, api) => ({
        draft: initial,
        origin,
        update: (change) => set((s) => ({ draft: change(s.draft) })),
        restore: async () => {
          await api.persist.rehydrate();
        },
        clear: () => set({ draft: emptyDraft(), origin: "new" }),
      }),
      {
        name: MAP_DRAFT_STORAGE_KEY,
        version: MAP_DRAFT_VERSION,
        storage,
        skipHydration: true,
        partialize: (s): Saved => ({ draft: s.draft }),
        migrate: migrateDraft,
        // Storage is outside our control: validate it even when the version matches.
        merge: (persisted, current) => {
          const draft = migrateDraft(persisted, MAP_DRAFT_VERSION).draft;
          return persisted == null ? current : { ...current, draft, origin: "saved" };
        },
      },
    ),
  );
}
