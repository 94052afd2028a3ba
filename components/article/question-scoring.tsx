import { parseComponentProps } from "@/lib/content/component-props";
import { DIMENSIONS, CURRENT_WORDS, questionIn, isScored } from "@/lib/scoring";
import { formatPoints, formatWeight, pullDirection } from "@/lib/result/format";
import styles from "./article.module.css";

/** One question of the live model: its text, options, points and weight. Nothing is copied. */
export function QuestionScoring(props: { id: string }) {
  const { id } = parseComponentProps("QuestionScoring", props);
  const question = questionIn(CURRENT_WORDS, id)!;
  const dimension = DIMENSIONS.find((d) => d.id === question.dimension)!;
  const scored = isScored(question.id);
  return (
    <div className={styles.question} data-question={question.id}>
      <p className={styles.questionKicker}>
        Question <code>{question.id}</code> · {dimension.title}
        {scored ? ` · weight ${formatWeight(question.weight)}` : " · never scored"}
      </p>
      <p className={styles.questionText}>{question.text}</p>
      <p className={styles.questionHelp}>{question.help}</p>
      {scored ? (
        <table className={styles.points}>
          <caption className="visually-hidden">
            Answers to “{question.text}” with their points and weighted points
          </caption>
          <thead>
            <tr>
              <th scope="col">Answer</th>
              <th scope="col" className={styles.num}>
                Points
              </th>
              <th scope="col" className={styles.num}>
                × {formatWeight(question.weight)}
              </th>
            </tr>
          </thead>
          <tbody>
            {question.options.map((option) => (
              <tr key={option.id}>
                <th scope="row">
                  {option.label} <code className={styles.optionId}>{option.id}</code>
                </th>
                <td
                  className={`${styles.num} ${styles.dir}`}
                  data-direction={pullDirection(option.points)}
                >
                  {formatPoints(option.points)}
                </td>
                <td
                  className={`${styles.num} ${styles.dir}`}
                  data-direction={pullDirection(option.points)}
                >
                  {formatPoints(option.points * question.weight)}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                Not sure <code className={styles.optionId}>unsure</code>
              </th>
              <td className={styles.num}>0</td>
              <td className={styles.num}>0</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <ul className={styles.contextOptions}>
          {question.options.map((option) => (
            <li key={option.id}>
              {option.label} <code className={styles.optionId}>{option.id}</code>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.questionFoot}>
        {scored
          ? "Positive points pull toward orchestration, negative toward choreography. "
          : "A context question: it picks tool suggestions and notes, and never changes the score, verdict or confidence. "}
        <a href="/advisor">Answer it in the questionnaire</a>
      </p>
    </div>
  );
}
