import { upstreamScenarioDir } from "../testing/scenarios";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMapScenarios, MAP_SCENARIO_DIR, mapScenarioFailures } from "./calibration";
import { decodeMap, mapResult, validateMap } from "./index";
import { loadConfigFile, withOrganisation } from "../organisation";
import { buildResult } from "../result";
import { decode } from "../share";
import { mapWithOrganisation } from "./organisation";

const scenarios = loadMapScenarios();

describe("calibration maps (lib/map/scenarios)", () => {
  it("finds the calibration maps", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
  });

  for (const scenario of scenarios) {
    it(`${scenario.file}: ${scenario.name}`, () => {
      const valid = validateMap(scenario.input);
      expect(valid.ok, JSON.stringify(valid)).toBe(true);
      if (!valid.ok) return;
      const result = mapResult(valid.map);
      expect(mapScenarioFailures(result, scenario.expect)).toEqual([]);
      // The same result through its code, as the page, the API and the CLI get it.
      const decoded = decodeMap(result.code);
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(mapResult(decoded.map)).toEqual(result);
    });
  }
});

describe("the calibration checker", () => {
  it("reports each kind of miss", () => {
    const valid = validateMap(scenarios.find((s) => s.file.startsWith("checkout"))!.input);
    if (!valid.ok) throw new Error("checkout map is invalid");
    const result = mapResult(valid.map);
    const failures = mapScenarioFailures(result, {
      handoffs: {
        place: { kind: "event", transport: "broker", inScope: true, flags: ["pinball"] },
        ticket: { notSameScopeAs: "authorize", compensatedBy: null, absentFlags: [] },
        notified: {
          sameScopeAs: "ticket",
          absentFlags: ["outbox"],
          reasonIncludes: ["must act on it"],
          reasonExcludes: ["decides whether to act"],
        },
        nope: {},
      },
      map: {
        scopes: 2,
        style: "direct",
        pattern: "x",
        flags: ["sync-chain"],
        absentFlags: ["outbox"],
      },
      scopes: [
        { contains: "place" },
        { contains: "ticket", owner: "app", saga: "Epic", form: "in-process", members: 1 },
      ],
    });
    expect(failures).toHaveLength(21);
  });
});

describe("the in-repo copy of the calibration maps", () => {
  const upstream = upstreamScenarioDir("map-scenarios");
  // Skips on a user's machine, where no upstream folder sits beside the clone. Maps added in the
  // repository alone (for rules the repository fixed ahead of the contract, CONTRACT-NOTES.md)
  // are not upstream: the copy holds every upstream file unchanged, and may hold more.
  it.runIf(upstream !== undefined)("holds every upstream file, unchanged", () => {
    const files = (dir: string) => readdirSync(dir).sort();
    const local = files(MAP_SCENARIO_DIR);
    for (const file of files(upstream!)) {
      expect(local, file).toContain(file);
      expect(readFileSync(join(MAP_SCENARIO_DIR, file), "utf8"), file).toBe(
        readFileSync(join(upstream!, file), "utf8"),
      );
    }
    // A file only the repository has is deliberate: CONTRACT-NOTES.md names it. (So a map
    // removed upstream doesn't linger here unnoticed.)
    const notes = readFileSync(join(MAP_SCENARIO_DIR, "..", "CONTRACT-NOTES.md"), "utf8");
    for (const file of local.filter((f) => !files(upstream!).includes(f))) {
      expect(notes, file).toContain(file);
    }
  });
});

describe("S6, tools: a scope card never contradicts its one-flow result (new-user review 2, item 11)", () => {
  // MAP.md §7.2 item 2: the card lists the one-flow result's tools for the scope's form. The linked
  // page lists every form's tools and the practices, so the card is that list restricted to the
  // form (and the organisation's paved road for it), in the page's order, and drops none of them.
  const loaded = loadConfigFile(join(process.cwd(), "examples", "baton.config.json"));
  if (!loaded.ok) throw new Error(loaded.message);
  for (const config of [undefined, loaded.value.config]) {
    it(`every calibration map's scope, ${config ? "with the example organisation config" : "without a config"}`, () => {
      let scopes = 0;
      for (const scenario of scenarios) {
        const valid = validateMap(scenario.input);
        if (!valid.ok) throw new Error(scenario.file);
        for (const scope of mapWithOrganisation(mapResult(valid.map), config).scopes) {
          scopes++;
          const decoded = decode(scope.derivedCode);
          if (!decoded.ok) throw new Error(decoded.message);
          // What /r/<derivedCode> shows: the same overlay on the same model's result.
          const page = withOrganisation(
            buildResult({
              model: decoded.model,
              flow: scope.derived.flow,
              answers: decoded.answers,
            }),
            config,
          ).tools;
          const at = `${scenario.file} ${scope.id}`;
          const card = scope.oneFlow.tools.map((t) => t.name);
          const pageNames = page.map((t) => t.name);
          // Nothing on the card that the page lacks, and in the page's order.
          expect(
            card.every((n) => pageNames.includes(n)),
            at,
          ).toBe(true);
          expect(card, at).toEqual(pageNames.filter((n) => card.includes(n)));
          // Every tool the page gives for the scope's form is on the card (Temporal included).
          for (const t of page.filter((x) => x.implementation === scope.form))
            expect(card, at).toContain(t.name);
          // And the card holds nothing else but the organisation's own tools for that form.
          for (const t of scope.oneFlow.tools)
            expect(
              t.implementation === scope.form || t.source === "organisation",
              `${at} ${t.name}`,
            ).toBe(true);
        }
      }
      expect(scopes).toBeGreaterThanOrEqual(10);
    });
  }

  it("shows Temporal on the checkout's durable-execution card, as its one-flow result does", () => {
    const valid = validateMap(scenarios.find((s) => s.file.startsWith("checkout"))!.input);
    if (!valid.ok) throw new Error("checkout map is invalid");
    const [scope] = mapResult(valid.map).scopes;
    expect(scope!.form).toBe("durable-execution");
    expect(scope!.oneFlow.tools.map((t) => t.name)).toContain("Temporal");
  });
});
