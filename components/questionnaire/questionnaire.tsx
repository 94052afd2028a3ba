"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { QUESTION_STEPS } from "@/lib/answers/step-schema";
import { QUESTIONS } from "@/lib/scoring/current";
import { type Dimension } from "@/lib/scoring/questions";
import { encode } from "@/lib/share/encode";
import type { SavedAnswers } from "./answers-store";
import {
  AnswersStoreProvider,
  useAnsweredCount,
  useAnswersStore,
  useAnswersStoreApi,
} from "./answers-store-provider";
import { CodeConflictNotice } from "./code-conflict-notice";
import { IntroStep } from "./intro-step";
import { OtherTabsNotice } from "./other-tabs-notice";
import { QuestionStep } from "./question-step";
import { resultPath } from "@/lib/result/path";
import { ReviewStep } from "./review-step";
import { StartOver } from "./start-over-dialog";
import {
  nextStep,
  previousStep,
  questionAnchor,
  stepAnchor,
  stepHash,
  type StepId,
} from "@/lib/answers/steps";
import { useCodeConflict } from "./use-code-conflict";
import { useOtherTabs } from "./use-other-tabs";
import { replaceUrlKeepingRouterState, useStepLocation } from "./use-step-location";
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

/** "3 of 21 questions answered", the bar, and Start over: the only part that follows each answer. */
const Progress = memo(function Progress({
  hidden,
  onStartOver,
}: {
  hidden: boolean;
  onStartOver: () => void;
}) {
  const answered = useAnsweredCount();
  return (
    <div className={styles.progress} data-js-only="" hidden={hidden}>
      <p id="progress-label" className={styles.progressLabel}>
        {answered} of {QUESTIONS.length} questions answered
      </p>
      <progress
        className={styles.progressBar}
        aria-labelledby="progress-label"
        max={QUESTIONS.length}
        value={answered}
      />
      {answered > 0 ? <StartOver answered={answered} onConfirm={onStartOver} /> : null}
    </div>
  );
});

/** Above the Start button: "all answers are cleared", or "welcome back" with a way to resume. */
function IntroNotice({
  cleared,
  onResume,
  onStartOver,
}: {
  cleared: boolean;
  onResume: () => void;
  onStartOver: () => void;
}) {
  const origin = useAnswersStore((s) => s.origin);
  const flow = useAnswersStore((s) => s.flow.trim());
  const answered = useAnsweredCount();
  if (cleared) {
    return (
      <p role="status" className="callout">
        All answers are cleared. Start again whenever you&rsquo;re ready.
      </p>
    );
  }
  if ((origin !== "saved" && origin !== "elsewhere") || answered === 0) return null;
  if (origin === "elsewhere") {
    // Another tab, or an earlier visit, saved these: they may be someone else's, or another flow.
    return (
      <div role="status" className="callout" data-kind="tip">
        <p>
          {answered === 1 ? "One answer" : `${answered} answers`}
          {flow ? <> for &ldquo;{flow}&rdquo;</> : null} saved in this browser, in another tab or on
          an earlier visit, {answered === 1 ? "is" : "are"} loaded. Check{" "}
          {answered === 1 ? "it is" : "they are"} yours before you go on.
        </p>
        <div className={styles.nav}>
          <button type="button" className="button" onClick={onResume}>
            Continue with {answered === 1 ? "this answer" : "these answers"}
          </button>
          <StartOver answered={answered} onConfirm={onStartOver} />
        </div>
      </div>
    );
  }
  return (
    <div role="status" className="callout" data-kind="tip">
      <p>
        Welcome back: the {answered === 1 ? "answer" : `${answered} answers`} you gave earlier in
        this browser {answered === 1 ? "is" : "are"} restored.
      </p>
      <div className={styles.nav}>
        <button type="button" className="button" onClick={onResume}>
          Continue where you left off
        </button>
        <StartOver answered={answered} onConfirm={onStartOver} />
      </div>
    </div>
  );
}

