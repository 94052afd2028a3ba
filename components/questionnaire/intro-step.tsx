"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { memo, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { FLOW_MAX_LENGTH } from "@/lib/answers/flow";
import { FLOW_STEP_SCHEMA, QUESTION_STEPS } from "@/lib/answers/step-schema";
import { estimateMinutes } from "@/lib/answers/time-estimate";
import { QUESTIONS } from "@/lib/scoring/current";
import type { AnswersStore } from "./answers-store";
import { useAnswersStoreApi, useFormFollowsStore } from "./answers-store-provider";
import { UNSURE_LABEL } from "./question-fieldset";
import { continueOnEnter } from "./question-step";
import { stepAnchor } from "@/lib/answers/steps";
import styles from "./questionnaire.module.css";

const selectFlow = (state: AnswersStore) => ({ flow: state.flow });

/** "7 to 13 minutes": reading every question, help line and option, and deciding each. */
const { fewest, most } = estimateMinutes(QUESTIONS, UNSURE_LABEL);
const DURATION = fewest === most ? `about ${most} minutes` : `${fewest} to ${most} minutes`;

/**
 * The first screen: what to answer for (one business flow), what the verdicts mean, and the
 * optional flow name, read from and written to the answers store.
 */
export const IntroStep = memo(function IntroStep({
  active,
  notice,
  continueLabel,
  onStart,
}: {
  active: boolean;
  continueLabel: string;
  /** Shown above the Start button, e.g. "your answers are restored". */
  notice: ReactNode;
  onStart: () => void;
}) {
  const store = useAnswersStoreApi();
  const [defaults] = useState(() => selectFlow(store.getState()));
  const {
    register,
    handleSubmit,
    getValues,
    reset,
    formState: { errors },
  } = useForm<{ flow: string }>({
    defaultValues: defaults,
    resolver: zodResolver(FLOW_STEP_SCHEMA),
    reValidateMode: "onChange",
  });
  useFormFollowsStore(selectFlow, { getValues, reset });
  const start = handleSubmit(() => onStart());
  const error = errors.flow?.message;
  const scoredSteps = QUESTION_STEPS.length;

  return (
    <section
      id={stepAnchor("start")}
      className={styles.step}
      aria-labelledby="step-start-title"
      hidden={!active}
      data-step=""
      onKeyDown={(event) => continueOnEnter(event, () => void start())}
    >
      <h2 id="step-start-title" className={styles.stepTitle} tabIndex={-1}>
        One business flow at a time
      </h2>
      <p>
        Answer for <strong>one business flow</strong>, such as order checkout or claim handling, not
        for your whole system: teams make this choice flow by flow, often hand-off by hand-off.
      </p>
      <p>
        <strong>Orchestration</strong> means one component, such as a workflow engine, drives the
        flow and tells each service what to do, while <strong>choreography</strong> means each
        service reacts to the others&rsquo; events and nobody holds the whole flow.{" "}
        <strong>Hybrid</strong> means a deliberate mix of the two, and the result names the pattern
        that fits.
      </p>
      <div className={styles.field}>
        <label htmlFor="flow" className={styles.fieldLabel}>
          Flow name <span className={styles.optional}>(optional)</span>
        </label>
        <p id="flow-hint" className={styles.help}>
          For example &ldquo;Order checkout&rdquo;. It appears on the result and in its link; at
          most {FLOW_MAX_LENGTH} characters.
        </p>
        <input
          id="flow"
          type="text"
          className={styles.textInput}
          maxLength={FLOW_MAX_LENGTH}
          autoComplete="off"
          defaultValue={defaults.flow}
          aria-describedby={error ? "flow-hint flow-error" : "flow-hint"}
          aria-invalid={error ? true : undefined}
          {...register("flow", {
            onChange: (event) => store.getState().setFlow(event.target.value),
          })}
        />
        {error ? (
          <p id="flow-error" role="alert" className={styles.error}>
            {error}
          </p>
        ) : null}
      </div>
      <p className={styles.muted} data-js-only="">
        {QUESTIONS.length} questions in {scoredSteps} steps, then a review: {DURATION} if you read
        the help lines. Answers stay in this browser; nothing is stored on the server.
      </p>
      {/* Without JavaScript there are no steps, no review and no saving as you go: say so. */}
      <p className={styles.muted} data-noscript-only="" hidden>
        All {QUESTIONS.length} questions are on this one page: {DURATION} if you read the help
        lines. Nothing is saved as you go, so answer them in one sitting, then press &ldquo;See the
        result&rdquo; at the end. Your answers travel only in the result&rsquo;s link; nothing is
        stored on the server.
      </p>
      <p className={styles.muted} data-js-only="">
        Keyboard: arrow keys or number keys pick an answer, Enter continues.
      </p>
      {notice}
      <div className={styles.nav} data-js-only="">
        <button type="button" className="button" onClick={() => void start()}>
          {continueLabel}
        </button>
      </div>
    </section>
  );
});
