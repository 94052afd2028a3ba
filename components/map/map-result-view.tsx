/**
 * The flow map result page body (MAP.md §10), rendered on the server from Map Result JSON:
 * summary, diagram, the hand-off table (the diagram's text equivalent), scope cards, flags,
 * map-level gates, tools. The diagram is Baton's own SVG markup, every map text in it escaped.
 */
import Link from "next/link";
import { AdrExportForm } from "@/components/result/adr-form";
import { PrintButton, ShareButtons } from "@/components/result/share-buttons-client";
import { ToolItems } from "@/components/result/tool-list";
import { CopyButton } from "@/components/ui/copy-button";
import type { MapResult, ScopeResult } from "@/lib/map";
import { flagNumbers, mapSvg } from "@/lib/map/svg";
import { editorPath, mapPath } from "@/lib/map-view/path";
import {
  FLAG_TITLES,
  KIND_WORDS,
  participantNamer,
  scopeVerdictWords,
  styleHeadline,
  deliverySentence,
  scopeTitle,
  transportWords,
} from "@/lib/map-view/words";
import { formName, gateWords } from "@/lib/map-view/one-flow-words";
import { answerLabel } from "@/lib/map-view/questions";
import type { ResultJson } from "@/lib/result";
import { resultPath } from "@/lib/result/path";
import resultStyles from "@/components/result/result.module.css";
import styles from "./map.module.css";

type Props = {
  result: MapResult;
  pageUrl: string;
  embed?: boolean;
  /** The organisation config's decision-makers, the ADR form's default. */
  decisionMakers?: string;
};

/** The badge numbers of a result: the diagram's, the table's and the flag list's. */
export function badgesOf(result: MapResult): ReadonlyMap<string, number> {
  return flagNumbers(
    result.handoffs,
    result.flags.map((f) => f.id),
  );
}

/** The map's heading, summary and style line. */
export function MapHeader({ result, level = 1 }: { result: MapResult; level?: 1 | 2 }) {
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <header className={styles.header} data-style={result.style}>
      <p className={styles.eyebrow}>Flow map · {styleHeadline(result)}</p>
      <Heading className={styles.title}>{result.name || "Flow map"}</Heading>
      <p className={styles.summary} data-testid="map-summary">
        {result.summary}
      </p>
    </header>
  );
}

/** The diagram inline, scrollable sideways on a narrow screen, with a pointer to its text form. */
export function MapDiagram({
  result,
  badges,
}: {
  result: MapResult;
  badges: ReadonlyMap<string, number>;
}) {
  return (
    <figure className={styles.diagram} aria-labelledby="map-diagram-caption">
      <div
        className={styles.diagramScroll}
        tabIndex={0}
        role="group"
        aria-label="Diagram, scrolls sideways"
        // Baton's own markup: every map text in it is escaped by lib/map/svg.
        dangerouslySetInnerHTML={{ __html: mapSvg(result, { badges, idPrefix: "map" }) }}
      />
      <figcaption id="map-diagram-caption" className={styles.small}>
        The diagram of the map. The hand-off table below says the same in words.{" "}
        <a href={mapPath(result.code, { suffix: "/map.svg" })}>Open the diagram as SVG</a>
      </figcaption>
    </figure>
  );
}

