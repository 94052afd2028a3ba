/**
 * Map model 1's rules (MAP.md §6): kind, chains and invariants, scopes with the one-flow agreement
 * S6, transport, compensation, flags, saga names and the map level. Pure and total: every valid
 * map gives a result. Frozen once shipped: a change is a new map model.
 *
 * Sources are cited per rule in MAP.md §6 and in `sentences.ts`.
 */
import { SHORT_FORM_WORDS } from "../scope-form";
import {
  MAP_FLAG_IDS,
  MAP_MODEL,
  MAP_RULE_IDS,
  MAP_ONE_FLOW_MODEL,
  type Boundary,
  type Delivery,
  type DerivedAnswers,
  type HandoffKind,
  type HandoffResult,
  type MapFlag,
  type MapFlagId,
  type MapFlagSummary,
  type MapPattern,
  type MapResult,
  type MapRuleId,
  type MapStyle,
  type RuleHit,
  type SagaDescription,
  type SagaName,
  type ScopeResult,
  type Transport,
  type ValidMap,
} from "../types";
import {
  deriveAnswers,
  formOf,
  oneFlowCode,
  oneFlowOf,
  orchestrates,
  type ScopeOneFlow,
  type ScopeShape,
} from "./derive";
import { factsOf, isStep, type HandoffFacts, type Participant } from "./facts";
import { SAGA_TRADEOFFS, sentences } from "./sentences";

const SEVERITY: Record<MapFlagId, "warning" | "info"> = {
  "passive-aggressive-event": "warning",
  "sync-chain": "warning",
  pinball: "warning",
  "horror-story": "warning",
  "keep-invariant-local": "info",
  outbox: "info",
  "choreographed-compensation": "warning",
  "scope-spans-teams": "info",
  "scope-dissolved": "warning",
};

interface Work {
  f: HandoffFacts;
  kind: HandoffKind;
  /** The sentence of the kind rule. */
  kindSentence: string;
  confidence: "normal" | "low";
  hits: RuleHit[];
  flags: Map<MapFlagId, string>;
  /** For a reply (K2): the request it answers. */
  request: Work | null;
  /** The trigger for chains (§5): replies are skipped; null for a reply itself. */
  chainParent: Work | null;
  /** Which chain rule gave it its orchestrator, if any. */
  movedBy: "C2" | "C3" | null;
  orchestrator: Participant;
  local: boolean;
  candidate: boolean;
  scope: ScopeWork | null;
  transport: Transport;
  delivery: Delivery | null;
}

interface ScopeWork extends ScopeShape {
  id: string;
  why: ("S1" | "S2" | "S3" | "S4")[];
  reason: string;
  derived: DerivedAnswers;
  result: ScopeOneFlow;
  works: Work[];
  /** The hand-off that starts the scope's transaction (see `transactionOf`), if any. */
  trigger: Work | null;
}

/** A one-flow result per derived share code, so two scopes with the same answers are scored once. */
type ResultCache = Map<string, ScopeOneFlow>;

/**
 * The Map Result JSON of a valid map under map model 1, without `code` and `mermaid` (the caller
 * adds them). Deterministic: the same map always gives the same result.
 */
