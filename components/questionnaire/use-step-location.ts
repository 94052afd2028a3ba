"use client";

import { useCallback, useSyncExternalStore } from "react";
import { stepAnchor, stepFromHash, type StepId } from "./steps";

// The current step lives in the URL fragment (#step-coordination): a reload returns to it, the
// Back button steps back, and the same fragments are plain anchors in the no-JavaScript form.
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  window.addEventListener("hashchange", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
    window.removeEventListener("hashchange", listener);
  };
}

const readHash = () => window.location.hash;
const noHash = () => null;

/**
 * The step named by the URL fragment, or `fallback` when there is none (and on the server).
 * `goTo` changes it; `push` adds a history entry, `replace` doesn't (used inside embeds, so the
 * host page's Back button isn't filled with our steps).
 */
export function useStepLocation(
  fallback: StepId,
): [StepId, (step: StepId, history: "push" | "replace") => void] {
  const hash = useSyncExternalStore(subscribe, readHash, noHash);
  const step = (hash === null ? undefined : stepFromHash(hash)) ?? fallback;
  const goTo = useCallback((next: StepId, how: "push" | "replace") => {
    const url = `${window.location.pathname}${window.location.search}#${stepAnchor(next)}`;
    if (how === "push") window.history.pushState(window.history.state, "", url);
    else window.history.replaceState(window.history.state, "", url);
    listeners.forEach((listener) => listener());
  }, []);
  return [step, goTo];
}