/** The hand-off table: one row per hand-off, replies included, in flow order. */
export function HandoffTable({
  result,
  badges,
}: {
  result: MapResult;
  badges: ReadonlyMap<string, number>;
}) {
  const name = participantNamer(result);
  return (
    <div className={styles.tableScroll} tabIndex={0} role="group" aria-labelledby="handoffs-title">
      <table className={styles.table} data-testid="handoff-table">
        <caption id="handoffs-title" className={styles.caption}>
          Hand-offs, in flow order
        </caption>
        <thead>
          <tr>
            <th scope="col">From → to</th>
            <th scope="col">Label</th>
            <th scope="col">Kind</th>
            <th scope="col">Transport</th>
            <th scope="col">Scope</th>
            <th scope="col">Compensated by</th>
            <th scope="col">Flags</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {result.handoffs.map((h) => (
            <tr key={h.id} id={`handoff-${h.id}`} data-handoff={h.id}>
              <td>
                {name(h.from)} → {name(h.to)}
              </td>
              <th scope="row">{h.label}</th>
              <td>
                {KIND_WORDS[h.kind]}
                {h.confidence === "low" ? (
                  <span className={styles.small}> (low confidence: intent not sure)</span>
                ) : null}
              </td>
              <td>
                {transportWords(h)}
                {h.differs ? (
                  <span className={styles.small}>
                    {" "}
                    (differs from today: {answerLabel("current", h.current)})
                  </span>
                ) : null}
              </td>
              <td>{h.scopeId ? <a href={`#scope-${h.scopeId}`}>{h.scopeId}</a> : "—"}</td>
              <td>{h.compensatedBy ? name(h.compensatedBy) : "—"}</td>
              <td>
                {h.flags.length === 0
                  ? "—"
                  : h.flags.map((f) => (
                      <span key={f.id} className={styles.flagTag} data-severity={f.severity}>
                        <span className={styles.badge} aria-hidden="true">
                          {badges.get(f.id)}
                        </span>{" "}
                        <a href={`#flag-${f.id}`}>{FLAG_TITLES[f.id] ?? f.id}</a>
                      </span>
                    ))}
              </td>
              <td className={styles.reason}>
                {h.reason}
                {deliverySentence(h) ? <> {deliverySentence(h)}</> : null}
                {h.compensation ? <> {h.compensation}</> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScopeCard({ scope, result }: { scope: ScopeResult; result: MapResult }) {
  const name = participantNamer(result);
  const labels = new Map(result.handoffs.map((h) => [h.id, h.label]));
  const href = resultPath(scope.derivedCode, scope.derived.flow);
  return (
    <article
      className={styles.card}
      id={`scope-${scope.id}`}
      aria-labelledby={`scope-${scope.id}-title`}
    >
      <h3 id={`scope-${scope.id}-title`}>
        {scope.id} · {scopeTitle(scope, name(scope.owner))}
        {scope.parent ? <span className={styles.small}> (inside {scope.parent})</span> : null}
      </h3>
      <dl className={styles.facts}>
        <dt>Steps</dt>
        <dd>{scope.members.map((id) => labels.get(id) ?? id).join(", ")}</dd>
        <dt>Saga</dt>
        <dd>
          {scope.saga?.why ??
            "None: one step, which the owner waits on durably. A saga takes two or more steps, and there is nothing here to undo in order."}
        </dd>
        <dt>Form</dt>
        <dd>{formName(scope.form)}</dd>
        <dt>One-flow verdict</dt>
        <dd>
          {scopeVerdictWords(scope.oneFlow)}.{" "}
          <Link href={href}>Open this scope&apos;s one-flow result</Link>
        </dd>
        <dt>Why a scope</dt>
        <dd>{scope.reason}</dd>
      </dl>
      {scope.oneFlow.current ? (
        <p className={styles.small}>
          The current one-flow model ({scope.oneFlow.current.model}) would say{" "}
          {scope.oneFlow.current.verdict ?? "too early to say"} on the same answers; this map keeps
          model {result.oneFlowModel}, as its link promises.
        </p>
      ) : null}
      {scope.flags.length > 0 ? (
        <ul className={styles.list}>
          {scope.flags.map((f) => (
            <li key={f.id} data-flag={f.id}>
              <strong>{FLAG_TITLES[f.id] ?? f.id}:</strong> {f.why}
            </li>
          ))}
        </ul>
      ) : null}
      {scope.oneFlow.notes.length > 0 ? (
        <>
          <h4>Notes</h4>
          <ul className={styles.list}>
            {scope.oneFlow.notes.map((n) => (
              <li key={n.id} data-note={n.id}>
                {n.why}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {scope.oneFlow.gates.length > 0 ? (
        <>
          <h4>Gates</h4>
          <ul className={styles.list}>
            {scope.oneFlow.gates.map((g) => (
              <li key={g.id} data-gate={g.id}>
                {gateTitle(g.id)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {scope.oneFlow.tools.length > 0 ? (
        <>
          <h4>Tools for this form</h4>
          <ToolItems tools={scope.oneFlow.tools as ResultJson["tools"]} />
        </>
      ) : null}
    </article>
  );
}

function gateTitle(id: string): string {
  return gateWords(id)?.title ?? id;
}

/** The flags, numbered as the badges, each with its sentence per hand-off. */
function FlagList({ result, badges }: { result: MapResult; badges: ReadonlyMap<string, number> }) {
  if (result.flags.length === 0) return null;
  const byId = new Map(result.handoffs.map((h) => [h.id, h]));
  return (
    <section aria-labelledby="flags-title" className={styles.section}>
      <h2 id="flags-title">Flags</h2>
      {result.flags.map((flag) => {
        const sentences = [
          ...new Set(
            flag.handoffs.flatMap((id) =>
              (byId.get(id)?.flags ?? []).filter((f) => f.id === flag.id).map((f) => f.why),
            ),
          ),
        ];
        if (sentences.length === 0)
          for (const scope of result.scopes)
            for (const f of scope.flags) if (f.id === flag.id) sentences.push(f.why);
        return (
          <div
            key={flag.id}
            id={`flag-${flag.id}`}
            className="callout"
            data-kind={flag.severity === "warning" ? "warning" : "info"}
            data-flag={flag.id}
          >
            <p className="callout-title">
              <span className={styles.badge} aria-hidden="true">
                {badges.get(flag.id)}
              </span>{" "}
              <span className="visually-hidden">
                {flag.severity === "warning" ? "Warning: " : "Note: "}
              </span>
              {FLAG_TITLES[flag.id] ?? flag.id}
              <span className={styles.small}>
                {" "}
                ({[...new Set(flag.handoffs.map((id) => byId.get(id)?.label ?? id))].join(", ")})
              </span>
            </p>
            {sentences.map((s) => (
              <p key={s}>{s}</p>
            ))}
          </div>
        );
      })}
    </section>
  );
}

function MapGates({ result }: { result: MapResult }) {
  if (result.gates.length === 0) return null;
  return (
    <section aria-labelledby="map-gates-title" className={styles.section}>
      <h2 id="map-gates-title">Before you commit</h2>
      {result.gates.map((gate) => {
        const definition = gateWords(gate.id);
        return (
          <div
            key={gate.id}
            className="callout"
            data-kind={gate.severity === "warning" ? "warning" : "info"}
            data-gate={gate.id}
          >
            <p className="callout-title">
              {definition?.title ?? gate.id}
              <span className={styles.small}> (scope {gate.scopes.join(", ")})</span>
            </p>
            {definition ? <p>{definition.advice}</p> : null}
          </div>
        );
      })}
    </section>
  );
}

/** Every scope's tools once each, with the scopes they serve. */
function MapTools({ result }: { result: MapResult }) {
  const tools = new Map<string, { tool: ResultJson["tools"][number]; scopes: string[] }>();
  for (const scope of result.scopes)
    for (const tool of scope.oneFlow.tools as ResultJson["tools"]) {
      const seen = tools.get(tool.name);
      if (seen) seen.scopes.push(scope.id);
      else tools.set(tool.name, { tool, scopes: [scope.id] });
    }
  if (tools.size === 0) return null;
  return (
    <section aria-labelledby="map-tools-title" className={styles.section}>
      <h2 id="map-tools-title">Tools</h2>
      <ToolItems
        tools={[...tools.values()].map(({ tool, scopes }) => ({
          ...tool,
          why: `${tool.why} (for ${scopes.join(", ")})`,
        }))}
      />
    </section>
  );
}

/**
 * What a reader can do with a map, compact as on a one-flow result so the diagram stays near the
 * top: the share link with "Copy link" first, then one "More actions" disclosure (native, so it
 * works without JavaScript and from the keyboard) with copy Mermaid, print, edit, JSON, the SVG
 * and the ADR export with its number and decision-makers.
 */
function MapActions({
  result,
  pageUrl,
  decisionMakers,
}: {
  result: MapResult;
  pageUrl: string;
  decisionMakers?: string;
}) {
  return (
    <nav aria-label="Map actions" className={`${resultStyles.actions} no-print`}>
      <ShareButtons url={pageUrl} />
      <details className={resultStyles.moreActions}>
        <summary>More actions</summary>
        <ul className={resultStyles.actionLinks}>
          <li className={resultStyles.actionButtons}>
            <CopyButton text={result.mermaid} label="Copy Mermaid" />
            <PrintButton />
          </li>
          <li>
            <Link href={editorPath(result.code)}>Edit map</Link>
          </li>
          <li>
            <a href={mapPath(result.code, { suffix: "/json" })} download>
              Export JSON
            </a>
          </li>
          <li>
            <a href={mapPath(result.code, { suffix: "/map.svg" })}>Diagram (SVG)</a>
          </li>
        </ul>
        <AdrExportForm
          action={mapPath(result.code, { suffix: "/adr" })}
          decisionMakers={decisionMakers}
        />
      </details>
    </nav>
  );
}

/** The whole map result page. */
export function MapResultView({ result, pageUrl, decisionMakers }: Props) {
  const badges = badgesOf(result);
  return (
    <article className={styles.result} data-map-code={result.code}>
      <div className={styles.top}>
        <MapHeader result={result} />
        <MapActions result={result} pageUrl={pageUrl} decisionMakers={decisionMakers} />
      </div>
      <MapDiagram result={result} badges={badges} />
      <section aria-labelledby="handoffs-title" className={styles.section}>
        <HandoffTable result={result} badges={badges} />
      </section>
      {result.scopes.length > 0 ? (
        <section aria-labelledby="scopes-title" className={styles.section}>
          <h2 id="scopes-title">Orchestrated scopes</h2>
          {result.scopes.map((scope) => (
            <ScopeCard key={scope.id} scope={scope} result={result} />
          ))}
        </section>
      ) : null}
      <FlagList result={result} badges={badges} />
      <MapGates result={result} />
      <MapTools result={result} />
      <p className={`${styles.small} ${styles.disclaimer}`}>
        The link is not secret: anyone who has it sees this map, its names and its labels. It keeps
        no copy on a server; the map rides in the code. Map model {result.map}, one-flow model{" "}
        {result.oneFlowModel}, code <code className={styles.code}>{result.code}</code>.
      </p>
    </article>
  );
}