export function evaluateMapV1(map: ValidMap): Omit<MapResult, "code" | "mermaid"> {
  const { participants, handoffs: facts } = factsOf(map);
  const works: Work[] = [];
  const byId = new Map<string, Work>();
  for (const f of facts) {
    const w = kindOf(f, f.trigger ? byId.get(f.trigger.id)! : null);
    works.push(w);
    byId.set(f.id, w);
  }
  chains(works);
  for (const w of works) {
    w.candidate =
      !w.local &&
      (w.kind === "command" ||
        (w.kind === "query" && w.f.waits && (w.f.long || w.f.to.kind === "person"))) &&
      (w.f.waits || isStep(w.f) || w.movedBy !== null);
  }
  const scopes = scopesOf(map, works, new Map());
  for (const w of works) if (w.kind === "reply") w.scope = w.request!.scope;
  for (const w of works) transportOf(w);
  const compensation = new Map(works.map((w) => [w, compensationOf(w)] as const));
  flagsOf(works, compensation);

  const handoffs: HandoffResult[] = works.map((w) => {
    const c = compensation.get(w)!;
    const rules = w.hits.map((h) => h.rule);
    return {
      id: w.f.id,
      from: w.f.from.id,
      to: w.f.to.id,
      label: w.f.label,
      trigger: w.f.trigger?.id ?? null,
      kind: w.kind,
      transport: w.transport,
      delivery: w.delivery,
      scopeId: w.scope?.id ?? null,
      orchestratedBy: w.scope ? w.scope.owner.id : null,
      compensatedBy: c.by,
      compensation: c.sentence,
      boundary: w.f.boundary,
      receivers: w.f.receivers,
      flags: MAP_FLAG_IDS.filter((id) => w.flags.has(id)).map((id) => ({
        id,
        severity: SEVERITY[id],
        why: w.flags.get(id)!,
      })),
      rules,
      explanations: w.hits,
      reason: reasonOf(w.hits),
      confidence: w.confidence,
      current: w.f.answers.current,
      differs: differsOf(w),
      answers: w.f.answers,
    };
  });

  const scopeResults = scopes.map((s) => scopeResultOf(s, scopes));
  const flags = mapFlagsOf(handoffs, scopeResults);
  const events = works.filter((w) => w.kind === "event");
  const style = styleOf(scopes.length > 0, works);
  let pattern: MapPattern | null = null;
  if (style === "hybrid") {
    const membersStayInDomain = scopes.every((s) =>
      s.members.every((m) =>
        (["same", "team", "external", "unknown"] as Boundary[]).includes(m.boundary),
      ),
    );
    const betweenDomains = events.filter((e) => e.f.boundary === "domain");
    // An event whose receiver's work is a step of the outcome (it must succeed, be undone, or is
    // the point of no return) is part of the core, not a side effect: when it crosses a domain,
    // the core itself is choreographed between domains (CONTRACT-NOTES.md).
    const coreBetweenDomains = betweenDomains.some((e) => isStep(e.f));
    pattern =
      coreBetweenDomains || (membersStayInDomain && betweenDomains.length > 0)
        ? "choreograph-between-orchestrate-within"
        : "orchestrate-core-choreograph-side-effects";
  }

  const gates: MapResult["gates"] = [];
  for (const s of scopeResults) {
    for (const g of s.oneFlow.gates) {
      const seen = gates.find((x) => x.id === g.id);
      if (seen) seen.scopes.push(s.id);
      else gates.push({ id: g.id, severity: g.severity, scopes: [s.id] });
    }
  }

  const kinds: MapResult["counts"]["kinds"] = {};
  for (const k of ["command", "event", "query", "reply"] as const) {
    const n = handoffs.filter((h) => h.kind === k).length;
    if (n) kinds[k] = n;
  }
  const transports: MapResult["counts"]["transports"] = {};
  for (const t of ["sync-call", "queue", "broker", "activity", "in-process"] as const) {
    const n = handoffs.filter((h) => h.transport === t).length;
    if (n) transports[t] = n;
  }
  const flagCounts: MapResult["counts"]["flags"] = {};
  for (const f of flags) flagCounts[f.id] = f.handoffs.length;

  return {
    map: MAP_MODEL,
    oneFlowModel: MAP_ONE_FLOW_MODEL,
    name: map.name ?? null,
    style,
    pattern,
    summary: summaryOf(scopeResults, works, participants, flags.length),
    participants: participants.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      team: p.team ?? null,
      domain: p.domain ?? null,
      owns: scopeResults.filter((s) => s.owner === p.id).map((s) => s.id),
    })),
    handoffs,
    scopes: scopeResults,
    flags,
    gates,
    counts: {
      participants: participants.length,
      handoffs: handoffs.length,
      scopes: scopeResults.length,
      kinds,
      transports,
      flags: flagCounts,
      unsure: facts.reduce(
        (n, f) => n + Object.values(f.answers).filter((a) => a === "unsure").length,
        0,
      ),
    },
    answers: map.answers ?? {},
  };
}

// ---------------------------------------------------------------------------- 6.1 Kind

function kindOf(f: HandoffFacts, trigger: Work | null): Work {
  const a = f.answers;
  const w: Work = {
    f,
    kind: "command",
    kindSentence: "",
    confidence: "normal",
    hits: [],
    flags: new Map(),
    request: null,
    chainParent: null,
    movedBy: null,
    orchestrator: f.from,
    local: false,
    candidate: false,
    scope: null,
    transport: "queue",
    delivery: null,
  };
  const set = (rule: MapRuleId, kind: HandoffKind, sentence: string) => {
    w.kind = kind;
    w.kindSentence = sentence;
    w.hits.push({ rule, sentence });
  };
  if (
    trigger &&
    trigger.kind !== "reply" &&
    trigger.f.from.id === f.to.id &&
    trigger.f.to.id === f.from.id &&
    trigger.f.waits &&
    trigger.f.answers.intent !== "tell" &&
    (a.intent === "tell" || a.intent === "unsure") &&
    a.current !== "workflow"
  ) {
    w.request = trigger;
    set("K2", "reply", sentences.K2(f, trigger.f, trigger.kind));
  } else if (
    f.describedAsEvent &&
    (f.waits || (a.current === "event" && (a.intent === "do" || a.intent === "ask")))
  ) {
    const kind = a.intent === "ask" ? "query" : "command";
    set("K5", kind, sentences.K5(f, kind));
    w.flags.set("passive-aggressive-event", sentences.passiveAggressive(f, w.kindSentence, kind));
  } else if (a.intent === "ask") set("K1", "query", sentences.K1(f));
  else if (a.intent === "do") set("K3", "command", sentences.K3(f));
  else if (a.intent === "tell") set("K4", "event", sentences.K4(f));
  else {
    const c = a.current;
    const kind: HandoffKind =
      c === "event"
        ? "event"
        : c === "call" || c === "message" || c === "workflow"
          ? "command"
          : f.receivers >= 2 && !f.waits
            ? "event"
            : "command";
    set("K6", kind, sentences.K6(f, kind));
    w.confidence = "low";
  }
  return w;
}

