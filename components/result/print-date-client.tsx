"use client";

/**
 * The day a result is printed. The result page's HTML is cached as it depends only on its URL, so
 * the date is written in the browser, never on the server.
 */
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function PrintDate() {
  const today = useSyncExternalStore(
    noSubscription,
    () => new Date().toISOString().slice(0, 10),
    () => "",
  );
  if (!today) return null;
  return (
    <>
      , printed on <time dateTime={today}>{today}</time>
    </>
  );
}
