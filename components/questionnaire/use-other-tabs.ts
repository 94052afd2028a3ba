"use client";

/**
 * Keeps a tab honest about answers saved by other tabs of the same browser. Each tab saves its
 * answers in its own sessionStorage and in the shared localStorage (see `answersStorage`); the
 * browser's `storage` event tells every other tab when the shared copy changes. Following or
 * asking is decided by `otherTabChange`.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { ANSWERS_STORAGE_KEY, type AnswersStoreApi, type SavedAnswers } from "./answers-store";
import { readSavedAnswers } from "./code-conflict";
import { otherTabChange } from "./other-tabs";

export type OtherTabsState =
  | { kind: "none" }
  /** This tab held nothing of its own and now shows what another tab saved. */
  | { kind: "followed" }
  /** Another tab saved different answers; this tab's own are untouched until the person chooses. */
  | { kind: "changed"; theirs: SavedAnswers; raw: string }
  /** This tab took the other tab's answers; `mine` brings its own back. */
  | { kind: "using-theirs"; mine: SavedAnswers }
  /** The person kept this tab's answers, which are now the ones saved in the browser. */
  | { kind: "kept" };

function current(store: AnswersStoreApi): SavedAnswers {
  const { answers, flow } = store.getState();
  return { answers, flow };
}

/** `enabled` is false while this tab's edits are not saved (a share link opened separately). */
export function useOtherTabs(store: AnswersStoreApi, enabled: boolean) {
  const [state, setState] = useState<OtherTabsState>({ kind: "none" });
  // What this tab last took from another tab, unchanged; null once it holds work of its own.
  const borrowed = useRef<SavedAnswers | null>(null);

  useEffect(
    () =>
      store.persist.onFinishHydration((restored) => {
        borrowed.current =
          restored.origin === "elsewhere"
            ? { answers: restored.answers, flow: restored.flow }
            : null;
      }),
    [store],
  );

  // Take the other tab's saved copy as this tab's own copy, then read it as a restore would.
  const take = useCallback(
    (raw: string) => {
      try {
        sessionStorage.setItem(ANSWERS_STORAGE_KEY, raw);
      } catch {}
      void store.persist.rehydrate();
    },
    [store],
  );

  useEffect(() => {
    if (!enabled) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key !== ANSWERS_STORAGE_KEY || !event.newValue) return;
      const raw = event.newValue;
      const theirs = readSavedAnswers({ getItem: () => raw });
      if (!theirs) return;
      const change = otherTabChange(current(store), theirs, borrowed.current);
      if (change === "follow") {
        take(raw);
        // Following keeps the way back to this tab's own answers, if it had one.
        setState((was) => (was.kind === "using-theirs" ? was : { kind: "followed" }));
      } else if (change === "ask") {
        setState({ kind: "changed", theirs, raw });
      }
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [store, enabled, take]);

  const takeTheirs = useCallback(() => {
    if (state.kind !== "changed") return;
    const mine = current(store);
    take(state.raw);
    setState({ kind: "using-theirs", mine });
  }, [store, state, take]);

  const keepMine = useCallback(() => {
    // Saving again makes this tab's answers the browser's latest; other tabs hear of it.
    store.setState({});
    setState({ kind: "kept" });
  }, [store]);

  const backToMine = useCallback(() => {
    if (state.kind !== "using-theirs") return;
    store.setState({ ...state.mine, origin: "saved" });
    borrowed.current = null;
    setState({ kind: "kept" });
  }, [store, state]);

  return { state, takeTheirs, keepMine, backToMine };
}