// ----------------------------------------------------------- 6.2 Chains and invariants

/** The longest path of `qualifies` hand-offs through `w` along chains, top first. */
function pathThrough(w: Work, works: Work[], qualifies: (x: Work) => boolean): Work[] {
  const up: Work[] = [w];
  for (let p = w.chainParent; p && qualifies(p); p = p.chainParent) up.unshift(p);
  const down = (x: Work): Work[] => {
    let best: Work[] = [];
    for (const c of works) {
      if (c.chainParent === x && qualifies(c)) {
        const path = down(c);
        if (path.length > best.length) best = path;
      }
    }
    return [x, ...best];
  };
  return [...up, ...down(w).slice(1)];
}

const firstServiceSender = (path: Work[], fallback: Participant) =>
  path.find((x) => x.f.from.kind === "service")?.f.from ?? fallback;

function chains(works: Work[]) {
  for (const w of works) {
    if (w.kind === "reply") continue;
    let t = w.f.trigger ? works[w.f.trigger.index]! : null;
    while (t && t.kind === "reply") t = t.request!.chainParent;
    w.chainParent = t;
  }
  const stepEvent = (x: Work) => x.kind !== "reply" && x.f.describedAsEvent && isStep(x.f);
  for (const w of works) {
    if (!stepEvent(w)) continue;
    const path = pathThrough(w, works, stepEvent);
    if (path.length >= 3) {
      const root = firstServiceSender(path, w.f.from);
      const sentence = sentences.C2(
        path.length,
        path.map((x) => x.f.id),
        root,
      );
      w.kind = "command";
      w.movedBy = "C2";
      w.orchestrator = root;
      w.hits.push({ rule: "C2", sentence });
      w.flags.set("pinball", sentence);
    }
  }
  for (const w of works) {
    if (w.kind === "reply" || w.f.answers.undo !== "atomic" || !w.f.describedAsEvent) continue;
    const up: Work[] = [w];
    for (let p = w.chainParent; p && stepEvent(p); p = p.chainParent) up.unshift(p);
    const owner = firstServiceSender(up, w.f.from);
    const sentence = sentences.C3(owner);
    w.kind = "command";
    w.movedBy = "C3";
    w.orchestrator = owner;
    w.hits.push({ rule: "C3", sentence });
    w.flags.set("horror-story", sentence);
  }
  for (const w of works) {
    const f = w.f;
    if (
      w.kind !== "reply" &&
      f.answers.undo === "atomic" &&
      f.from.kind === "service" &&
      f.to.kind === "service" &&
      f.boundary === "same" &&
      !f.long
    ) {
      const sentence = sentences.C4(f);
      w.kind = "command";
      w.local = true;
      w.movedBy = null;
      w.orchestrator = f.from;
      w.hits.push({ rule: "C4", sentence });
      w.flags.set("keep-invariant-local", sentence);
    }
  }
}

// ------------------------------------------------------------------------- 6.3 Scopes

/**
 * The business transaction a candidate serves for its orchestrator (the owner): what made the
 * owner act. Walking up the triggers from the candidate, the owner's own earlier steps belong to
 * the same transaction, and so does a hand-off into the owner whose trigger chain, followed
 * through any participants, reaches one of the owner's steps: a correlated inbound message of the
 * running transaction (B reports back on the owner's step, or the owner's notice reaches a person
 * who answers the owner; Hohpe & Woolf, Process Manager with a Correlation Identifier). The first
 * other hand-off reached is the transaction's **entry**. A candidate with no trigger belongs to
 * the owner's unprompted start, unless the map says it starts on its own (`trigger: null`,
 * MAP.md §3): then it is a transaction of its own.
 *
 * A reply (K2) stands for its request here, as it does for chains (§5).
 *
 * @returns `key`: the same string for candidates of one transaction of one owner; `entry`: the
 *   hand-off that starts it (null when the owner starts it unprompted); `returns`: the hand-offs
 *   on the return paths walked (from the owner's hand-off the path leaves from, through the other
 *   participants, back into the owner), whose durations are the transaction's waits too (§7.1
 *   `duration`, S2).
 * Deviation from MAP.md §6.3 (which groups by owner only): lib/map/CONTRACT-NOTES.md items 3, 9.
 */
