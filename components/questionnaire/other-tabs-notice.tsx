"use client";

/** What a tab says when another tab of this browser saved answers; see use-other-tabs.ts. */
import type { SavedAnswers } from "./answers-store";
import type { OtherTabsState } from "./use-other-tabs";
import styles from "./questionnaire.module.css";

function describe(saved: SavedAnswers): string {
  const count = Object.keys(saved.answers).length;
  const answers = count === 1 ? "one answer" : `${count} answers`;
  const flow = saved.flow.trim();
  return flow ? `${answers} for \u201c${flow}\u201d` : answers;
}

export function OtherTabsNotice({
  state,
  onTakeTheirs,
  onKeepMine,
  onBackToMine,
}: {
  state: OtherTabsState;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
  onBackToMine: () => void;
}) {
  if (state.kind === "changed") {
    return (
      <div
        className="callout"
        data-kind="warning"
        role="status"
        aria-labelledby="other-tabs-title"
        data-testid="other-tabs"
      >
        <p id="other-tabs-title" className="callout-title">
          Answers changed in another tab
        </p>
        <p>
          Another tab of this browser saved {describe(state.theirs)}. The answers in this tab are
          unchanged; choose which ones this browser keeps.
        </p>
        <div className={styles.nav}>
          <button type="button" className="button secondary" onClick={onTakeTheirs}>
            Use the other tab&rsquo;s answers
          </button>
          <button type="button" className="button" onClick={onKeepMine}>
            Keep mine
          </button>
        </div>
      </div>
    );
  }
  if (state.kind === "using-theirs") {
    return (
      <div className="callout" role="status" data-testid="other-tabs">
        <p>
          This tab now shows the other tab&rsquo;s answers; yours ({describe(state.mine)}) are kept
          in memory.{" "}
          <button type="button" className="button secondary" onClick={onBackToMine}>
            Back to mine
          </button>
        </p>
      </div>
    );
  }
  if (state.kind === "followed") {
    return (
      <p className="callout" data-kind="tip" role="status" data-testid="other-tabs">
        Updated with the answers another tab of this browser saved.
      </p>
    );
  }
  if (state.kind === "kept") {
    return (
      <p className="callout" role="status" data-testid="other-tabs">
        This tab&rsquo;s answers are the ones saved in this browser.
      </p>
    );
  }
  return null;
}
