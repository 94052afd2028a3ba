import {
  createJSONStorage,
  persist,
  type PersistStorage,
  type StateStorage,
} from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { cleanFlow } from "@/lib/answers/flow";
import type { SavedAnswers } from "@/lib/answers/prefill";
import { pickValidAnswers } from "@/lib/answers/step-schema";
import type { QuestionId } from "@/lib/scoring/questions";
import { thisTabId } from "./tab-identity";

/** The key in localStorage. Never reuse it for another shape: bump ANSWERS_STORE_VERSION instead. */
export const ANSWERS_STORAGE_KEY = "baton:answers";
/**
 * Version of the saved shape; `migrateAnswers` turns any older one into this.
 * 1: `{ answers, flow }`. 2: adds `tab`, the id of the tab that saved it (see tab-identity.ts);
 * a version-1 state has none, so it reads as saved elsewhere.
 */
export const ANSWERS_STORE_VERSION = 2;

export type { SavedAnswers };

/** What is saved: the answers, and which tab saved them. */
export interface PersistedAnswers extends SavedAnswers {
  tab?: string;
}

export interface AnswersActions {
  /** Records one answer (an option id or `unsure`). */
  answer: (id: QuestionId, value: string) => void;
  /** Records the flow name as typed (cleaned only when it is used). */
  setFlow: (flow: string) => void;
  /** Replaces everything with a share code's answers, and saves them in place of older ones. */
  load: (saved: SavedAnswers) => void;
  /** Replaces everything with what this browser saved earlier, if anything (read once). */
  restore: () => Promise<void>;
  /** Forgets every answer and the flow name. */
  clear: () => void;
}

/**
 * Not saved: where the current answers came from. `saved`: this tab saved them (before a reload);
 * `elsewhere`: another tab, or an earlier visit, saved them, so they may not be this person's.
 */
export interface AnswersProvenance {
  origin: "new" | "saved" | "elsewhere" | "code";
}

export type AnswersStore = SavedAnswers & AnswersProvenance & AnswersActions;
export type AnswersStoreApi = ReturnType<typeof createAnswersStore>;

/**
 * One step's answers as its form holds them: every question of the step, `null` when unanswered.
 *
 * @example
 * stepValues(["teams", "latency"], { teams: "one" }) // → { teams: "one", latency: null }
 */
export function stepValues(
  ids: readonly string[],
  answers: Readonly<Record<string, string | undefined>>,
): Record<string, string | null> {
  return Object.fromEntries(ids.map((id) => [id, answers[id] ?? null]));
}

const EMPTY: SavedAnswers = { answers: {}, flow: "" };

/**
 * Where answers are saved: in this tab's sessionStorage, so a reload brings back this tab's own
 * answers whatever other tabs saved since, and in localStorage, so a new tab or a later visit
 * finds the latest answers of any tab. Reads prefer this tab's copy. Either storage can be
 * missing (server), blocked (third-party iframe) or full: then answers live for this page only,
 * without an error.
 */
export const answersStorage: StateStorage = {
  getItem: (name) =>
    attempt(() => sessionStorage.getItem(name)) ?? attempt(() => localStorage.getItem(name)),
  setItem: (name, value) => {
    attempt(() => sessionStorage.setItem(name, value));
    attempt(() => localStorage.setItem(name, value));
  },
  removeItem: (name) => {
    attempt(() => sessionStorage.removeItem(name));
    attempt(() => localStorage.removeItem(name));
  },
};

function attempt<T>(access: () => T): T | null {
  try {
    return access() ?? null;
  } catch {
    return null;
  }
}

/**
 * Turns whatever is in storage into the current shape, keeping only valid answers.
 * Version 1 is the first; anything else (a hand-edited or foreign value) is read leniently.
 */
export function migrateAnswers(persisted: unknown, version: number): PersistedAnswers {
  void version;
  return sanitise(persisted);
}

function sanitise(raw: unknown): PersistedAnswers {
  if (raw === null || typeof raw !== "object") return { ...EMPTY };
  const { answers, flow, tab } = raw as Record<string, unknown>;
  const saved = { answers: pickValidAnswers(answers), flow: cleanFlow(flow) ?? "" };
  return typeof tab === "string" && tab !== "" ? { ...saved, tab } : saved;
}

/**
 * Makes one answers store, saved by `answersStorage` (or the given storage) under
 * ANSWERS_STORAGE_KEY, stamped with `tab()`, this tab's id. Saved state is read only when
 * `restore()` is called, after the first render, so the server's HTML and the browser's first
 * render agree; it counts as `saved` when this tab wrote it and `elsewhere` otherwise. Every
 * action that changes state saves it.
 *
 * @example
 * const store = createAnswersStore({ answers: { teams: "one" }, flow: "Checkout", origin: "code" });
 * store.getState().answer("participants", "two");
 */
export function createAnswersStore(
  initial: SavedAnswers & { origin?: AnswersProvenance["origin"] } = EMPTY,
  storage: PersistStorage<PersistedAnswers> | undefined = createJSONStorage<PersistedAnswers>(
    () => answersStorage,
  ),
  tab: () => string = thisTabId,
) {
  return createStore<AnswersStore>()(
    persist(
      (set, _get, api) => ({
        ...sanitise(initial),
        origin: initial.origin ?? "new",
        answer: (id, value) => set((s) => ({ answers: { ...s.answers, [id]: value } })),
        setFlow: (flow) => set({ flow }),
        load: (saved) => set({ ...sanitise(saved), origin: "code" }),
        // `api.persist` is attached once the store is made; restore is only called later.
        restore: async () => {
          await api.persist.rehydrate();
        },
        clear: () => set({ ...EMPTY, origin: "new" }),
      }),
      {
        name: ANSWERS_STORAGE_KEY,
        version: ANSWERS_STORE_VERSION,
        storage,
        skipHydration: true,
        partialize: (s): PersistedAnswers => ({ answers: s.answers, flow: s.flow, tab: tab() }),
        migrate: migrateAnswers,
        // Storage is outside our control: validate it even when the version matches.
        merge: (persisted, current) => {
          if (persisted == null) return current;
          const { tab: writer, ...saved } = sanitise(persisted);
          return { ...current, ...saved, origin: writer === tab() ? "saved" : "elsewhere" };
        },
      },
    ),
  );
}