function transactionOf(
  m: Work,
  works: Work[],
): { key: string; entry: Work | null; returns: Work[] } {
  const owner = m.orchestrator;
  const own = (x: Work) => x.f.from.id === owner.id || x.orchestrator === owner;
  const above = (x: Work): Work | null => {
    const t = x.f.trigger ? works[x.f.trigger.index]! : null;
    return t && t.kind === "reply" ? t.request : t;
  };
  const returns: Work[] = [];
  let x = m;
  for (;;) {
    const p = above(x);
    if (!p) {
      return { key: `${owner.id}:${x.f.startsOnItsOwn ? x.f.id : ""}`, entry: null, returns };
    }
    if (own(p)) {
      x = p;
      continue;
    }
    if (p.f.to.id === owner.id) {
      // Follow the return path up through any participants to an owner's step, if any.
      const path: Work[] = [p];
      let q = above(p);
      while (q && !own(q)) {
        path.push(q);
        q = above(q);
      }
      if (q) {
        // The owner's hand-off the path leaves from counts too: its receiver's time is waited for.
        returns.push(q, ...path);
        x = q;
        continue;
      }
    }
    return { key: `${owner.id}:${p.f.id}`, entry: p, returns };
  }
}

function scopesOf(map: ValidMap, works: Work[], cache: ResultCache): ScopeWork[] {
  const transactions = new Map<Work, { key: string; entry: Work | null; returns: Work[] }>();
  for (const w of works) {
    if (w.candidate && w.orchestrator.kind === "service") {
      transactions.set(w, transactionOf(w, works));
    }
  }
  // S6 scores each transaction on its own answers, and no scope's answers depend on another
  // scope (derived answers read only the group's candidates and the owner's events), so one pass
  // finds the scopes that stand: dissolving one never changes another (MAP.md's "evaluate again").
  const groups = new Map<
    string,
    { owner: Participant; entry: Work | null; cands: Work[]; returns: Set<Work> }
  >();
  for (const [w, t] of transactions) {
    const group = groups.get(t.key);
    if (group) {
      group.cands.push(w);
      for (const r of t.returns) group.returns.add(r);
    } else {
      const returns = new Set(t.returns);
      groups.set(t.key, { owner: w.orchestrator, entry: t.entry, cands: [w], returns });
    }
  }
  const standing: ScopeWork[] = [];
  const qualified = [...groups.values()].flatMap((g) => {
    const returns = [...g.returns].sort((a, b) => a.f.index - b.f.index);
    const why = qualifies(g.owner, g.cands, returns);
    return why.length ? [{ ...g, returns, why }] : [];
  });
  const scopesOfOwner = (owner: Participant) => qualified.filter((g) => g.owner === owner).length;
  for (const { owner, entry, cands, returns, why } of qualified) {
    const shape = shapeOf(owner, cands, works, entry, returns);
    const step = scopesOfOwner(owner) >= 2 ? cands[0]!.f.label : undefined;
    const derived = deriveAnswers(shape, map.name, map.answers ?? {}, step);
    const code = oneFlowCode(derived);
    let result = cache.get(code);
    if (!result) {
      result = oneFlowOf(derived, code);
      cache.set(code, result);
    }
    if (!orchestrates(result)) {
      const verdict = result.verdict ?? "too early to say";
      const sentence = sentences.scopeDissolved(owner, verdict, result.hybrid);
      for (const w of cands) {
        w.hits.push({ rule: "S6", sentence });
        w.flags.set("scope-dissolved", sentence);
      }
      continue;
    }
    standing.push({
      ...shape,
      id: "",
      why,
      reason: "",
      derived,
      result,
      works: cands,
      trigger: entry,
    });
  }
  standing.sort((a, b) => a.works[0]!.f.index - b.works[0]!.f.index);
  standing.forEach((s, i) => {
    s.id = `s${i + 1}`;
    s.reason = scopeSentence(s);
    for (const w of s.works) w.scope = s;
  });
  return standing;
}

/**
 * S1–S4 (MAP.md §6.3) for one owner's candidates of one transaction. S2 also fires on a long wait
 * on the transaction's return path (`transactionOf`): the owner waits for the answer that comes
 * back through other participants (CONTRACT-NOTES.md item 9).
 */
function qualifies(owner: Participant, cands: Work[], returns: Work[]): ScopeWork["why"] {
  const why: ScopeWork["why"] = [];
  if (
    cands.length >= 2 &&
    cands.some((w) => ["compensate", "atomic", "pivot"].includes(w.f.answers.undo))
  ) {
    why.push("S1");
  }
  if (
    cands.some((w) => (w.f.waits || w.movedBy) && (w.f.long || w.f.to.kind === "person")) ||
    returns.some((w) => w.f.long)
  )
    why.push("S2");
  if (cands.some((w) => w.f.answers.undo === "atomic")) why.push("S3");
  if (cands.some((w) => w.movedBy && w.f.from.id !== owner.id)) why.push("S4");
  return why;
}

/**
 * A scope's shape for §7.1. Its entry (for `latency`) is the hand-off into the owner that starts
 * the scope's transaction, or none when the owner starts it unprompted or on another hand-off.
 */
