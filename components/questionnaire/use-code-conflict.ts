"use client";

/**
 * The edit-answers guard. Opening `/advisor?code=…` used to save the code's answers over whatever
 * this browser held. Now, when the saved answers differ, nothing is saved until the person
 * chooses: replace theirs (undoable), or keep theirs and edit the code's answers separately, unsaved.
 */
import { useCallback, useRef, useState } from "react";
import type { PersistStorage } from "zustand/middleware";
import {
  ANSWERS_STORAGE_KEY,
  answersStorage,
  type AnswersStoreApi,
  type PersistedAnswers,
} from "./answers-store";
import { REPLACED_ANSWERS_KEY, differsFromCode, readSavedAnswers } from "./code-conflict";

export type CodeConflictState =
  | { kind: "none" }
  | { kind: "asking"; saved: PersistedAnswers }
  | { kind: "separate" }
  | { kind: "replaced" }
  | { kind: "restored" };

/** Keeps edits in memory only: the saved answers stay untouched. */
const unsaved: PersistStorage<PersistedAnswers> = {
  getItem: () => null,
  setItem: () => {},
  removeItem: () => {},
};

function local(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function useCodeConflict(store: AnswersStoreApi, codeUrl: () => void) {
  const [state, setState] = useState<CodeConflictState>({ kind: "none" });
  const saving = useRef<PersistStorage<PersistedAnswers> | undefined>(undefined);

  /** True when the saved answers differ from the code's: then saving stops until a choice. */
  const check = useCallback((): boolean => {
    const saved = readSavedAnswers(answersStorage);
    const { answers, flow } = store.getState();
    if (!saved || !differsFromCode(saved, { answers, flow })) return false;
    saving.current = store.persist.getOptions().storage;
    store.persist.setOptions({ storage: unsaved });
    setState({ kind: "asking", saved });
    return true;
  }, [store]);

  const replace = useCallback(() => {
    const storage = local();
    try {
      const previous = answersStorage.getItem(ANSWERS_STORAGE_KEY);
      if (typeof previous === "string") storage?.setItem(REPLACED_ANSWERS_KEY, previous);
    } catch {}
    if (saving.current) store.persist.setOptions({ storage: saving.current });
    const { answers, flow } = store.getState();
    store.getState().load({ answers, flow }); // saves the code's answers in place of the older ones
    codeUrl();
    setState({ kind: "replaced" });
  }, [store, codeUrl]);

  const keepSeparate = useCallback(() => setState({ kind: "separate" }), []);

  const undo = useCallback(() => {
    const storage = local();
    try {
      const previous = storage?.getItem(REPLACED_ANSWERS_KEY);
      if (previous) {
        void answersStorage.setItem(ANSWERS_STORAGE_KEY, previous); // this tab's copy too
        storage?.removeItem(REPLACED_ANSWERS_KEY);
      }
    } catch {}
    void store.persist.rehydrate();
    setState({ kind: "restored" });
  }, [store]);

  return { state, check, replace, keepSeparate, undo };
}
