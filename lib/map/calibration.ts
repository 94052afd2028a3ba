/**
 * The calibration maps (lib/map/scenarios/, the repository's copy of the project's map scenarios) and the
 * checker of their `expect` blocks (format: lib/map/scenarios/README.md). Test support: reads files,
 * so it is not part of `lib/map/index.ts`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { MapResult } from "./types";

export const MAP_SCENARIO_DIR = join(process.cwd(), "lib", "map", "scenarios");

type OneOrMany<T> = T | T[];

export interface MapExpect {
  handoffs?: Record<
    string,
    {
      kind?: OneOrMany<string>;
      transport?: OneOrMany<string>;
      inScope?: boolean;
      sameScopeAs?: OneOrMany<string>;
      notSameScopeAs?: OneOrMany<string>;
      orchestratedBy?: OneOrMany<string>;
      compensatedBy?: OneOrMany<string | null>;
      flags?: string[];
      absentFlags?: string[];
      /** Words the hand-off's reason must hold, and words it must not (in-repo maps only). */
      reasonIncludes?: string[];
      reasonExcludes?: string[];
    }
  >;
  map?: {
    scopes?: number | { min?: number; max?: number };
    style?: OneOrMany<string>;
    pattern?: OneOrMany<string>;
    flags?: string[];
    absentFlags?: string[];
  };
  scopes?: {
    contains: string;
    owner?: OneOrMany<string>;
    saga?: OneOrMany<string>;
    form?: OneOrMany<string>;
    members?: number;
  }[];
}

export interface MapScenario {
  file: string;
  name: string;
  basis: string;
  input: unknown;
  expect: MapExpect;
}

/** Every calibration map in a folder (the in-repo copy by default), sorted by file name. */
export function loadMapScenarios(dir: string = MAP_SCENARIO_DIR): MapScenario[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(dir, file), "utf8")) }));
}

const list = <T>(v: OneOrMany<T>): T[] => (Array.isArray(v) ? v : [v]);

/**
 * Every way a result misses a calibration map's expectations, one sentence each; empty when it
 * meets them all.
 */
export function mapScenarioFailures(result: MapResult, expect: MapExpect): string[] {
  const out: string[] = [];
  const anyOf = (what: string, actual: unknown, expected: OneOrMany<unknown> | undefined) => {
    if (expected !== undefined && !list<unknown>(expected as unknown[]).includes(actual)) {
      out.push(`${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    }
  };
  const byId = new Map(result.handoffs.map((h) => [h.id, h]));
  for (const [id, e] of Object.entries(expect.handoffs ?? {})) {
    const h = byId.get(id);
    if (!h) {
      out.push(`hand-off ${id} is missing`);
      continue;
    }
    anyOf(`${id}.kind`, h.kind, e.kind);
    anyOf(`${id}.transport`, h.transport, e.transport);
    if (e.inScope !== undefined && (h.scopeId !== null) !== e.inScope) {
      out.push(
        `${id} is ${h.scopeId ? `in scope ${h.scopeId}` : "in no scope"}, expected inScope ${e.inScope}`,
      );
    }
    for (const other of e.sameScopeAs === undefined ? [] : list(e.sameScopeAs)) {
      if (h.scopeId === null || byId.get(other)?.scopeId !== h.scopeId) {
        out.push(`${id} (scope ${h.scopeId}) is not in the same scope as ${other}`);
      }
    }
    for (const other of e.notSameScopeAs === undefined ? [] : list(e.notSameScopeAs)) {
      if (h.scopeId !== null && byId.get(other)?.scopeId === h.scopeId) {
        out.push(`${id} shares scope ${h.scopeId} with ${other}`);
      }
    }
    anyOf(`${id}.orchestratedBy`, h.orchestratedBy, e.orchestratedBy);
    anyOf(`${id}.compensatedBy`, h.compensatedBy, e.compensatedBy);
    const flags = h.flags.map((f) => f.id as string);
    for (const f of e.flags ?? []) if (!flags.includes(f)) out.push(`${id} lacks flag ${f}`);
    for (const f of e.absentFlags ?? []) if (flags.includes(f)) out.push(`${id} has flag ${f}`);
    for (const words of e.reasonIncludes ?? []) {
      if (!h.reason.includes(words)) out.push(`${id}'s reason lacks "${words}": ${h.reason}`);
    }
    for (const words of e.reasonExcludes ?? []) {
      if (h.reason.includes(words)) out.push(`${id}'s reason says "${words}": ${h.reason}`);
    }
  }
  const m = expect.map;
  if (m) {
    const n = result.scopes.length;
    if (typeof m.scopes === "number" && n !== m.scopes)
      out.push(`${n} scopes, expected ${m.scopes}`);
    if (
      typeof m.scopes === "object" &&
      (n < (m.scopes.min ?? 0) || n > (m.scopes.max ?? Infinity))
    ) {
      out.push(`${n} scopes, expected ${JSON.stringify(m.scopes)}`);
    }
    anyOf("style", result.style, m.style);
    anyOf("pattern", result.pattern, m.pattern);
    const flags = result.flags.map((f) => f.id as string);
    for (const f of m.flags ?? []) if (!flags.includes(f)) out.push(`the map lacks flag ${f}`);
    for (const f of m.absentFlags ?? []) if (flags.includes(f)) out.push(`the map has flag ${f}`);
  }
  for (const e of expect.scopes ?? []) {
    const s = result.scopes.find((x) => x.members.includes(e.contains));
    if (!s) {
      out.push(`no scope contains ${e.contains}`);
      continue;
    }
    anyOf(`the scope of ${e.contains}: owner`, s.owner, e.owner);
    anyOf(`the scope of ${e.contains}: saga`, s.saga?.name ?? null, e.saga);
    anyOf(`the scope of ${e.contains}: form`, s.form, e.form);
    if (e.members !== undefined && s.members.length !== e.members) {
      out.push(`the scope of ${e.contains} has ${s.members.length} members, expected ${e.members}`);
    }
  }
  return out;
}
