"use client";

/**
 * The interactive contributions chart, and the only module that imports recharts. The server's SVG
 * chart (passed as children) is the first paint; recharts is fetched only once the reader scrolls
 * the chart into view or points at it, so it never counts toward the page's initial JavaScript.
 */
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import styles from "./result.module.css";

type Recharts = typeof import("recharts");

export interface ChartDatum {
  id: string;
  label: string;
  detail: string;
  value: number;
  /** The value as the server chart prints it, e.g. "+3", "−1.5". */
  valueLabel: string;
  /** The value in words, e.g. "+3 toward orchestration". */
  pull: string;
}

const ROW_HEIGHT = 42;
const LABEL_WIDTH = 196;
const VALUE_WIDTH = 44;

const noSubscription = () => () => {};

function useReducedMotion(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia("(prefers-reduced-motion: reduce)");
      query.addEventListener("change", notify);
      return () => query.removeEventListener("change", notify);
    },
    () => window.matchMedia("(prefers-reduced-motion: reduce)").matches,
    () => true,
  );
}

export function ContributionChartClient({
  data,
  domain,
  summary,
  children,
}: {
  data: ChartDatum[];
  domain: number;
  summary: string;
  children: ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState(false);
  const [recharts, setRecharts] = useState<Recharts | null>(null);
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  // Scrolling the chart into view asks for recharts; a chart already in view when the page loads
  // waits for the reader to scroll or point at it, so recharts never competes with the first paint.
  useEffect(() => {
    const element = container.current;
    if (wanted || !element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setWanted(true);
      },
      { threshold: 0.25 },
    );
    const startObserving = () => observer.observe(element);
    window.addEventListener("scroll", startObserving, { once: true, passive: true });
    return () => {
      window.removeEventListener("scroll", startObserving);
      observer.disconnect();
    };
  }, [wanted]);

  useEffect(() => {
    if (!wanted || recharts) return;
    let cancelled = false;
    import("recharts").then(
      (module) => {
        if (!cancelled) setRecharts(module);
      },
      () => {
        // The server-drawn chart stays: it shows the same data.
      },
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, recharts]);

  return (
    <div
      ref={container}
      className={styles.chartHost}
      data-chart={recharts ? "interactive" : hydrated ? "static-hydrated" : "static"}
      onPointerEnter={() => setWanted(true)}
      onTouchStart={() => setWanted(true)}
      onFocus={() => setWanted(true)}
    >
      {recharts ? (
        <InteractiveChart recharts={recharts} data={data} domain={domain} summary={summary} />
      ) : (
        children
      )}
    </div>
  );
}

function InteractiveChart({
  recharts,
  data,
  domain,
  summary,
}: {
  recharts: Recharts;
  data: ChartDatum[];
  domain: number;
  summary: string;
}) {
  const { ResponsiveContainer, BarChart, Bar, Cell, XAxis, YAxis, Tooltip, ReferenceLine } =
    recharts;
  const reducedMotion = useReducedMotion();
  // The same words and numbers as the server chart: question, answer, and the signed value.
  const byLabel = new Map(data.map((d) => [d.label, d]));
  type Tick = { x?: number | string; y?: number | string; payload?: { value?: unknown } };
  const labelTick = ({ x = 0, y = 0, payload }: Tick) => {
    const datum = byLabel.get(String(payload?.value));
    return (
      <g transform={`translate(${x},${y})`}>
        <text textAnchor="end" className={styles.chartTick} data-chart-label="">
          <tspan x={-6} dy="-0.25em">
            {datum?.label}
          </tspan>
          <tspan x={-6} dy="1.2em" className={styles.chartTickDetail}>
            {datum?.detail}
          </tspan>
        </text>
      </g>
    );
  };
  const valueTick = ({ x = 0, y = 0, payload }: Tick) => (
    <text
      x={Number(x) + 6}
      y={y}
      dy="0.35em"
      textAnchor="start"
      className={styles.chartTick}
      data-chart-value=""
    >
      {byLabel.get(String(payload?.value))?.valueLabel}
    </text>
  );
  return (
    <div className={styles.interactiveChart}>
      <p className="visually-hidden">{summary}</p>
      <ResponsiveContainer width="100%" height={data.length * ROW_HEIGHT + 48}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          accessibilityLayer
        >
          <XAxis
            type="number"
            domain={[-domain, domain]}
            tickCount={2 * domain + 1 > 11 ? 7 : 2 * domain + 1}
            allowDecimals={false}
            className={styles.chartAxis}
          />
          <YAxis
            yAxisId="labels"
            type="category"
            dataKey="label"
            width={LABEL_WIDTH}
            interval={0}
            tickLine={false}
            tick={labelTick}
            className={styles.chartAxis}
          />
          <YAxis
            yAxisId="values"
            orientation="right"
            type="category"
            dataKey="label"
            width={VALUE_WIDTH}
            interval={0}
            tickLine={false}
            axisLine={false}
            tick={valueTick}
            className={styles.chartAxis}
          />
          <ReferenceLine x={0} yAxisId="labels" className={styles.chartZero} />
          <Tooltip
            cursor={{ className: styles.chartCursor }}
            content={({ active, payload }) => {
              const datum = active ? (payload?.[0]?.payload as ChartDatum | undefined) : undefined;
              if (!datum) return null;
              return (
                <div className={styles.chartTooltip}>
                  <strong>{datum.label}</strong>
                  <span>{datum.detail}</span>
                  <span>{datum.pull}</span>
                </div>
              );
            }}
          />
          <Bar dataKey="value" yAxisId="labels" isAnimationActive={!reducedMotion}>
            {data.map((d) => (
              <Cell
                key={d.id}
                className={d.value >= 0 ? styles.barOrchestration : styles.barChoreography}
              />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
