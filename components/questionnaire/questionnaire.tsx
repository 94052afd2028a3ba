"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { QUESTION_STEPS } from "@/lib/answers/step-schema";
import { QUESTIONS, type Dimension } from "@/lib/scoring/questions";
import { encode } from "@/lib/share/codec";
import type { SavedAnswers } from "./answers-store";
import {
  AnswersStoreProvider,
  useAnsweredCount,
  useAnswersStore,
  useAnswersStoreApi,
} from "./answers-store-provider";
import { CodeConflictNotice } from "./code-conflict-notice";
import { IntroStep } from "./intro-step";
import { QuestionStep } from "./question-step";
import { resultPath } from "./result-path";
import { ReviewStep } from "./review-step";
import { StartOver } from "./start-over-dialog";
import { nextStep, previousStep, questionAnchor, stepAnchor, stepHash, type StepId } from "./steps";
import { useCodeConflict } from "./use-code-conflict";
import { useStepLocation } from "./use-step-location";
import styles from "./questionnaire.module.css";

export interface QuestionnaireProps {
  /** `embed` finishes on /embed/r/<code> and opens articles in a new tab. */
  mode: "site" | "embed";
  /** Answers to start from: a share code's, or none. */
  initial: SavedAnswers;
  /** The initial answers came from a share code: they replace the saved ones and open the review. */
  fromCode: boolean;
}

/**
 * The questionnaire. Its server HTML is a complete GET form (every question, one submit button)
 * that works without JavaScript; in the browser the same form becomes one step at a time.
 */
export function Questionnaire(props: QuestionnaireProps) {
  return (
    <AnswersStoreProvider initial={{ ...props.initial, origin: props.fromCode ? "code" : "new" }}>
      <QuestionnaireForm {...props} />
    </AnswersStoreProvider>
  );
}

const FIRST_QUESTION_NUMBER = new Map(
  QUESTION_STEPS.map((step) => [
    step.id,
    QUESTIONS.findIndex((q) => q.id === step.questions[0]?.id) + 1,
  ]),
);

