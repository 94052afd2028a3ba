/**
 * The whole result page body, rendered on the server from one resolved result, in one reading
 * order for every verdict: the answer (verdict, why, confidence) beside the actions; how to build
 * it; before you commit; what would change it; the evidence; further reading.
 */
import { OrganisationGuidance } from "@/components/organisation/organisation-guidance";
import type { ResolvedResult } from "@/lib/result/load";
import { chatSummary } from "@/lib/result/explain";
import { FurtherReading } from "./further-reading";
import { GateCallouts } from "./gate-callouts";
import { HowToBuild } from "./how-to-build";
import { PrintFooter } from "./print-footer";
import { ResultActions } from "./result-actions";
import { ToolList } from "./tool-list";
import { TooEarly } from "./too-early";
import { VerdictHeader } from "./verdict-header";
import { WhatWouldChange } from "./what-would-change";
import { Why } from "./why";
import styles from "./result.module.css";

export function ResultView({ resolved, pageUrl }: { resolved: ResolvedResult; pageUrl: string }) {
  const { result, words } = resolved;
  const editParams = new URLSearchParams({ code: result.code });
  if (result.flow) editParams.set("flow", result.flow);
  return (
    <article className={styles.result}>
      <div className={styles.top}>
        <VerdictHeader result={result} words={words} />
        <ResultActions
          code={result.code}
          flow={result.flow}
          pageUrl={pageUrl}
          summary={chatSummary(words, result, pageUrl)}
          decisionMakers={resolved.organisation?.adr?.decisionMakers}
        />
      </div>
      {result.insufficient ? (
        <>
          <TooEarly result={result} words={words} editHref={`/advisor?${editParams.toString()}`} />
          <GateCallouts gates={result.gates} words={words} />
        </>
      ) : (
        <>
          {/* One reading order for every verdict: the answer (above), how to build it, the gates,
              what would change it, the evidence; further reading follows. */}
          <HowToBuild result={result} words={words} />
          {/* With an implementation, the tools sit under it in "How to build it". */}
          {result.implementation.length > 0 ? null : <ToolList tools={result.tools} />}
          <GateCallouts gates={result.gates} words={words} />
          <WhatWouldChange result={result} words={words} />
          <Why result={result} words={words} />
        </>
      )}
      <FurtherReading result={result} words={words} />
      <OrganisationGuidance guidance={resolved.guidance} organisation={resolved.organisation} />
      <p className={`${styles.small} ${styles.disclaimer}`}>
        Baton&apos;s weights and thresholds are a reasoned proposal, not an industry standard. Share
        code <code className={styles.code}>{result.code}</code>, model {result.model}.
      </p>
      <PrintFooter pageUrl={pageUrl} model={result.model} code={result.code} />
    </article>
  );
}
