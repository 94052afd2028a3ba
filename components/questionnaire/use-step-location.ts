"use client";

import { useCallback, useEffect, useSyncExternalStore } from "react";
import { stepFromHash, stepHash, type StepId } from "@/lib/answers/steps";

// The current step lives in the URL fragment (#coordination): a reload returns to it and the Back
// button steps back.
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

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
// The server has no fragment.
const noHash = () => null;

// A same-document navigation that only changes the fragment (`/advisor` → `/advisor#topology`,
// from the address bar, a bookmark or a script) can land while the page is still hydrating. Next's
// router then writes back, with history.replaceState, the URL it read before hydrating, and the
// fragment is lost without any event. So this module notes the last fragment that the page's own
// events reported, from the moment it loads (before hydration), and the first mounted hook puts a
// lost step fragment back. Only once per document, and only for the same path and query, so a
// later client-side visit to /advisor without a fragment is left alone.
type Seen = { where: string; hash: string };
const here = () => `${window.location.pathname}${window.location.search}`;
let seen: Seen | undefined;
let checkedAfterHydration = false;
if (typeof window !== "undefined") {
  seen = { where: here(), hash: window.location.hash };
  const note = () => {
    seen = { where: here(), hash: window.location.hash };
  };
  window.addEventListener("hashchange", note);
  window.addEventListener("popstate", note);
}

/**
 * After hydration, the step fragment that a same-document navigation set and the router's
 * write-back removed, or undefined when nothing was lost.
 *
 * @example
 * lostStepHash({ where: "/advisor", hash: "#topology" }, "/advisor", "") // → "#topology"
 */
export function lostStepHash(
  noted: Seen | undefined,
  where: string,
  hash: string,
): string | undefined {
  if (!noted || noted.where !== where || hash !== "" || noted.hash === "") return undefined;
  return stepFromHash(noted.hash) ? noted.hash : undefined;
}

/**
 * Replaces the current history entry's URL (same document) and keeps its state as it is.
 *
 * For mount effects: Next.js writes its router state (`__NA` and the router tree) into the entry
 * in an insertion effect, but patches `history.replaceState` to copy that state only in a later
 * effect of its root, which runs after the effects of the components it renders. A `null` state
 * written before then wipes the entry's router state, and Next ignores a later Back or Forward onto
 * that entry (`handlePopState` returns on a null state; next/dist/client/components/app-router.js).
 * Passing the entry's own state keeps it, both before and after the patch.
 *
 * @param url a path with optional query and fragment, on the current origin
 */
export function replaceUrlKeepingRouterState(
  url: string,
  history: Pick<History, "state" | "replaceState"> = window.history,
): void {
  history.replaceState(history.state, "", url);
}

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

  useEffect(() => {
    if (checkedAfterHydration) return;
    checkedAfterHydration = true;
    const lost = lostStepHash(seen, here(), window.location.hash);
    if (lost === undefined) return;
    replaceUrlKeepingRouterState(`${here()}${lost}`);
    notify();
  }, []);

  const goTo = useCallback((next: StepId, how: "push" | "replace") => {
    const url = `${here()}${stepHash(next)}`;
    // `null` lets Next.js keep its own history state and learn the new URL.
    if (how === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    notify();
  }, []);
  return [step, goTo];
}
