"use client";

import { useId, useRef } from "react";
import styles from "./questionnaire.module.css";

/** "Start over" with a confirmation in a modal dialog (Escape or "Keep my answers" cancels). */
export function StartOver({ answered, onConfirm }: { answered: number; onConfirm: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className={`button secondary ${styles.small}`}
        onClick={() => dialog.current?.showModal()}
      >
        Start over
      </button>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
      >
        <h2 id={`${id}-title`} className={styles.dialogTitle}>
          Start over?
        </h2>
        <p id={`${id}-text`}>
          This clears {answered === 1 ? "the one answer" : `all ${answered} answers`} and the flow
          name saved in this browser. Result links you already have keep working.
        </p>
        <div className={styles.nav}>
          <button
            type="button"
            className="button secondary"
            onClick={() => dialog.current?.close()}
          >
            Keep my answers
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            Clear answers
          </button>
        </div>
      </dialog>
    </>
  );
}
