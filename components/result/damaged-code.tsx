/** The explanation shown, with HTTP 404, for a share code that can't be read. */
import Link from "next/link";
import type { DecodeError } from "@/lib/share";
import { DAMAGE_ADVICE } from "./result-for-code";
import styles from "./result.module.css";

export function DamagedCode({
  code,
  error,
  message,
  compact = false,
}: {
  code: string;
  error: DecodeError;
  message: string;
  compact?: boolean;
}) {
  const shown = [...code].slice(0, 40).join("");
  return (
    <section className={styles.damaged} data-decode-error={error} aria-labelledby="damaged-title">
      {compact ? (
        <h1 id="damaged-title" className={styles.damagedTitle}>
          This Baton link is damaged
        </h1>
      ) : (
        <h1 id="damaged-title">This share link is damaged</h1>
      )}
      <p>
        <strong>{message}</strong> {DAMAGE_ADVICE[error]}
      </p>
      {shown ? (
        <p className={styles.small}>
          The code in the link: <code className={styles.code}>{shown}</code>
          {shown.length < code.length ? "…" : ""}
        </p>
      ) : null}
      {compact ? null : (
        <p>
          <Link href="/advisor">Start the questionnaire</Link> to make a new result, or ask whoever
          shared the link to copy it again.
        </p>
      )}
    </section>
  );
}