function QuestionnaireForm({ mode, fromCode }: QuestionnaireProps) {
  const embed = mode === "embed";
  const store = useAnswersStoreApi();
  const revision = useAnswersStore((s) => s.revision);
  const origin = useAnswersStore((s) => s.origin);
  const answered = useAnsweredCount();
  const [step, goTo] = useStepLocation(fromCode ? "review" : "start");
  const [returnToReview, setReturnToReview] = useState(false);
  const [cleared, setCleared] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Once, after the first render: a share code's answers replace the saved ones (and the code
  // leaves the URL, so a reload keeps later edits); otherwise restore this browser's answers.
  const dropCodeFromUrl = useCallback(() => {
    window.history.replaceState(null, "", `${window.location.pathname}${stepHash("review")}`);
  }, []);
  const conflict = useCodeConflict(store, dropCodeFromUrl);
  const checkConflict = conflict.check;
  useEffect(() => {
    if (fromCode) {
      // Different answers saved here: ask first (the code stays in the URL until they choose).
      if (checkConflict()) return;
      store.setState({}); // saves the code's answers in place of older ones
      dropCodeFromUrl();
    } else {
      void store.persist.rehydrate();
    }
  }, [store, fromCode, checkConflict, dropCodeFromUrl]);

  useEffect(() => {
    if (!focusRequest) return;
    const form = formRef.current;
    const target = document.getElementById(focusRequest.id);
    if (!form || !target) return;
    const formTop = form.getBoundingClientRect().top + window.scrollY - 16;
    if (window.scrollY > formTop) window.scrollTo({ top: formTop });
    if (target instanceof HTMLFieldSetElement) {
      const radio =
        target.querySelector<HTMLInputElement>("input:checked") ??
        target.querySelector<HTMLInputElement>("input");
      radio?.focus({ preventScroll: true });
      target.scrollIntoView({ block: "center" });
    } else {
      target.focus({ preventScroll: true });
    }
  }, [focusRequest]);

  const show = (next: StepId, focusId = `${stepAnchor(next)}-title`) => {
    if (next === "review" || next === "start") setReturnToReview(false);
    setCleared(false);
    goTo(next, embed ? "replace" : "push");
    setFocusRequest({ id: focusId });
  };
  const continueFrom = (current: StepId) => show(returnToReview ? "review" : nextStep(current));
  const continueLabel = (current: StepId) =>
    returnToReview
      ? "Back to review"
      : nextStep(current) === "review"
        ? "Review answers"
        : "Continue";

  const finish = () => {
    const { answers, flow } = store.getState();
    // A full navigation: Back then reloads this page from its (code-free) URL and the saved
    // answers, instead of replaying the client router's copy of `/advisor?code=…`.
    window.location.assign(resultPath(encode(answers), flow, embed));
  };

  const startOver = () => {
    store.getState().clear();
    show("start");
    setCleared(true);
  };

  const resume = () => {
    const answers: Record<string, string | undefined> = store.getState().answers;
    const incomplete = QUESTION_STEPS.find((s) => s.questions.some((q) => !answers[q.id]));
    show(incomplete?.id ?? "review");
  };

  const changeQuestion = (questionId: string) => {
    const owner = QUESTIONS.find((q) => q.id === questionId)?.dimension as Dimension;
    show(owner, questionAnchor(questionId));
    setReturnToReview(true);
  };

  const articleTarget = embed ? "_blank" : undefined;
  let notice = null;
  if (cleared) {
    notice = (
      <p role="status" className="callout">
        All answers are cleared. Start again whenever you&rsquo;re ready.
      </p>
    );
  } else if (origin === "saved" && answered > 0) {
    notice = (
      <div role="status" className="callout" data-kind="tip">
        <p>
          Welcome back: the {answered === 1 ? "answer" : `${answered} answers`} you gave earlier in
          this browser {answered === 1 ? "is" : "are"} restored.
        </p>
        <div className={styles.nav}>
          <button type="button" className="button" onClick={resume}>
            Continue where you left off
          </button>
          <StartOver answered={answered} onConfirm={startOver} />
        </div>
      </div>
    );
  }

  return (
    <form
      ref={formRef}
      action="/advisor/submit"
      method="get"
      className={styles.form}
      onSubmit={(event) => event.preventDefault()}
    >
      {/* A disabled first submit button stops Enter from sending the form half-answered. */}
      <button type="submit" disabled hidden>
        See the result
      </button>
      {embed ? <input type="hidden" name="embed" value="1" /> : null}
      <CodeConflictNotice
        state={conflict.state}
        onReplace={conflict.replace}
        onKeepSeparate={conflict.keepSeparate}
        onUndo={conflict.undo}
      />
      {origin === "code" ? (
        <p className="callout" data-kind="tip">
          These answers come from a share link. Change any of them, then see the new result.
        </p>
      ) : null}
      <div className={styles.progress} data-js-only="" hidden={step === "start"}>
        <p id="progress-label" className={styles.progressLabel}>
          {answered} of {QUESTIONS.length} questions answered
        </p>
        <progress
          className={styles.progressBar}
          aria-labelledby="progress-label"
          max={QUESTIONS.length}
          value={answered}
        />
        {answered > 0 ? <StartOver answered={answered} onConfirm={startOver} /> : null}
      </div>
      <IntroStep
        key={`start-${revision}`}
        active={step === "start"}
        notice={notice}
        continueLabel={returnToReview ? "Back to review" : "Start"}
        onStart={() => continueFrom("start")}
      />
      {QUESTION_STEPS.map((s, i) => (
        <QuestionStep
          key={`${s.id}-${revision}`}
          step={s}
          number={i + 1}
          firstQuestionNumber={FIRST_QUESTION_NUMBER.get(s.id) ?? 1}
          active={step === s.id}
          continueLabel={continueLabel(s.id)}
          articleTarget={articleTarget}
          onBack={() => show(previousStep(s.id))}
          onContinue={() => continueFrom(s.id)}
        />
      ))}
      <ReviewStep
        active={step === "review"}
        onChangeQuestion={changeQuestion}
        onChangeFlow={() => {
          show("start", "flow");
          setReturnToReview(true);
        }}
        onBack={() => show(previousStep("review"))}
        onFinish={finish}
      />
      <div className={styles.noscriptSubmit} data-noscript-only="" hidden>
        <p>Questions you leave unanswered count as &ldquo;Not sure&rdquo;.</p>
        <button type="submit" className="button">
          See the result
        </button>
      </div>
    </form>
  );
}