function QuestionnaireForm({ mode, initial, fromCode }: QuestionnaireProps) {
  const embed = mode === "embed";
  const store = useAnswersStoreApi();
  const origin = useAnswersStore((s) => s.origin);
  const [step, goTo] = useStepLocation(fromCode ? "review" : "start");
  const [returnToReview, setReturnToReview] = useState(false);
  const [cleared, setCleared] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Once, after the first render: a share code's answers replace the saved ones (and the code
  // leaves the URL, so a reload keeps later edits); otherwise restore this browser's answers.
  // `data-hydrated` then tells tests (and anyone else) that the form answers to input.
  const dropCodeFromUrl = useCallback(() => {
    replaceUrlKeepingRouterState(`${window.location.pathname}${stepHash("review")}`);
  }, []);
  const conflict = useCodeConflict(store, dropCodeFromUrl);
  const checkConflict = conflict.check;
  const otherTabs = useOtherTabs(
    store,
    conflict.state.kind !== "asking" && conflict.state.kind !== "separate",
  );
  useEffect(() => {
    if (fromCode) {
      // Different answers saved here: ask first (the code stays in the URL until they choose).
      if (!checkConflict()) {
        store.getState().load(initial);
        dropCodeFromUrl();
      }
    } else {
      void store.getState().restore();
    }
    formRef.current?.setAttribute("data-hydrated", "");
  }, [store, fromCode, initial, checkConflict, dropCodeFromUrl]);

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

  // Stable callbacks, so the memoised steps re-render only when their own props change.
  const show = useCallback(
    (next: StepId, focusId = `${stepAnchor(next)}-title`) => {
      if (next === "review" || next === "start") setReturnToReview(false);
      setCleared(false);
      goTo(next, embed ? "replace" : "push");
      setFocusRequest({ id: focusId });
    },
    [goTo, embed],
  );
  const continueFrom = useCallback(
    (current: StepId) => show(returnToReview ? "review" : nextStep(current)),
    [show, returnToReview],
  );
  const back = useCallback((current: StepId) => show(previousStep(current)), [show]);
  const start = useCallback(() => continueFrom("start"), [continueFrom]);
  const continueLabel = (current: StepId) =>
    returnToReview
      ? "Back to review"
      : nextStep(current) === "review"
        ? "Review answers"
        : "Continue";

  const finish = useCallback(() => {
    const { answers, flow } = store.getState();
    // A full navigation: Back then reloads this page from its (code-free) URL and the saved
    // answers, instead of replaying the client router's copy of `/advisor?code=…`.
    window.location.assign(resultPath(encode(answers), flow, { embed }));
  }, [store, embed]);

  const startOver = useCallback(() => {
    store.getState().clear();
    show("start");
    setCleared(true);
  }, [store, show]);

  const resume = useCallback(() => {
    const answers: Record<string, string | undefined> = store.getState().answers;
    const incomplete = QUESTION_STEPS.find((s) => s.questions.some((q) => !answers[q.id]));
    show(incomplete?.id ?? "review");
  }, [store, show]);

  const changeQuestion = useCallback(
    (questionId: string) => {
      const owner = QUESTIONS.find((q) => q.id === questionId)?.dimension as Dimension;
      show(owner, questionAnchor(questionId));
      setReturnToReview(true);
    },
    [show],
  );
  const changeFlow = useCallback(() => {
    show("start", "flow");
    setReturnToReview(true);
  }, [show]);
  const backFromReview = useCallback(() => show(previousStep("review")), [show]);

  const notice = useMemo(
    () => <IntroNotice cleared={cleared} onResume={resume} onStartOver={startOver} />,
    [cleared, resume, startOver],
  );
  const articleTarget = embed ? "_blank" : undefined;

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
      <OtherTabsNotice
        state={otherTabs.state}
        onTakeTheirs={otherTabs.takeTheirs}
        onKeepMine={otherTabs.keepMine}
        onBackToMine={otherTabs.backToMine}
      />
      {origin === "code" ? (
        <p className="callout" data-kind="tip">
          These answers come from a share link. Change any of them, then see the new result.
        </p>
      ) : null}
      <Progress hidden={step === "start"} onStartOver={startOver} />
      <IntroStep
        active={step === "start"}
        notice={notice}
        continueLabel={returnToReview ? "Back to review" : "Start"}
        onStart={start}
      />
      {QUESTION_STEPS.map((s, i) => (
        <QuestionStep
          key={s.id}
          step={s}
          number={i + 1}
          firstQuestionNumber={FIRST_QUESTION_NUMBER.get(s.id) ?? 1}
          active={step === s.id}
          continueLabel={continueLabel(s.id)}
          articleTarget={articleTarget}
          onBack={back}
          onContinue={continueFrom}
        />
      ))}
      <ReviewStep
        active={step === "review"}
        onChangeQuestion={changeQuestion}
        onChangeFlow={changeFlow}
        onBack={backFromReview}
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
