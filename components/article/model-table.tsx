import {
  DIMENSIONS,
  QUESTIONS,
  SCORED_DIMENSIONS,
  CURRENT_MODEL,
  totalWeightOf,
  isScored,
  type Question,
} from "@/lib/scoring";
import { formatPoints, formatWeight, pullDirection } from "@/lib/result/format";
import styles from "./article.module.css";

/** Every question of the live model, by dimension, with its options, points and weight. */
export function ModelTable() {
  const context = QUESTIONS.filter((q) => !isScored(q.id));
  return (
    <div className={styles.model}>
      {SCORED_DIMENSIONS.map((dimensionId) => {
        const dimension = DIMENSIONS.find((d) => d.id === dimensionId)!;
        const questions = QUESTIONS.filter((q) => q.dimension === dimensionId);
        const total = questions.reduce((sum, q) => sum + q.weight, 0);
        return (
          <table key={dimensionId} className={styles.modelTable}>
            <caption>
              {dimension.title}{" "}
              <span className={styles.captionNote}>total weight {formatWeight(total)}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col" className={styles.questionCell}>
                  Question
                </th>
                <th scope="col" className={styles.num}>
                  Weight
                </th>
                <th scope="col">Answers and points</th>
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={q.id} id={`model-${q.id}`}>
                  <QuestionCell question={q} />
                  <td className={styles.num}>{formatWeight(q.weight)}</td>
                  <td>
                    <ul className={styles.optionList}>
                      {q.options.map((o) => (
                        <li key={o.id}>
                          <code className={styles.optionId}>{o.id}</code>{" "}
                          <span className={styles.dir} data-direction={pullDirection(o.points)}>
                            {formatPoints(o.points)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      <p>
        Total weight of the {QUESTIONS.length - context.length} scored questions:{" "}
        <strong>{formatWeight(totalWeightOf(CURRENT_MODEL))}</strong>. Every question also offers
        “Not sure” <code>unsure</code>, worth 0 points.
      </p>
      <table className={styles.modelTable}>
        <caption>
          Context <span className={styles.captionNote}>never scored</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.questionCell}>
              Question
            </th>
            <th scope="col">Answers</th>
          </tr>
        </thead>
        <tbody>
          {context.map((q) => (
            <tr key={q.id} id={`model-${q.id}`}>
              <QuestionCell question={q} />
              <td>
                <ul className={styles.inlineList}>
                  {q.options.map((o) => (
                    <li key={o.id}>
                      <code className={styles.optionId}>{o.id}</code>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A question's row header in both tables: its text, linked to its article, and its ID. */
function QuestionCell({ question }: { question: Question }) {
  return (
    <th scope="row">
      <a href={`/guides/${question.article}`}>{question.text}</a>{" "}
      <code className={styles.optionId}>{question.id}</code>
    </th>
  );
}
