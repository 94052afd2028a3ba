/**
 * The published real cases among the calibration scenarios, run through the current model, for
 * the validation table in the articles (<RealCaseTable />). The scenario files are the single
 * source of each case's answers and expected verdict; this module adds only the prose a reader
 * needs (what the company did, how it went, the source in our words) and calls `recommend()` on
 * the server, from the scenario files and the model of the same build, so the model column cannot
 * drift from the model. Pages render per request (the CSP nonce), so rows are computed once per
 * server process and kept.
 */
import "server-only";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseAnswersJson } from "../answers";
import { CURRENT_MODEL, modelFor, recommend, type Model } from "../scoring";

/** Where the in-repo calibration scenarios live (lib/scoring/scenarios/README.md). */
export const SCENARIO_DIR = path.join("lib", "scoring", "scenarios");

/** What a reader needs to judge a row: our words, not the scenario's. */
export interface RealCaseStory {
  company: string;
  /** What the team built, in one or two sentences. */
  did: string;
  /** How it went, as the source reports it. */
  outcome: string;
  /** Who published it, what and when, in our words. */
  source: string;
  url: string;
}

/**
 * Our account of each published case, keyed by scenario file. A real-case scenario without an
 * entry here still appears in the table (with its scenario name), and a unit test asks for one.
 */
export const REAL_CASE_STORIES: Readonly<Record<string, RealCaseStory>> = {
  "m2-real-coinbase-crypto-transaction-saga.json": {
    company: "Coinbase",
    did: "Each user-visible crypto transfer debits and credits several wallets; Coinbase ran it as a saga on a home-grown engine, then moved it to Cadence (self-hosted, Go SDK).",
    outcome:
      "The home-grown engine handled sagas but made each new use case expensive; Cadence took over the all-or-nothing core.",
    source: "Temporal's case study of Coinbase (it describes their Cadence use), undated page",
    url: "https://temporal.io/in-use/coinbase",
  },
  "m2-real-doordash-dashpass-partner-integration.json": {
    company: "DoorDash",
    did: "DashPass bank-partner eligibility and reconciliation, with per-partner rules and a mix of synchronous and asynchronous checks, moved to Cadence workflows.",
    outcome:
      "Before: races corrupted data, ownership was unclear and one integration took several quarters; Cadence was chosen for reliability, visibility and per-partner encapsulation.",
    source: "Lev Neiman, DoorDash Engineering blog, 18 May 2022",
    url: "https://careers.doordash.com/blog/enabling-faster-financial-partnership-integrations-using-cadence/",
  },
  "m2-real-hashicorp-nomad-cell-provisioning.json": {
    company: "HashiCorp",
    did: "Terraform Cloud split one large Nomad cluster per environment into cells; the infrastructure platform team provisions and manages the cells' clusters with Temporal, and offers platform workflows that other teams use self-service.",
    outcome:
      "The talk explains the design and its reason (one fault could reach every customer); it gives no failure story. Note the shape: a shared engine run by a platform team.",
    source: "Chris Ludden and Anthony Davis, talk at Temporal Replay 2023",
    url: "https://temporal.io/replay-2023/videos/temporal-hashicorp",
  },
  "m2-real-nordstrom-hello-retail-product-photos.json": {
    company: "Nordstrom",
    did: "The Hello Retail proof of concept put the catalogue on one Kinesis event log; assigning a photographer and waiting for the photo ran as a Step Functions state machine inside that event-driven whole.",
    outcome:
      "A proof of concept: events between services, and a local orchestrator for the stateful sub-process with a human wait. The accounts describe the design, not production results.",
    source: "John McKim, blog post, May 2017; Rob Gruhl, Emit conference talk, 2017",
    url: "https://johncmckim.me/blog/2017/05/31/serverless-event-sourcing-at-nordstrom.html",
  },
  "m2-real-wix-contacts-import-job.json": {
    company: "Wix",
    did: "A contacts CSV import: a jobs service publishes the job to Kafka and returns at once, an importer consumes it, and a WebSocket service pushes the result to the browser.",
    outcome:
      "Linear, seconds to minutes, nothing to undo; Wix presents it as a pattern that removed polling and request state from servers.",
    source: "Natan Silnitsky, Wix Engineering blog, May 2020",
    url: "https://medium.com/wix-engineering/6-event-driven-architecture-patterns-part-1-93758b253f47",
  },
  "m2-real-zalando-article-data-events.json": {
    company: "Zalando",
    did: "Every change to core article (product) data is pushed as an outbound event stream that any team subscribes to; the event definitions are part of the API.",
    outcome:
      "Many teams with different access patterns are served without the source service growing for each of them.",
    source: "Conor Clifford, Zalando Engineering blog, October and November 2017",
    url: "https://engineering.zalando.com/posts/2017/11/why-event-driven.html",
  },
};

