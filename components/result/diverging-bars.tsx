/**
 * A diverging bar chart drawn on the server: one row per item, bars to the right pull toward
 * orchestration, bars to the left toward choreography. No JavaScript; the rows are HTML so labels
 * wrap on a phone, and each bar is a small SVG.
 */
import { formatPoints } from "@/lib/result/format";
import styles from "./result.module.css";

export interface BarRow {
  id: string;
  label: string;
  detail?: string;
  value: number;
}

/** The half-width of the axis: the largest absolute value, at least 1, rounded up. */
export function barDomain(rows: readonly { value: number }[]): number {
  return Math.max(1, Math.ceil(Math.max(0, ...rows.map((r) => Math.abs(r.value)))));
}

export function DivergingBars({ rows, summary }: { rows: readonly BarRow[]; summary: string }) {
  const domain = barDomain(rows);
  return (
    <div className={styles.bars} role="img" aria-label={summary}>
      <div className={styles.barsAxis} aria-hidden="true">
        <span>&larr; choreography</span>
        <span>orchestration &rarr;</span>
      </div>
      {rows.map((row) => {
        const share = Math.abs(row.value) / domain;
        const x = row.value >= 0 ? 50 : 50 - 50 * share;
        return (
          <div key={row.id} className={styles.barRow}>
            <div className={styles.barLabel}>
              <span>{row.label}</span>
              {row.detail ? <span className={styles.barDetail}>{row.detail}</span> : null}
            </div>
            <svg
              className={styles.barTrack}
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <rect x="0" y="0" width="100" height="10" className={styles.barBackground} />
              {row.value !== 0 ? (
                <rect
                  x={x}
                  y="1.5"
                  width={50 * share}
                  height="7"
                  className={row.value > 0 ? styles.barOrchestration : styles.barChoreography}
                />
              ) : null}
              <line x1="50" y1="0" x2="50" y2="10" className={styles.barZero} />
            </svg>
            <span className={styles.barValue}>{formatPoints(row.value)}</span>
          </div>
        );
      })}
    </div>
  );
}
