"use client";

import { useState } from "react";

/** Copies text to the clipboard and says so to screen readers. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <>
      <button
        type="button"
        className="button secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setStatus("copied");
          } catch {
            setStatus("failed");
          }
        }}
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="muted">
        {status === "copied"
          ? " Copied."
          : status === "failed"
            ? " Copy failed: select the text and copy it."
            : ""}
      </span>
    </>
  );
}
