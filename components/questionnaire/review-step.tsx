"use client";

import { memo, type MouseEvent } from "react";
import { QUESTION_STEPS } from "@/lib/answers/step-schema";
import { QUESTIONS } from "@/lib/scoring/current";
import { UNSURE } from "@/lib/scoring/questions";
import { useAnswers, useFlow } from "./answers-store-provider";
import { UNSURE_LABEL } from "./question-fieldset";
import { NUMBERED_STEP_COUNT, questionAnchor, stepAnchor } from "@/lib/answers/steps";
import styles from "./questionnaire.module.css";

/**
 * The last step: every answer with a link to change it, then the result. Its list follows every
 * answer, so it is rendered only while the review is shown; the hidden section keeps its heading,
 * the target of focus when the review opens.
 */
export const ReviewStep = memo(function ReviewStep(props: ReviewProps) {
  return (
    <section
      id={stepAnchor("review")}
      className={styles.step}
      aria-labelledby="step-review-title"
      hidden={!props.active}
      data-js-only=""
      onKeyDown={(event) => {
        // The step opens with focus on its title: Enter there shows the result (one key press).
        if (event.key !== "Enter" || event.shiftKey || event.altKey || event.ctrlKey) return;
        if (event.metaKey || event.target !== event.currentTarget.querySelector("h2")) return;
        event.preventDefault();
        props.onFinish();
      }}
    >
      <h2 id="step-review-title" className={styles.stepTitle} tabIndex={-1}>
        <span className={styles.stepCount}>
          Step {NUMBERED_STEP_COUNT} of {NUMBERED_STEP_COUNT}
        </span>{" "}
        Review your answers
      </h2>
      {props.active ? <ReviewBody {...props} /> : null}
    </section>
  );
});

interface ReviewProps {
  active: boolean;
  onChangeQuestion: (questionId: string) => void;
  onChangeFlow: () => void;
  onBack: () => void;
  onFinish: () => void;
}

function ReviewBody({ onChangeQuestion, onChangeFlow, onBack, onFinish }: ReviewProps) {
  const answers: Record<string, string | undefined> = useAnswers();
  const flow = useFlow().trim();
  const unanswered = QUESTIONS.filter((q) => !answers[q.id]).length;
  const follow = (handler: () => void) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    handler();
  };

  return (
    <>
      <p className={styles.muted} id="review-keys">
        Keyboard: press Enter now to see the result, or Tab to the answers to change one.
      </p>
      <p className={styles.summary}>
        {unanswered === 0
          ? "Every question has an answer. Change any of them, or see the result."
          : `${unanswered} of ${QUESTIONS.length} questions have no answer yet; they count as \u201cNot sure\u201d.`}
      </p>
      <dl className={styles.review}>
        <div className={styles.reviewRow}>
          <dt>Flow name</dt>
          <dd>
            <span className={flow ? undefined : styles.muted}>{flow || "None given"}</span>{" "}
            <a href="#flow" onClick={follow(onChangeFlow)}>
              Change<span className="visually-hidden"> the flow name</span>
            </a>
          </dd>
        </div>
      </dl>
      {QUESTION_STEPS.map((step) => (
        <section key={step.id} aria-labelledby={`review-${step.id}`}>
          <h3 id={`review-${step.id}`} className={styles.reviewTitle}>
            {step.title}
          </h3>
          <dl className={styles.review}>
            {step.questions.map((question) => {
              const given = answers[question.id];
              const label =
                given === UNSURE
                  ? UNSURE_LABEL
                  : question.options.find((o) => o.id === given)?.label;
              return (
                <div key={question.id} className={styles.reviewRow}>
                  <dt>{question.text}</dt>
                  <dd>
                    <span className={label && given !== UNSURE ? undefined : styles.muted}>
                      {label ?? "Not answered"}
                    </span>{" "}
                    <a
                      href={`#${questionAnchor(question.id)}`}
                      onClick={follow(() => onChangeQuestion(question.id))}
                    >
                      Change<span className="visually-hidden">: {question.text}</span>
                    </a>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      <div className={styles.nav}>
        <button type="button" className="button secondary" onClick={onBack}>
          Back
        </button>
        <button type="button" className="button" onClick={onFinish}>
          See the result
        </button>
      </div>
    </>
  );
}
