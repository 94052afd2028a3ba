/**
 * Which browser tab this is. Each tab makes one random id and keeps it in sessionStorage, which
 * browsers keep per tab (and across its reloads), so answers saved by this tab can be told apart
 * from answers another tab saved in the shared localStorage.
 */

/** The sessionStorage key holding this tab's id. */
export const TAB_ID_KEY = "baton:tab";

let pageFallback: string | undefined;

function randomId(): string {
  // getRandomValues works outside secure contexts too (randomUUID does not).
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * This tab's id: read from `storage` (sessionStorage by default), made and kept there on first
 * use. When sessionStorage can't be used (blocked in a third-party iframe), the id lasts for this
 * page load only.
 *
 * @example
 * thisTabId() // → "3f9c0a…" (the same string on every call in this tab, and after a reload)
 */
export function thisTabId(storage?: Pick<Storage, "getItem" | "setItem">): string {
  try {
    const session = storage ?? window.sessionStorage;
    const known = session.getItem(TAB_ID_KEY);
    if (known) return known;
    const made = randomId();
    session.setItem(TAB_ID_KEY, made);
    return made;
  } catch {
    pageFallback ??= randomId();
    return pageFallback;
  }
}
