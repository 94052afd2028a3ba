"use client";

/**
 * Copy-link and print buttons: they need the browser, so they appear only once it has hydrated.
 */
import { useId, useState, useSyncExternalStore } from "react";
import styles from "./result.module.css";

const noSubscription = () => () => {};

export function ShareButtons({ url }: { url: string }) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [status, setStatus] = useState("");
  const fieldId = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied.");
    } catch {
      const field = document.getElementById(fieldId);
      if (field instanceof HTMLInputElement) field.select();
      setStatus("Couldn't reach the clipboard: the link is selected, press Ctrl+C or ⌘C.");
    }
  }

  return (
    <div className={styles.share}>
      <label htmlFor={fieldId} className={styles.shareLabel}>
        Share link
      </label>
      <div className={styles.shareRow}>
        <input
          id={fieldId}
          className={styles.shareField}
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
        />
        {hydrated ? (
          <button type="button" className="button" onClick={copy}>
            Copy link
          </button>
        ) : null}
      </div>
      <p className={styles.shareStatus} role="status">
        {status}
      </p>
    </div>
  );
}

/** "Print or save as PDF": only once hydrated, since it needs the browser's print dialog. */
export function PrintButton() {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return hydrated ? (
    <button type="button" className="button secondary" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  ) : null;
}
