"use client";

/** What the edit-answers guard says, and its choices; see use-code-conflict.ts. */
import { useEffect, useRef } from "react";
import type { CodeConflictState } from "./use-code-conflict";
import styles from "./questionnaire.module.css";

export function CodeConflictNotice({
  state,
  onReplace,
  onKeepSeparate,
  onUndo,
}: {
  state: CodeConflictState;
  onReplace: () => void;
  onKeepSeparate: () => void;
  onUndo: () => void;
}) {
  const title = useRef<HTMLParagraphElement>(null);
  const asking = state.kind === "asking";
  useEffect(() => {
    if (asking) title.current?.focus();
  }, [asking]);

  if (state.kind === "asking") {
    const answered = Object.values(state.saved.answers).filter((a) => a !== "unsure").length;
    const flow = state.saved.flow.trim();
    return (
      <div
        className="callout"
        data-kind="warning"
        role="group"
        aria-labelledby="code-conflict-title"
        data-testid="code-conflict"
      >
        <p id="code-conflict-title" className="callout-title" tabIndex={-1} ref={title}>
          This browser already holds other answers
        </p>
        <p>
          You have {answered === 1 ? "one answer" : `${answered} answers`}
          {flow ? <> for &ldquo;{flow}&rdquo;</> : null} saved here, and they differ from this
          link&rsquo;s. Nothing is saved until you choose.
        </p>
        <div className={styles.nav}>
          <button type="button" className="button" onClick={onReplace}>
            Replace mine with the link&rsquo;s answers
          </button>
          <button type="button" className="button secondary" onClick={onKeepSeparate}>
            Keep mine; open the link&rsquo;s answers separately
          </button>
        </div>
      </div>
    );
  }
  if (state.kind === "separate") {
    return (
      <p className="callout" data-kind="tip" role="status" data-testid="code-conflict">
        You are editing the link&rsquo;s answers separately: changes here are not saved in this
        browser, and your own answers stay as they were. <a href="/advisor">Back to my answers</a>
      </p>
    );
  }
  if (state.kind === "replaced") {
    return (
      <div className="callout" role="status" data-testid="code-conflict">
        <p>
          Your earlier answers were replaced by the link&rsquo;s.{" "}
          <button type="button" className="button secondary" onClick={onUndo}>
            Undo
          </button>
        </p>
      </div>
    );
  }
  if (state.kind === "restored") {
    return (
      <p className="callout" role="status" data-testid="code-conflict">
        Your earlier answers are back.
      </p>
    );
  }
  return null;
}
