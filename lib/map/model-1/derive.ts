/**
 * From a scope to its one-flow answers (MAP.md §7.1), pinned to one-flow model 2, and the S6 test
 * of whether that one-flow result orchestrates the scope (MAP.md §6.3). Pure.
 */
import { FLOW_MAX_LENGTH } from "../../answers/flow";
import { withheld, type ResultJson } from "../../result";
import {
  CURRENT_MODEL,
  contributionsOf,
  modelFor,
  recommend,
  type Answers,
  type Model,
  type Recommendation,
} from "../../scoring";
import { encode } from "../../share/codec";
import type { MapAnswers } from "../types";
import {
  MAP_ONE_FLOW_MODEL,
  ORCHESTRATING_FORMS,
  type DerivedAnswers,
  type OrchestratingForm,
} from "../types";
import type { HandoffFacts, Participant } from "./facts";

/** Hybrid patterns that orchestrate a scope (S6). */
export const ORCHESTRATING_PATTERNS = [
  "orchestrate-core-choreograph-side-effects",
  "choreograph-between-orchestrate-within",
  "orchestrator-per-flow",
  "async-orchestration",
  "event-to-command",
] as const;

export interface ScopeShape {
  owner: Participant;
  members: HandoffFacts[];
  /** The owner, then members' receivers, in order of first appearance. */
  participants: Participant[];
  /** Distinct receivers of the owner's events (kind `event`). */
  eventReceivers: number;
  /** The hand-off into the owner that starts the scope (§7.1 `latency`), or null. */
  entry: HandoffFacts | null;
  /**
   * Hand-offs on the way back to the owner through other participants (a correlated inbound
   * message and what led to it from an owner's step): not members, but the owner waits for them,
   * so their durations count for §7.1 `duration` (CONTRACT-NOTES.md item 9).
   */
  returns: HandoffFacts[];
}

const bucket = <T extends string>(n: number, steps: readonly [number, T][], last: T): T =>
  steps.find(([max]) => n <= max)?.[1] ?? last;

/** Distinct values, or undefined when one is missing. */
function distinct(values: (string | undefined)[]): number | undefined {
  if (values.some((v) => v === undefined)) return undefined;
  return new Set(values).size;
}

const DURATION_ORDER = ["instant", "seconds", "minutes", "hours", "days-or-person"] as const;
const DURATION_TO_ONE_FLOW = {
  instant: "sub-second",
  seconds: "seconds-minutes",
  minutes: "seconds-minutes",
  hours: "hours",
  "days-or-person": "days-or-human",
} as const;

/**
 * The derived Answers JSON of a scope (MAP.md §7.1): `unsure` answers omitted, the flow name
 * "<map name> · <owner name>" cut to 80 characters. `step` (the scope's first member's label) is
 * added as "· <step>" when its owner has two or more scopes, so their one-flow results don't
 * share a name (review 22 F10).
 */
export function deriveAnswers(
  scope: ScopeShape,
  mapName: string | undefined,
  mapAnswers: MapAnswers,
  step?: string,
): DerivedAnswers {
  const { members, participants } = scope;
  const services = participants.filter((p) => p.kind === "service");
  const a: Record<string, string | undefined> = {};
  a.participants = bucket(
    participants.length,
    [
      [2, "two"],
      [4, "three-to-four"],
      [7, "five-to-seven"],
    ],
    "eight-plus",
  );
  const branching =
    members.some((m) => ["compensate", "atomic", "pivot"].includes(m.answers.undo)) ||
    members.some((m) => m.to.kind === "person");
  a["control-flow"] = members.length >= 2 && branching ? "some-conditionals" : "linear";
  a["side-effects"] = bucket(
    scope.eventReceivers,
    [
      [0, "none"],
      [2, "one-or-two"],
      [5, "several"],
    ],
    "many-growing",
  );
  a["flow-change-rate"] = mapAnswers["flow-change-rate"];
  a["participant-churn"] = mapAnswers["participant-churn"];
  const compensating = members.filter((m) => m.answers.undo === "compensate").length;
  a.consistency = members.some((m) => m.answers.undo === "atomic")
    ? "near-atomic"
    : compensating >= 2
      ? "multi-step-compensation"
      : "eventual-simple";
  a.visibility = mapAnswers.visibility;
  const durations = [...members, ...scope.returns].map((m) =>
    m.answers.duration === "unsure" && m.to.kind === "person"
      ? "days-or-person"
      : m.answers.duration,
  );
  const longest = durations
    .filter((d) => d !== "unsure")
    .reduce<number>((max, d) => Math.max(max, DURATION_ORDER.indexOf(d)), -1);
  a.duration = longest < 0 ? undefined : DURATION_TO_ONE_FLOW[DURATION_ORDER[longest]!];
  a.latency = latencyOf(scope, mapAnswers);
  a["outcome-ownership"] = "initiator-decides";
  a.observability = mapAnswers.observability;
  a["event-practices"] = mapAnswers["event-practices"];
  a["workflow-engine"] = mapAnswers["workflow-engine"];
  a["testing-release"] = mapAnswers["testing-release"];
  const teams = distinct(services.map((p) => p.team));
  a.teams =
    teams === undefined
      ? undefined
      : bucket(
          teams,
          [
            [1, "one"],
            [3, "two-three"],
            [6, "four-six"],
          ],
          "seven-plus",
        );
  a["end-to-end-owner"] = "yes";
  const domains = distinct(services.map((p) => p.domain));
  a["bounded-contexts"] = domains === undefined ? undefined : domains === 1 ? "one" : "few-related";
  a.platform = mapAnswers.platform;
  a.messaging = mapAnswers.messaging;
  a.volume = mapAnswers.volume;
  const knownDomains = new Set(services.map((p) => p.domain).filter(Boolean));
  const noLocal =
    participants.some((p) => p.kind === "external" || p.kind === "person") ||
    knownDomains.size >= 2 ||
    [...members, ...scope.returns].some(
      (m) => m.answers.duration === "hours" || m.answers.duration === "days-or-person",
    );
  a["local-transaction"] = noLocal ? "no" : undefined;

  const answers = Object.fromEntries(
    Object.entries(a).filter(([, v]) => v !== undefined && v !== "unsure"),
  ) as Answers;
  const name = [mapName, scope.owner.name, step].filter(Boolean).join(" · ");
  const flow = [...name].slice(0, FLOW_MAX_LENGTH).join("");
  return { model: MAP_ONE_FLOW_MODEL, flow, answers };
}