function shapeOf(
  owner: Participant,
  members: Work[],
  works: Work[],
  trigger: Work | null,
  returns: Work[],
): ScopeShape {
  const participants: Participant[] = [owner];
  for (const m of members) if (!participants.includes(m.f.to)) participants.push(m.f.to);
  const eventReceivers = new Set(
    works.filter((w) => w.kind === "event" && w.f.from.id === owner.id).map((w) => w.f.to.id),
  ).size;
  const entry = trigger && trigger.f.to.id === owner.id ? trigger.f : null;
  return {
    owner,
    members: members.map((m) => m.f),
    participants,
    eventReceivers,
    entry,
    returns: returns.map((r) => r.f),
  };
}

/** Durations from shortest to longest; `unsure` reads as a person's wait (DURATION_WORDS). */
const DURATION_RANK: Record<string, number> = {
  instant: 0,
  seconds: 1,
  minutes: 2,
  hours: 3,
  "days-or-person": 4,
  unsure: 4,
};

const DURATION_WORDS: Record<string, string> = {
  instant: "under a second",
  seconds: "seconds",
  minutes: "minutes",
  hours: "hours",
  "days-or-person": "days, or until a person acts",
  unsure: "until a person acts",
};

function scopeSentence(s: ScopeWork): string {
  const because: string[] = [];
  for (const why of s.why) {
    if (why === "S1") because.push("one must be undone or is the point of no return");
    if (why === "S2") {
      // The longest of the waits that made it S2 (review 22 F10): a person's "not sure" counts as
      // days, as DURATION_WORDS says.
      const w = s.works
        .filter((x) => (x.f.waits || x.movedBy) && (x.f.long || x.f.to.kind === "person"))
        .reduce<Work | undefined>(
          (best, x) =>
            !best || DURATION_RANK[x.f.answers.duration]! > DURATION_RANK[best.f.answers.duration]!
              ? x
              : best,
          undefined,
        );
      if (w) because.push(`it waits for ${w.f.to.name}: ${DURATION_WORDS[w.f.answers.duration]}`);
      else {
        // The long wait is on the way back to the owner (transactionOf, CONTRACT-NOTES.md item 9).
        const r = s.returns.find((x) => x.long)!;
        const path = s.returns.map((x) => x.id).join(", ");
        because.push(
          `it waits ${DURATION_WORDS[r.answers.duration]} for ${r.to.name} on the way back to ${s.owner.name} (${path})`,
        );
      }
    }
    if (why === "S3") {
      const w = s.works.find((x) => x.f.answers.undo === "atomic")!;
      because.push(`${w.f.to.name}'s change must be atomic with its own`);
    }
    if (why === "S4") {
      const ids = s.works.filter((x) => x.movedBy && x.f.from.id !== s.owner.id).map((x) => x.f.id);
      because.push(`the events ${ids.join(", ")} realise its outcome`);
    }
  }
  const n = s.works.length;
  const ids = s.works.map((w) => w.f.id).join(", ");
  // One step is a long-running step, not a saga (§6.7; CONTRACT-NOTES.md item 14).
  const what = n === 1 ? `runs a long-running step (${ids})` : `orchestrates ${n} steps (${ids})`;
  return `${s.owner.name} ${what} because ${because.join("; and ")}.`;
}

function candidateAnswers(w: Work): string {
  const parts: string[] = [];
  if (w.f.waits) parts.push(`wait: ${w.f.answers.wait}`);
  if (isStep(w.f)) parts.push(`undo: ${w.f.answers.undo}`);
  if (w.movedBy === "C2") parts.push("pinball");
  if (w.movedBy === "C3") parts.push("horror story");
  return parts.join(", ");
}

/**
 * The scope's Hard Parts saga (MAP.md §6.7), or null for a one-step scope: a saga is a sequence of
 * at least two local transactions (Garcia-Molina & Salem, "Sagas", 1987; Richardson ch. 4), so a
 * single step the owner waits on durably is a long-running step, not a saga (review 22 F5).
 */
function sagaOf(s: ScopeWork): SagaDescription | null {
  if (s.works.length < 2) return null;
  const members = s.works.map((w) => w.f);
  const sync = s.works.every(
    (w) =>
      w.f.waits &&
      (w.f.answers.duration === "instant" || w.f.answers.duration === "seconds") &&
      !w.movedBy,
  );
  const atomic = members.some((m) => m.answers.undo === "atomic");
  const nameOf = (isSync: boolean, isAtomic: boolean): SagaName =>
    isSync ? (isAtomic ? "Epic" : "Fairy Tale") : isAtomic ? "Fantasy Fiction" : "Parallel";
  const name = nameOf(sync, atomic);
  const alternative =
    !atomic && members.some((m) => m.answers.undo === "compensate") ? nameOf(sync, true) : null;
  const communication = sync ? "sync" : "async";
  const consistency = atomic ? "atomic" : "eventual";
  let why = `A ${name} saga (${communication}, ${consistency}, orchestrated): ${SAGA_TRADEOFFS[name]}.`;
  if (alternative) {
    why += ` Read as all-or-nothing through compensation, Hard Parts would call it ${alternative}.`;
  }
  return { name, alternative, communication, consistency, coordination: "orchestrated", why };
}

