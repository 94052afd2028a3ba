import { realCaseRows } from "@/lib/content/real-cases";
import styles from "./article.module.css";

/**
 * The validation table: each published real case among the calibration scenarios, what the
 * company did, the source, the expert's verdict, what the current model says and (from model 3 on)
 * what the model before it says. Computed on the server from the scenario files and recommend()
 * of the same build, so it cannot drift.
 */
export function RealCaseTable() {
  const rows = realCaseRows();
  const agreeing = rows.filter((r) => r.agrees).length;
  const version = rows[0]?.model.version;
  const disagreeing = rows.filter((r) => !r.agrees);
  const before = rows[0]?.previous?.version;
  const agreeingBefore = rows.filter((r) => r.previous?.agrees).length;
  return (
    <>
      <table className={styles.mdTable} aria-label="Published cases and what the model says">
        <caption>
          Published cases, model {version}{" "}
          <span className={styles.captionNote}>
            verdict agrees in {agreeing} of {rows.length}
            {before !== undefined
              ? `; model ${before}, beside it, in ${agreeingBefore} of ${rows.length}`
              : ""}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.questionCell}>
              Case
            </th>
            <th scope="col">What they did, and how it went</th>
            <th scope="col">Expert</th>
            <th scope="col">Baton today</th>
            {before !== undefined ? <th scope="col">Model {before}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.file} data-agrees={row.agrees ? "yes" : "no"}>
              <th scope="row" data-label="Case">
                {row.story?.company ?? row.name}
                <br />
                <code className={styles.optionId}>{row.file.replace(/\.json$/, "")}</code>
              </th>
              <td data-label="What they did, and how it went">
                {row.story ? (
                  <>
                    <p>{row.story.did}</p>
                    <p>{row.story.outcome}</p>
                    <p className={styles.basis}>
                      Source: <a href={row.story.url}>{row.story.source}</a>
                    </p>
                  </>
                ) : (
                  <p>{row.name}</p>
                )}
              </td>
              <td data-label="Expert">{row.expected.join(" or ")}</td>
              <td data-label="Baton today">
                <strong>{row.model.verdict ?? "too early to say"}</strong>{" "}
                {row.agrees ? "(agrees)" : "(disagrees)"}
                <br />
                score {row.model.score}, confidence {row.model.confidence}
                {row.model.hybrid.length > 0 && (
                  <>
                    <br />
                    patterns: {row.model.hybrid.join(", ")}
                  </>
                )}
                {row.model.implementation && (
                  <>
                    <br />
                    build it as: {row.model.implementation}
                  </>
                )}
                {row.model.notes.length > 0 && (
                  <>
                    <br />
                    notes: {row.model.notes.join(", ")}
                  </>
                )}
              </td>
              {row.previous ? (
                <td data-label={`Model ${row.previous.version}`} data-previous-model="">
                  <strong>{row.previous.verdict ?? "too early to say"}</strong>{" "}
                  {row.previous.agrees ? "(agrees)" : "(disagrees)"}
                  <br />
                  score {row.previous.score}, confidence {row.previous.confidence}
                  {row.previous.implementation && (
                    <>
                      <br />
                      build it as: {row.previous.implementation}
                    </>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {disagreeing.length === 0
          ? `Model ${version} agrees with the expert verdict on every published case in the table.`
          : `Model ${version} disagrees with the expert verdict on ${disagreeing
              .map(
                (r) =>
                  `${r.story?.company ?? r.name} (model: ${r.model.verdict ?? "too early to say"}; expert: ${r.expected.join(" or ")})`,
              )
              .join(", ")}.`}
      </p>
    </>
  );
}
