"use client";

/** "Copy summary": it needs the clipboard, so it appears only once the page has hydrated. */
import { useSyncExternalStore } from "react";
import { CopyButton } from "@/components/ui/copy-button";

const noSubscription = () => () => {};

export function SummaryButton({ summary }: { summary: string }) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return hydrated ? <CopyButton text={summary} label="Copy summary" /> : null;
}