function scopeResultOf(s: ScopeWork, all: ScopeWork[]): ScopeResult {
  const r = s.result;
  const form = formOf(r)!;
  // Nested: the scope's transaction starts with a step of another scope (that scope's id is
  // smaller, since its step comes earlier than this scope's members).
  const parent = s.trigger ? all.find((p) => p !== s && p.works.includes(s.trigger!)) : undefined;
  const flags: MapFlag[] = [];
  const teams = new Set(
    s.participants.filter((p) => p.kind === "service" && p.team).map((p) => p.team),
  );
  if (teams.size >= 4) {
    flags.push({
      id: "scope-spans-teams",
      severity: SEVERITY["scope-spans-teams"],
      why: sentences.scopeSpansTeams(s.owner, teams.size),
    });
  }
  return {
    id: s.id,
    owner: s.owner.id,
    ownerTeam: s.owner.team ?? null,
    members: s.works.map((w) => w.f.id),
    participants: s.participants.map((p) => p.id),
    parent: parent?.id ?? null,
    why: s.why,
    reason: s.reason,
    saga: sagaOf(s),
    form,
    flags,
    derived: s.derived,
    derivedCode: r.code,
    oneFlow: {
      verdict: r.verdict,
      hybrid: [...r.hybrid],
      confidenceLevel: r.confidenceLevel,
      implementation: r.implementation.map((i) => i.id),
      notes: r.notes.map((n) => ({ id: n.id, why: n.why })),
      gates: r.gates.map((g) => ({ id: g.id, severity: g.severity })),
      tools: r.tools.filter((t) => t.implementation === form).map((t) => ({ ...t })),
      ...(r.current ? { current: { ...r.current } } : {}),
    },
  };
}

// ---------------------------------------------------------------------- 6.4 Transport

function transportOf(w: Work) {
  transportRule(w);
  deliveryOf(w);
}

function transportRule(w: Work) {
  const f = w.f;
  const hit = (rule: MapRuleId, transport: Transport, sentence: string) => {
    w.transport = transport;
    w.hits.push({ rule, sentence });
  };
  if (w.kind === "reply") {
    w.transport = w.request!.transport;
    return;
  }
  if (w.local) return hit("T1", "in-process", sentences.C4(f));
  if (w.scope) {
    const sentence = sentences.member(
      f,
      w.scope.owner,
      w.scope.id,
      w.movedBy !== null,
      candidateAnswers(w),
    );
    w.hits.push({ rule: "S5", sentence });
    return hit("T2", "activity", sentence);
  }
  if (w.kind === "event") return hit("T3", "broker", w.kindSentence);
  if (f.from.kind !== "service") return hit("T4", "sync-call", sentences.T4(f));
  if (w.kind === "query") {
    return f.long || !f.waits
      ? hit("T5", "queue", sentences.T5queue())
      : hit("T5", "sync-call", sentences.T5sync());
  }
  if (f.waits && !f.long) return hit("T6", "sync-call", sentences.T6(f));
  return hit("T7", "queue", sentences.T7(f));
}

/**
 * T8 (MAP.md §6.4): a person reads no broker or queue, and another company's system does not
 * subscribe to ours (review 22 F2). The transport stays what T1–T7 gave (the mechanism on your
 * side); `delivery` says how the hand-off reaches the receiver. Replies and hand-offs kept local
 * have none.
 */
function deliveryOf(w: Work) {
  const f = w.f;
  if (w.kind === "reply" || w.local) return;
  const hit = (delivery: Delivery, sentence: string) => {
    w.delivery = delivery;
    w.hits.push({ rule: "T8", sentence });
  };
  if (f.to.kind === "person") {
    if (w.kind === "event") hit("notification", sentences.T8.notification(f));
    else hit("user-task", sentences.T8.userTask(f, w.scope ? w.scope.owner : null));
  } else if (f.to.kind === "external") {
    if (w.kind === "event") hit("webhook", sentences.T8.webhook(f));
    else hit("partner-api", sentences.T8.partnerApi(f, w.transport));
  }
}

/**
 * The rules that set a kind, transport or scope: a hand-off's reason is the last of them (§6).
 * T8 sets none of them (it says how the hand-off reaches a person or a partner), so the page and
 * the ADR show its sentence beside the reason.
 */
const REASON_RULES = new Set<MapRuleId>(
  MAP_RULE_IDS.filter((id) => !["S1", "S2", "S3", "S4", "S6", "T8"].includes(id)),
);

function reasonOf(hits: RuleHit[]): string {
  return hits.findLast((h) => REASON_RULES.has(h.rule))?.sentence ?? hits[0]!.sentence;
}

