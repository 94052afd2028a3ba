/** "Why": the contributions chart and the dimension sums, each with a table of the same numbers. */
import { DIMENSIONS, type ScoredDimension } from "@/lib/scoring";
import type { ResolvedResult } from "@/lib/result/load";
import { formatPoints } from "@/lib/result/format";
import {
  answerLabel,
  pullOf,
  questionShortLabel,
  questionText,
  scaleSentence,
  strongestContributions,
} from "@/lib/result/wording";
import { ContributionChartClient, type ChartDatum } from "./contribution-chart-client";
import { DivergingBars, barDomain, type BarRow } from "./diverging-bars";
import styles from "./result.module.css";

export function Why({ result, words }: Pick<ResolvedResult, "result" | "words">) {
  const sorted = result.contributions
    .map((c, index) => ({ c, index }))
    .sort((a, b) => b.c.weighted - a.c.weighted || a.index - b.index)
    .map(({ c }) => c);
  const rows: ChartDatum[] = sorted.map((c) => ({
    id: c.question,
    label: questionShortLabel(words, c.question),
    detail: answerLabel(words, c.question, c.answer),
    value: c.weighted,
    valueLabel: formatPoints(c.weighted),
    pull:
      c.weighted === 0 ? "No pull either way" : `${formatPoints(c.weighted)} ${pullOf(c.weighted)}`,
  }));
  const dimensionRows: BarRow[] = (Object.keys(result.dimensions) as ScoredDimension[]).map(
    (id) => ({
      id,
      label: DIMENSIONS.find((d) => d.id === id)?.title ?? id,
      value: result.dimensions[id],
    }),
  );
  const toward = (sign: 1 | -1) => result.contributions.filter((c) => c.weighted * sign > 0);
  const sum = (list: { weighted: number }[]) => list.reduce((s, c) => s + c.weighted, 0);
  const strongest = strongestContributions(result, 3)
    .map((c) => `${questionShortLabel(words, c.question)} ${formatPoints(c.weighted)}`)
    .join(", ");
  const summary = `Diverging bar chart of ${result.contributions.length} answers: ${toward(1).length} pull toward orchestration (${formatPoints(sum(toward(1)))}), ${toward(-1).length} toward choreography (${formatPoints(sum(toward(-1)))}). Strongest: ${strongest || "none"}. The table below lists every value.`;
  const dimensionSummary = `Bar chart of the four dimension sums: ${dimensionRows.map((d) => `${d.label} ${formatPoints(d.value)}`).join(", ")}.`;

  return (
    <section aria-labelledby="why-title" className={styles.section}>
      <h2 id="why-title">Why</h2>
      <p>
        The score is <strong>{formatPoints(result.score)}</strong>. {scaleSentence(result)}
      </p>
      <figure className={styles.figure}>
        <figcaption id="contributions-caption" className={styles.figcaption}>
          What each answer contributed (points &times; weight)
        </figcaption>
        <ContributionChartClient data={rows} domain={barDomain(rows)} summary={summary}>
          <DivergingBars rows={rows} summary={summary} />
        </ContributionChartClient>
        <details className={styles.tableToggle}>
          <summary>The contributions as a table</summary>
          <div className={styles.tableScroll}>
            <table>
              <caption className="visually-hidden">What each answer contributed</caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Answer</th>
                  <th scope="col" className={styles.number}>
                    Points
                  </th>
                  <th scope="col" className={styles.number}>
                    Weight
                  </th>
                  <th scope="col" className={styles.number}>
                    Contribution
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((c) => (
                  <tr key={c.question}>
                    <th scope="row">{questionText(words, c.question)}</th>
                    <td>{answerLabel(words, c.question, c.answer)}</td>
                    <td className={styles.number}>{formatPoints(c.points)}</td>
                    <td className={styles.number}>&times;{c.weight}</td>
                    <td className={styles.number}>{formatPoints(c.weighted)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>
                    Score
                  </th>
                  <td className={styles.number}>{formatPoints(result.score)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </details>
      </figure>

      <figure className={styles.figure}>
        <figcaption className={styles.figcaption}>Sums per dimension</figcaption>
        <DivergingBars rows={dimensionRows} summary={dimensionSummary} />
        <div className={styles.tableScroll}>
          <table className={styles.compactTable}>
            <caption className="visually-hidden">Sums per dimension</caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col" className={styles.number}>
                  Sum
                </th>
                <th scope="col">Pull</th>
              </tr>
            </thead>
            <tbody>
              {dimensionRows.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.label}</th>
                  <td className={styles.number}>{formatPoints(d.value)}</td>
                  <td>{pullOf(d.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figure>
    </section>
  );
}
