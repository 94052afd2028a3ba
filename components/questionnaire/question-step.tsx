"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { memo, useMemo, useState, type KeyboardEvent } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { STEP_SCHEMAS, type QuestionnaireStep } from "@/lib/answers/step-schema";
import type { QuestionId } from "@/lib/scoring/questions";
import { stepValues, type AnswersStore } from "./answers-store";
import { useAnswersStoreApi, useFormFollowsStore } from "./answers-store-provider";
import { QuestionFieldset } from "./question-fieldset";
import { NUMBERED_STEP_COUNT, questionAnchor, stepAnchor } from "@/lib/answers/steps";
import styles from "./questionnaire.module.css";

type StepValues = Record<string, string | null>;

/** Enter on an answer or a text field continues, as the hint on the first screen promises. */
export function continueOnEnter(event: KeyboardEvent<HTMLElement>, proceed: () => void) {
  const target = event.target;
  if (event.key !== "Enter" || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey)
    return;
  if (!(target instanceof HTMLInputElement)) return;
  event.preventDefault();
  proceed();
}

function focusQuestion(id: string) {
  const fieldset = document.getElementById(questionAnchor(id));
  const radio =
    fieldset?.querySelector<HTMLInputElement>("input:checked") ??
    fieldset?.querySelector<HTMLInputElement>("input");
  radio?.focus();
}

/**
 * One step of questions (a dimension, or the context). Its own react-hook-form with the step's
 * zod/mini schema reads its values from the answers store and writes every change to it at once;
 * Continue checks that every question has an answer ("Not sure" counts). Memoised: moving between
 * steps re-renders only the two steps whose `active` changes.
 */
export const QuestionStep = memo(function QuestionStep({
  step,
  number,
  firstQuestionNumber,
  active,
  continueLabel,
  articleTarget,
  onBack,
  onContinue,
}: {
  step: QuestionnaireStep;
  /** The step's number in "Step 2 of 6". */
  number: number;
  firstQuestionNumber: number;
  active: boolean;
  continueLabel: string;
  articleTarget: "_blank" | undefined;
  /** Called with this step's id. */
  onBack: (step: QuestionnaireStep["id"]) => void;
  /** Called with this step's id once every question has an answer. */
  onContinue: (step: QuestionnaireStep["id"]) => void;
}) {
  const store = useAnswersStoreApi();
  const select = useMemo(() => {
    const ids = step.questions.map((q) => q.id);
    return (state: AnswersStore) => stepValues(ids, state.answers);
  }, [step]);
  // The first render's values: the server HTML's checked radios. Later changes reach the form
  // through useFormFollowsStore, which resets it.
  const [defaults] = useState(() => select(store.getState()));
  const {
    register,
    handleSubmit,
    getValues,
    reset,
    formState: { errors, submitCount },
  } = useForm<StepValues>({
    defaultValues: defaults,
    // The schema's input is "an answer"; the form also holds null until a question is answered.
    resolver: zodResolver(STEP_SCHEMAS[step.id]) as unknown as Resolver<StepValues>,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });

  const onInvalid = (invalid: FieldErrors<StepValues>) => {
    const first = step.questions.find((q) => invalid[q.id]);
    if (first) focusQuestion(first.id);
  };
  useFormFollowsStore(select, { getValues, reset });
  const submit = handleSubmit(() => onContinue(step.id), onInvalid);
  const missing = step.questions.filter((q) => errors[q.id]).length;
  const headingId = `${stepAnchor(step.id)}-title`;

  return (
    <section
      id={stepAnchor(step.id)}
      className={styles.step}
      aria-labelledby={headingId}
      hidden={!active}
      data-step=""
      onKeyDown={(event) => continueOnEnter(event, () => void submit())}
    >
      <h2 id={headingId} className={styles.stepTitle} tabIndex={-1}>
        <span className={styles.stepCount} data-js-only="">
          Step {number} of {NUMBERED_STEP_COUNT}
        </span>{" "}
        {step.title}
      </h2>
      <p className={styles.summary}>{step.summary}</p>
      {step.questions.map((question, i) => (
        <QuestionFieldset
          key={question.id}
          question={question}
          number={firstQuestionNumber + i}
          field={register(question.id, {
            onChange: (event: { target: { value: string } }) =>
              store.getState().answer(question.id as QuestionId, event.target.value),
          })}
          defaultValue={defaults[question.id] ?? null}
          error={errors[question.id]?.message}
          articleTarget={articleTarget}
        />
      ))}
      <div className={styles.stepFooter} data-js-only="">
        {submitCount > 0 && missing > 0 ? (
          <p role="alert" className={styles.error}>
            {missing === 1
              ? "One question on this step still needs an answer."
              : `${missing} questions on this step still need an answer.`}
          </p>
        ) : null}
        <div className={styles.nav}>
          <button type="button" className="button secondary" onClick={() => onBack(step.id)}>
            Back
          </button>
          <button type="button" className="button" onClick={() => void submit()}>
            {continueLabel}
          </button>
        </div>
      </div>
    </section>
  );
});