const DESCRIBED: Record<string, Transport> = {
  call: "sync-call",
  message: "queue",
  event: "broker",
  workflow: "activity",
};

/**
 * §8 `differs`: whether the recommendation changes how the hand-off is made today; null when
 * today's way is not decided. For a scope's member, a call or a queued message stays the same
 * call or message inside the owner's workflow step (§6.4: inside an activity they are an
 * implementation detail), so it differs only when who holds the state changes: the hand-off is
 * an event today (the receiver reacts on its own), or someone other than the owner sends it today
 * (C2, C3); a reply keeps answering the owner's step as it does. Review 22 F9,
 * CONTRACT-NOTES.md item 12.
 */
function differsOf(w: Work): boolean | null {
  const current = w.f.answers.current;
  const described = DESCRIBED[current];
  if (!described) return null;
  if (
    (w.delivery === "notification" || w.delivery === "user-task" || w.delivery === "webhook") &&
    !w.scope &&
    (current === "call" || current === "message")
  ) {
    // How the sender reaches a person's inbox or a partner's endpoint (an email provider's API,
    // a send queue, the HTTP call that is a webhook) is its own detail: T8's delivery is the
    // recommendation (review 22, A3). A partner's API called in the request path rather than
    // from a worker still differs.
    return false;
  }
  if (w.scope && w.transport === "activity" && (current === "call" || current === "message")) {
    // A reply (a webhook) still answers the owner's step the same way.
    return w.kind !== "reply" && w.f.from.id !== w.scope.owner.id;
  }
  return described !== w.transport;
}

// ------------------------------------------------------------------- 6.5 Compensation

function compensationOf(w: Work): { by: string | null; sentence: string | null } {
  const f = w.f;
  const undo = f.answers.undo;
  if (
    (undo === "compensate" || undo === "atomic") &&
    (w.kind === "command" || w.kind === "event")
  ) {
    if (w.scope)
      return {
        by: w.scope.owner.id,
        // The scope's last step has no later step to fail (new user review 4, N7).
        sentence: sentences.compensation.owner(w.scope.owner, f, w.scope.works.at(-1) === w),
      };
    if (w.local) return { by: f.from.id, sentence: sentences.compensation.sender(f) };
    // Another company's system hears none of our failure events: the sender, which asked for the
    // work, calls the receiver's undo (a void, a refund, a cancellation). CONTRACT-NOTES.md.
    if (f.to.kind === "external") {
      return { by: f.from.id, sentence: sentences.compensation.external(f) };
    }
    return { by: f.to.id, sentence: sentences.compensation.receiver(f) };
  }
  if (undo === "pivot") return { by: null, sentence: sentences.compensation.pivot(f) };
  if (undo === "retry") return { by: null, sentence: sentences.compensation.retry(f) };
  return { by: null, sentence: null };
}

// -------------------------------------------------------------------------- 6.6 Flags

function flagsOf(works: Work[], compensation: Map<Work, { by: string | null }>) {
  // A scope's step is an activity of its owner's workflow, not a hop of a call chain: the owner
  // holds its state, retries it and times it out, so its failure no longer cascades to the caller
  // (CONTRACT-NOTES.md). It also breaks the chain it sits on.
  const callLike = (x: Work) =>
    x.kind !== "reply" &&
    x.scope === null &&
    (x.f.answers.current === "call" ||
      ((x.f.answers.current === "not-decided" || x.f.answers.current === "unsure") &&
        x.transport === "sync-call"));
  for (const w of works) {
    if (!callLike(w)) continue;
    const path = pathThrough(w, works, callLike);
    if (path.length >= 3) w.flags.set("sync-chain", sentences.syncChain(path.map((x) => x.f.id)));
  }
  for (const w of works) {
    // Only a service of yours has a transaction to write an outbox in (new user review 4, N5).
    if (w.f.answers.together !== "yes" || w.f.from.kind !== "service") continue;
    if (w.transport === "broker" || w.transport === "queue") {
      w.flags.set("outbox", sentences.outbox(w.f));
    } else if (w.kind !== "reply" && w.scope && formOf(w.scope.result) === "in-process") {
      // A persisted state machine in the owner's service records the step and sends the command
      // in one local transaction: that needs a transactional outbox as much as an event does
      // (Richardson ch. 4). A workflow engine records the step in its own history and retries
      // the activity, so durable-execution and process-engine members raise no outbox flag
      // (CONTRACT-NOTES.md item 10).
      w.flags.set("outbox", sentences.outboxMember(w.f, w.scope.owner));
    }
  }
  const rootOf = (w: Work): Work => {
    let r = w;
    while (r.chainParent) r = r.chainParent;
    return r;
  };
  const groups = new Map<Work, Work[]>();
  for (const w of works) {
    if (w.kind === "reply" || w.scope || compensation.get(w)!.by !== w.f.to.id) continue;
    const root = rootOf(w);
    groups.set(root, [...(groups.get(root) ?? []), w]);
  }
  for (const [root, group] of groups) {
    if (group.length < 2) continue;
    const chain = works.filter((x) => x.kind !== "reply" && rootOf(x) === root);
    const first = chain.find((x) => x.f.from.kind === "service")?.f.from ?? group[0]!.f.from;
    const sentence = sentences.choreographedCompensation(group.length, first);
    for (const w of group) w.flags.set("choreographed-compensation", sentence);
  }
}

