"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import {
  createAnswersStore,
  type AnswersProvenance,
  type AnswersStore,
  type AnswersStoreApi,
  type SavedAnswers,
} from "./answers-store";

const AnswersStoreContext = createContext<AnswersStoreApi | null>(null);

/** Gives its subtree one answers store, created once per mount (never shared between requests). */
export function AnswersStoreProvider({
  initial,
  children,
}: {
  initial: SavedAnswers & { origin?: AnswersProvenance["origin"] };
  children: ReactNode;
}) {
  const [store] = useState(() => createAnswersStore(initial));
  return <AnswersStoreContext value={store}>{children}</AnswersStoreContext>;
}

/** The store itself, for actions and persistence. Throws outside an AnswersStoreProvider. */
export function useAnswersStoreApi(): AnswersStoreApi {
  const store = useContext(AnswersStoreContext);
  if (!store) throw new Error("useAnswersStoreApi must be used inside <AnswersStoreProvider>.");
  return store;
}

/** A slice of the answers state; re-renders only when the slice changes. */
export function useAnswersStore<T>(selector: (state: AnswersStore) => T): T {
  return useStore(useAnswersStoreApi(), selector);
}

/** Every answer given so far (option ids or `unsure`). */
export function useAnswers() {
  return useAnswersStore((s) => s.answers);
}

/** The flow name, possibly empty. */
export function useFlow() {
  return useAnswersStore((s) => s.flow);
}

/** How many questions have an answer, `unsure` included. */
export function useAnsweredCount() {
  return useAnswersStore((s) => Object.keys(s.answers).length);
}

/**
 * Keeps one step's react-hook-form reading from the store. The form writes each change to the
 * store itself (its fields' `onChange`), so its values already match; when the store's values
 * change from elsewhere (restore, load from a share code, clear), the form is reset to them, which
 * also clears its errors. `select` must be stable (defined outside render or memoised).
 */
export function useFormFollowsStore<T extends Record<string, unknown>>(
  select: (state: AnswersStore) => T,
  form: { getValues: () => T; reset: (values: T) => void },
): void {
  const store = useAnswersStoreApi();
  const { getValues, reset } = form;
  useEffect(() => {
    const follow = (state: AnswersStore) => {
      const next = select(state);
      const current = getValues();
      const differs = Object.keys(next).some((key) => (current[key] ?? null) !== next[key]);
      if (differs) reset(next);
    };
    // The store may have changed between this form's first render and this effect.
    follow(store.getState());
    return store.subscribe(follow);
  }, [store, select, getValues, reset]);
}