type Verdict = "orchestration" | "choreography" | "hybrid";

/** One row of the validation table. */
export interface RealCaseRow {
  file: string;
  name: string;
  story?: RealCaseStory;
  /** The verdict(s) an expert expects, from the scenario's `expect.verdict`. */
  expected: Verdict[];
  /** The current model's answer, computed now from the scenario's answers. */
  model: ModelAnswer;
  /** The current model's verdict is one the expert expects. */
  agrees: boolean;
  /**
   * The model before the current one, computed now the same way, so a reader sees what changed
   * (absent while model 2 or earlier is current: model 1 was calibrated on different cases).
   */
  previous?: ModelAnswer & { agrees: boolean };
}

/** What one model version says for a case. */
export interface ModelAnswer {
  version: number;
  verdict: Verdict | null;
  insufficient: boolean;
  score: number;
  confidence: string;
  hybrid: string[];
  implementation?: string;
  notes: string[];
}

interface ScenarioFile {
  name: string;
  basis?: string;
  input: { answers: Record<string, string> };
  expect: { verdict?: Verdict | Verdict[] };
}

/** A scenario is a published real case when its basis opens by naming its source. */
export function isRealCase(scenario: { basis?: string }): boolean {
  return /^Sources?:/.test(scenario.basis ?? "");
}

/** The fields model 2 adds to a result; read defensively so this works under either model. */
interface LaterFields {
  implementation?: { id: string }[];
  notes?: { id: string }[];
}

/**
 * Every published real case among the scenario files, sorted by file name, each run through
 * `recommend()` with the current model and, from model 3 on, with the one before it. Answers to questions the current model does not ask are
 * dropped (a later model's context questions are never scored). Throws, naming the file, when a
 * scenario's answers are not valid Answers JSON, so a bad scenario fails the build.
 */
export function realCaseRows(root: string = process.cwd()): RealCaseRow[] {
  const cached = rowsByRoot.get(root);
  if (cached) return cached;
  const rows = computeRows(root);
  rowsByRoot.set(root, rows);
  return rows;
}

const rowsByRoot = new Map<string, RealCaseRow[]>();

function computeRows(root: string): RealCaseRow[] {
  const dir = path.join(root, SCENARIO_DIR);
  const before = CURRENT_MODEL.version > 2 ? modelFor(CURRENT_MODEL.version - 1) : undefined;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({
      file,
      scenario: JSON.parse(readFileSync(path.join(dir, file), "utf8")) as ScenarioFile,
    }))
    .filter(({ scenario }) => isRealCase(scenario))
    .map(({ file, scenario }) => {
      const expected = [scenario.expect.verdict ?? []].flat();
      const model = answerOf(CURRENT_MODEL, scenario, file);
      const previous = before && answerOf(before, scenario, file);
      return {
        file,
        name: scenario.name,
        story: REAL_CASE_STORIES[file],
        expected,
        model,
        agrees: agreesWith(expected, model),
        ...(previous ? { previous: { ...previous, agrees: agreesWith(expected, previous) } } : {}),
      };
    });
}

function agreesWith(expected: Verdict[], answer: ModelAnswer): boolean {
  return answer.verdict !== null && expected.includes(answer.verdict);
}

/** One model's answer for a scenario; answers to questions that model does not ask are dropped. */
function answerOf(model: Model, scenario: ScenarioFile, file: string): ModelAnswer {
  const known = new Set<string>(model.questions.map((q) => q.id));
  const answers = Object.fromEntries(
    Object.entries(scenario.input.answers).filter(([id]) => known.has(id)),
  );
  const parsed = parseAnswersJson({ model: model.version, answers });
  if (!parsed.ok) throw new Error(`${SCENARIO_DIR}/${file}: ${parsed.message}`);
  const result = recommend(parsed.value.answers, model);
  const later = result as typeof result & LaterFields;
  const verdict = result.insufficient ? null : (result.verdict as Verdict | null);
  return {
    version: result.model,
    verdict,
    insufficient: result.insufficient,
    score: result.score,
    confidence: result.confidenceDetail.level,
    hybrid: verdict === "hybrid" ? [...result.hybrid] : [],
    implementation: later.implementation?.[0]?.id,
    notes: (later.notes ?? []).map((n) => n.id),
  };
}