function mapFlagsOf(handoffs: HandoffResult[], scopes: ScopeResult[]): MapFlagSummary[] {
  const out: MapFlagSummary[] = [];
  for (const id of MAP_FLAG_IDS) {
    const on = handoffs.filter((h) => h.flags.some((f) => f.id === id)).map((h) => h.id);
    for (const s of scopes) {
      if (s.flags.some((f) => f.id === id)) on.push(...s.members.filter((m) => !on.includes(m)));
    }
    if (on.length) out.push({ id, severity: SEVERITY[id], handoffs: on });
  }
  return out;
}

// ---------------------------------------------------------------------- 6.8 Map level

/**
 * A command one of your services sends another directly, outside any scope and not kept local: a
 * call or a queued command. Newman (_Building Microservices_ 2nd ed., ch. 6) counts a service
 * telling others what to do as orchestration, with or without an engine (review 22 F8). Commands
 * to a person or another company, and requests from clients, coordinate none of your services.
 */
const directCommand = (w: Work) =>
  w.kind === "command" &&
  w.scope === null &&
  !w.local &&
  w.f.from.kind === "service" &&
  w.f.to.kind === "service";

/**
 * §6.8 `style`: `hybrid` when there are scopes and events between your services, `orchestration`
 * for scopes alone, `choreography` when services only react to each other's events (no scope and
 * no direct command between services), and `direct` otherwise: services call or queue commands to
 * each other, alongside any events, or nothing needs coordinating. An event to a person or
 * another company's system is a notification or a webhook, not choreography between services.
 */
function styleOf(hasScopes: boolean, works: Work[]): MapStyle {
  const serviceEvents = works.some((w) => w.kind === "event" && w.f.to.kind === "service");
  if (hasScopes) return serviceEvents ? "hybrid" : "orchestration";
  return serviceEvents && !works.some(directCommand) ? "choreography" : "direct";
}

function summaryOf(
  scopes: ScopeResult[],
  works: Work[],
  participants: Participant[],
  flagCount: number,
): string {
  const name = (id: string) => participants.find((p) => p.id === id)!.name;
  const label = (id: string) => works.find((w) => w.f.id === id)!.f.label;
  const labels = (ws: Work[]) => [...new Set(ws.map((w) => w.f.label))];
  const parts: string[] = [];
  for (const s of scopes) {
    const steps = [...new Set(s.members.map(label))].join(", ");
    parts.push(
      s.saga
        ? `Orchestrate ${steps} in ${s.saga.name === "Epic" ? "an" : "a"} ${s.saga.name} saga owned by ${name(s.owner)} (${SHORT_FORM_WORDS[s.form]}).`
        : `Run ${steps} as a long-running step owned by ${name(s.owner)} (${SHORT_FORM_WORDS[s.form]}).`,
    );
  }
  const outside = works.filter((w) => w.kind !== "reply" && w.scope === null && !w.local);
  const events = labels(outside.filter((w) => w.kind === "event" && w.delivery === null));
  if (events.length)
    parts.push(`Publish ${events.join(", ")} as ${events.length === 1 ? "an event" : "events"}.`);
  // Per receiver, in order of first appearance: what reaches a person or another company.
  const byReceiver = (delivery: Delivery, say: (to: string, what: string) => string) => {
    const ws = outside.filter((w) => w.delivery === delivery);
    for (const to of [...new Set(ws.map((w) => w.f.to.id))]) {
      parts.push(say(name(to), labels(ws.filter((w) => w.f.to.id === to)).join(", ")));
    }
  };
  byReceiver("notification", (to, what) => `Notify ${to}: ${what}.`);
  byReceiver("user-task", (to, what) => `Ask ${to} to act on: ${what}.`);
  byReceiver("webhook", (to, what) => `Send ${to} a webhook: ${what}.`);
  byReceiver("partner-api", (to, what) => `Call ${to}'s API: ${what}.`);
  const direct = outside.filter(directCommand);
  const calls = labels(direct.filter((w) => w.transport === "sync-call"));
  const queued = labels(direct.filter((w) => w.transport === "queue"));
  if (calls.length) parts.push(`Call directly: ${calls.join(", ")}.`);
  if (queued.length) parts.push(`Queue directly: ${queued.join(", ")}.`);
  if (parts.length === 0) {
    parts.push("Nothing to coordinate: each hand-off is a request from outside or a query.");
  }
  parts.push(flagCount === 0 ? "No flags." : `${flagCount} ${flagCount === 1 ? "flag" : "flags"}.`);
  return parts.join(" ");
}