function latencyOf(scope: ScopeShape, mapAnswers: MapAnswers): string | undefined {
  const entry = scope.entry;
  if (!entry) return "batch";
  switch (entry.answers.wait) {
    case "user-waits": {
      const hot =
        (mapAnswers.volume === "100-10k" || mapAnswers.volume === "over-10k") &&
        scope.members.every((m) => m.answers.duration === "instant");
      return hot ? "hot-path" : "interactive";
    }
    case "sender-waits":
    case "no-wait":
      return "async-user-visible";
    default:
      return undefined;
  }
}

/** The parts of a one-flow result S6 reads. */
export interface OneFlowVerdict {
  verdict: string | null;
  hybrid: readonly string[];
  implementation: readonly { id: string }[];
}

/**
 * S6: whether a one-flow result orchestrates its scope (MAP.md §6.3): a verdict (not too early),
 * orchestration or hybrid, an orchestrating form, and for a hybrid an orchestrating pattern.
 */
export function orchestrates(result: OneFlowVerdict): boolean {
  if (result.verdict !== "orchestration" && result.verdict !== "hybrid") return false;
  if (!formOf(result)) return false;
  if (result.verdict === "hybrid") {
    return result.hybrid.some((p) => (ORCHESTRATING_PATTERNS as readonly string[]).includes(p));
  }
  return true;
}

/** The scope's form: the first orchestrating form in the one-flow implementation list (§7.2). */
export function formOf(result: Pick<OneFlowVerdict, "implementation">): OrchestratingForm | null {
  const found = result.implementation.find((i) =>
    (ORCHESTRATING_FORMS as readonly string[]).includes(i.id),
  );
  return (found?.id as OrchestratingForm | undefined) ?? null;
}

/** The parts of a scope's one-flow Result JSON that the map shows and S6 reads. */
export type ScopeOneFlow = Pick<
  ResultJson,
  | "code"
  | "verdict"
  | "hybrid"
  | "confidenceLevel"
  | "implementation"
  | "notes"
  | "gates"
  | "tools"
  | "current"
>;

/**
 * A scope's one-flow result (MAP.md §6.3 S6, §7): the derived answers scored by one-flow model 2
 * with its flips (they set the confidence), and, when the current one-flow model says something
 * else, `current` as `buildResult` (lib/result) gives it.
 *
 * The same fields as `buildResult(derived)`, without scoring the current model's flips, which
 * `buildResult` computes and drops (`current` needs only that model's verdict, score and whether it
 * withholds). Equality with `buildResult` is a property test (rules.test-prop.ts, S6).
 */
export function oneFlowOf(
  derived: DerivedAnswers,
  code: string = oneFlowCode(derived),
): ScopeOneFlow {
  const model = modelFor(derived.model)!;
  const r = recommend(derived.answers, model);
  return {
    code,
    verdict: withheld(r) ? null : r.verdict,
    hybrid: r.hybrid,
    confidenceLevel: r.confidenceDetail.level,
    implementation: r.implementation,
    notes: r.notes,
    gates: r.gates,
    tools: r.tools,
    ...currentOf(derived.answers, model, r),
  };
}

/**
 * The one-flow share code of derived answers (the scope's `derivedCode`): equal codes mean equal
 * answers under one model, so it keys a cache of one-flow results (the flow name scores nothing).
 */
export function oneFlowCode(derived: DerivedAnswers): string {
  return encode(derived.answers, modelFor(derived.model)!);
}

/** `buildResult`'s `current`: present when the current model's verdict, score or withholding differ. */
function currentOf(answers: Answers, model: Model, r: Recommendation): Pick<ResultJson, "current"> {
  if (model.version === CURRENT_MODEL.version) return {};
  const now = CURRENT_MODEL;
  const contributions = contributionsOf(answers, now);
  const scored = now.rules.scored(contributions, now);
  const verdict = now.rules.verdict(scored, contributions, now).verdict;
  const nowWithheld =
    now.rules.insufficient(contributions, now) && now.rules.withholdsWhenInsufficient;
  if (verdict === r.verdict && scored.score === r.score && nowWithheld === withheld(r)) return {};
  return {
    current: {
      model: now.version,
      verdict: nowWithheld ? null : verdict,
      score: scored.score,
      code: encode(answers, now),
    },
  };
}
