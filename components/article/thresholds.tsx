import {
  CURRENT_MODEL,
  QUESTIONS,
  contributionsOf,
  isScored,
  plainDimensionsOf,
  type Answers,
  type Verdict,
} from "@/lib/scoring";
import { signed } from "./format";
import styles from "./article.module.css";

const { orchestration: ORCH, choreography: CHOREO } = CURRENT_MODEL.thresholds;

/** The lowest and highest score the live model can give, after its own adjustments (model 2's cap). */
function scoreRange(): { min: number; max: number } {
  const extreme = (pick: (points: number[]) => number) => {
    const answers: Record<string, string> = {};
    for (const q of QUESTIONS) {
      if (!isScored(q.id)) continue;
      const best = pick(q.options.map((o) => o.points));
      answers[q.id] = q.options.find((o) => o.points === best)!.id;
    }
    const contributions = contributionsOf(answers as Answers, CURRENT_MODEL);
    return CURRENT_MODEL.rules.scored(contributions, CURRENT_MODEL).score;
  };
  return { min: extreme((p) => Math.min(...p)), max: extreme((p) => Math.max(...p)) };
}

/**
 * The answers that, each on its own, turn a verdict into hybrid, found by asking the live model's
 * verdict rules: an answer counts when, beside a score far past the threshold, it makes the verdict
 * hybrid. (Some model-2 rules need more than one answer; "how Baton scores" states them in full.)
 */
function strongAnswers(against: Verdict) {
  const score = against === "choreography" ? CHOREO - 100 : ORCH + 100;
  return QUESTIONS.filter((q) => isScored(q.id))
    .map((question) => {
      const options = question.options.filter((o) => {
        const contributions = contributionsOf({ [question.id]: o.id } as Answers, CURRENT_MODEL);
        const scored = {
          score,
          dimensions: plainDimensionsOf(contributions, CURRENT_MODEL),
          adjustments: [],
        };
        return (
          CURRENT_MODEL.rules.verdict(scored, contributions, CURRENT_MODEL).verdict === "hybrid"
        );
      });
      return { id: question.id, options };
    })
    .filter((s) => s.options.length > 0);
}

const BANDS: { verdict: Verdict; label: string }[] = [
  { verdict: "choreography", label: "Choreography" },
  { verdict: "hybrid", label: "Hybrid" },
  { verdict: "orchestration", label: "Orchestration" },
];

/** The verdict thresholds on the model's whole score range, and the single answers that make a verdict hybrid. */
export function Thresholds() {
  const { min, max } = scoreRange();
  const width = 440;
  const pad = 16;
  const x = (score: number) => pad + ((score - min) / (max - min)) * (width - pad * 2);
  const bands: Record<Verdict, [number, number]> = {
    choreography: [min, CHOREO],
    hybrid: [CHOREO, ORCH],
    orchestration: [ORCH, max],
  };
  const ticks = [min, CHOREO, 0, ORCH, max];
  return (
    <div className={styles.thresholds}>
      <figure>
        <svg
          viewBox={`0 0 ${width} 86`}
          width={width}
          height={86}
          role="img"
          aria-label={`Score axis from ${signed(min)} to ${signed(max)}: choreography at ${signed(CHOREO)} or below, hybrid between, orchestration at ${signed(ORCH)} or above.`}
          className={styles.flowSvg}
        >
          {BANDS.map(({ verdict, label }) => {
            const [from, to] = bands[verdict];
            return (
              <g key={verdict}>
                <rect
                  x={x(from)}
                  y={14}
                  width={x(to) - x(from)}
                  height={26}
                  className={styles.band}
                  data-verdict={verdict}
                />
                <text
                  x={(x(from) + x(to)) / 2}
                  y={31}
                  textAnchor="middle"
                  className={styles.bandText}
                >
                  {label}
                </text>
              </g>
            );
          })}
          {ticks.map((t) => (
            <g key={t} className={styles.tick}>
              <line x1={x(t)} x2={x(t)} y1={t === 0 ? 42 : 10} y2={50} />
              <text x={x(t)} y={66} textAnchor="middle" className={styles.flowSmall}>
                {signed(t)}
              </text>
            </g>
          ))}
        </svg>
        <figcaption>
          The score runs from {signed(min)} to {signed(max)} in model {CURRENT_MODEL.version}.
        </figcaption>
      </figure>
      <table className={styles.modelTable}>
        <caption className="visually-hidden">
          Verdict thresholds and the single answers that turn a verdict into hybrid
        </caption>
        <thead>
          <tr>
            <th scope="col">Verdict by score</th>
            <th scope="col">
              Becomes hybrid when any of these answers is given (exceptions in the text)
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              <span className={styles.dir} data-direction="orchestration">
                Orchestration
              </span>
              : score ≥ {signed(ORCH)}
            </th>
            <td>
              <SignalList signals={strongAnswers("orchestration")} />
            </td>
          </tr>
          <tr>
            <th scope="row">
              Hybrid: between {signed(CHOREO)} and {signed(ORCH)}
            </th>
            <td>Hybrid, unless one of the rules described with this table applies.</td>
          </tr>
          <tr>
            <th scope="row">
              <span className={styles.dir} data-direction="choreography">
                Choreography
              </span>
              : score ≤ {signed(CHOREO)}
            </th>
            <td>
              <SignalList signals={strongAnswers("choreography")} />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function SignalList({
  signals,
}: {
  signals: { id: string; options: readonly { id: string; points: number }[] }[];
}) {
  return (
    <ul className={styles.signalList}>
      {signals.map(({ id, options }) => (
        <li key={id}>
          <code className={styles.optionId}>{id}</code>:{" "}
          {options.map((o, i) => (
            <span key={o.id}>
              {i > 0 && ", "}
              <code className={styles.optionId}>{o.id}</code> ({signed(o.points)})
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
