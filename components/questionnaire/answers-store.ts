import { createJSONStorage, persist, type PersistStorage } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { browserStorage } from "@/components/ui/browser-storage";
import { cleanFlow } from "@/lib/answers/flow";
import type { SavedAnswers } from "@/lib/answers/prefill";
import { pickValidAnswers } from "@/lib/answers/step-schema";
import type { QuestionId } from "@/lib/scoring/questions";

/** The key in localStorage. Never reuse it for another shape: bump ANSWERS_STORE_VERSION instead. */
export const ANSWERS_STORAGE_KEY = "baton:answers";
/** Version of the saved shape; `migrateAnswers` turns any older one into this. */
export const ANSWERS_STORE_VERSION = 1;

export type { SavedAnswers };

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

/** Not saved: where the current answers came from. */
export interface AnswersProvenance {
  origin: "new" | "saved" | "code";
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
 * Turns whatever is in storage into the current shape, keeping only valid answers.
 * Version 1 is the first; anything else (a hand-edited or foreign value) is read leniently.
 */
export function migrateAnswers(persisted: unknown, version: number): SavedAnswers {
  void version;
  return sanitise(persisted);
}

function sanitise(raw: unknown): SavedAnswers {
  if (raw === null || typeof raw !== "object") return { ...EMPTY };
  const { answers, flow } = raw as Record<string, unknown>;
  return { answers: pickValidAnswers(answers), flow: cleanFlow(flow) ?? "" };
}

/**
 * Makes one answers store, saved in localStorage (or the given storage) under ANSWERS_STORAGE_KEY.
 * Saved state is read only when `restore()` is called, after the first render, so the server's
 * HTML and the browser's first render agree. Every action that changes state saves it.
 *
 * @example
 * const store = createAnswersStore({ answers: { teams: "one" }, flow: "Checkout", origin: "code" });
 * store.getState().answer("participants", "two");
 */
export function createAnswersStore(
  initial: SavedAnswers & { origin?: AnswersProvenance["origin"] } = EMPTY,
  storage: PersistStorage<SavedAnswers> | undefined = createJSONStorage<SavedAnswers>(
    () => browserStorage,
  ),
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
        partialize: (s): SavedAnswers => ({ answers: s.answers, flow: s.flow }),
        migrate: migrateAnswers,
        // Storage is outside our control: validate it even when the version matches.
        merge: (persisted, current) =>
          persisted == null ? current : { ...current, ...sanitise(persisted), origin: "saved" },
      },
    ),
  );
}
