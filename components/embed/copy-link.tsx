"use client";

import { CopyButton } from "@/components/ui/copy-button";
import styles from "./copy-link.module.css";

/**
 * The result's link inside an embed, to copy: a read-only field that selects itself on focus (a
 * wiki's iframe may be denied the clipboard, and then the reader copies by hand) and a copy button.
 */
export function CopyLink({ url }: { url: string }) {
  return (
    <p className={styles.copyLink}>
      <label htmlFor="result-link">Link to this result</label>
      <input
        id="result-link"
        type="text"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
      />
      <CopyButton text={url} label="Copy link" />
    </p>
  );
}
