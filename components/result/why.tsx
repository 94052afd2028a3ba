/**
 * "The evidence": the answers that matter (the strongest pulls either way) as a chart, and under
 * "Show all" every answer as a table with the dimension sums. It comes after the answer, how to
 * build it, the gates and the flips: a reader who wants to check the arithmetic finds it here.
 */
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

/** How many answers the chart shows before "Show all": the strongest pulls, either way. */
export const ANSWERS_THAT_MATTER = 6;

export function Why({ result, words }: Pick<ResolvedResult, "result" | "words">) {
  const sorted = result.contributions
    .map((c, index) => ({ c, index }))
    .sort((a, b) => b.c.weighted - a.c.weighted || a.index - b.index)
    .map(({ c }) => c);
  const matter = new Set(strongestContributions(result, ANSWERS_THAT_MATTER));
  const rows: ChartDatum[] = sorted
    .filter((c) => matter.has(c))
    .map((c) => ({
      id: c.question,
      label: questionShortLabel(words, c.question),
      detail: answerLabel(words, c.question, c.answer),
      value: c.weighted,
      valueLabel: formatPoints(c.weighted),
      pull:
        c.weighted === 0
          ? "No pull either way"
          : `${formatPoints(c.weighted)} ${pullOf(c.weighted)}`,
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
  const summary = `Diverging bar chart of the ${rows.length} answers that pulled hardest, of ${result.contributions.length}: ${toward(1).length} answers pull toward orchestration (${formatPoints(sum(toward(1)))}), ${toward(-1).length} toward choreography (${formatPoints(sum(toward(-1)))}). Strongest: ${strongest || "none"}. "Show all" lists every value.`;
  const dimensionSummary = `Bar chart of the four dimension sums: ${dimensionRows.map((d) => `${d.label} ${formatPoints(d.value)}`).join(", ")}.`;

  return (
    <section aria-labelledby="why-title" className={styles.section} data-reading-order="evidence">
      <h2 id="why-title">The evidence</h2>
      <p>
        The score is <strong>{formatPoints(result.score)}</strong>. {scaleSentence(result)}
      </p>
      <figure className={styles.figure}>
        <figcaption id="contributions-caption" className={styles.figcaption}>
          The {rows.length} answers that pulled hardest (points &times; weight)
        </figcaption>
        <ContributionChartClient data={rows} domain={barDomain(rows)} summary={summary}>
          <DivergingBars rows={rows} summary={summary} />
        </ContributionChartClient>
        <details className={styles.tableToggle} data-show-all="">
          <summary>
            Show all {result.contributions.length} answers, and the sums per dimension
          </summary>
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
        </details>
      </figure>
    </section>
  );
}
