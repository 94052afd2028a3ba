"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import type { Question } from "@/lib/answers/step-schema";
import { UNSURE } from "@/lib/scoring/questions";
import { questionAnchor } from "@/lib/answers/steps";
import { pickByNumber } from "@/components/ui/pick-by-number";
import styles from "./questionnaire.module.css";

export const UNSURE_LABEL = "Not sure / doesn\u2019t apply";

/**
 * One question as a native radio group: legend, help line, "why this matters", its options and
 * "Not sure". Arrow keys move between the options, as in every radio group.
 */
export function QuestionFieldset({
  question,
  number,
  field,
  defaultValue,
  error,
  articleTarget,
}: {
  question: Question;
  /** Position of the question in the whole questionnaire, from 1. */
  number: number;
  field: UseFormRegisterReturn;
  defaultValue: string | null;
  error: string | undefined;
  /** `_blank` inside an embed: an article can't open inside the host's iframe. */
  articleTarget: "_blank" | undefined;
}) {
  const id = questionAnchor(question.id);
  const choices = [
    ...question.options.map((o) => ({ value: o.id as string, label: o.label as string })),
    { value: UNSURE, label: UNSURE_LABEL },
  ];
  return (
    <fieldset
      id={id}
      className={styles.question}
      aria-describedby={`${id}-help${error ? ` ${id}-error` : ""}`}
      data-invalid={error ? "" : undefined}
      onKeyDown={pickByNumber}
    >
      <legend className={styles.legend}>
        <span className={styles.questionNumber}>{number}.</span> {question.text}
      </legend>
      <p id={`${id}-help`} className={styles.help}>
        {question.help}{" "}
        <a
          href={`/guides/${question.article}`}
          target={articleTarget}
          rel={articleTarget ? "noopener" : undefined}
        >
          Why this matters<span className="visually-hidden">: {question.text}</span>
          {articleTarget ? <span className="visually-hidden"> (opens in a new tab)</span> : null}
        </a>
      </p>
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : null}
      <div className={styles.options}>
        {choices.map((choice, i) => (
          <label
            key={choice.value}
            className={styles.option}
            data-unsure={choice.value === UNSURE ? "" : undefined}
          >
            <input
              type="radio"
              {...field}
              value={choice.value}
              defaultChecked={defaultValue === choice.value}
            />
            <span className={styles.optionLabel}>{choice.label}</span>
            <kbd className={styles.key} aria-hidden="true" data-js-only="">
              {i + 1}
            </kbd>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
