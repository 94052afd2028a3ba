import { describe, expect, it } from "vitest";
import { buildResult } from "../result";
import { QUESTIONS, type Answers, type ImplementationId } from "../scoring";
import { scenarioAnswers } from "../testing/scenarios";
import { loadConfigFile } from "./load";
import { defaultAnswersOf, guidanceFor, withOrganisation } from "./result";
import type { OrganisationConfig } from "./schema";
import { applyPavedRoad, type SourcedTool } from "./tools";

const tool = (
  name: string,
  kind: SourcedTool["kind"],
  implementation?: ImplementationId,
): SourcedTool => ({
  name,
  kind,
  why: `why ${name}`,
  url: `https://public.example/${name.replace(/\W+/g, "-")}`,
  ...(implementation ? { implementation } : {}),
});

const paved = (name: string, kind: SourcedTool["kind"], extra: object = {}) => ({
  name,
  kind,
  why: `ours: ${name}`,
  url: `https://wiki.acme.example/${name.replace(/\W+/g, "-")}`,
  ...extra,
});

const example = (() => {
  const loaded = loadConfigFile("examples/baton.config.json");
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.value.config;
})();

// A long-running, audited, one-team flow: the loan-origination calibration scenario.
const orchestrated = {
  ...scenarioAnswers("m2-loan-origination.json"),
  platform: "kubernetes",
  messaging: "kafka",
} as Answers;

describe("applyPavedRoad (model 1: no implementation forms)", () => {
  const catalogue = [
    tool("Temporal", "engine"),
    tool("Camunda 8 (Zeebe)", "engine"),
    tool("Dapr Workflow", "engine"),
    tool("Transactional outbox", "practice"),
  ];

  it("lists a fitting paved-road engine first, drops what it replaces and what is excluded", () => {
    const out = applyPavedRoad(catalogue, [], {
      pavedRoad: [paved("Temporal at Acme", "engine", { replaces: ["temporal"] })],
      exclude: [{ name: "camunda", reason: "licence" }],
    });
    expect(out.map((t) => [t.name, t.source])).toEqual([
      ["Temporal at Acme", "organisation"],
      ["Dapr Workflow", "catalogue"],
      ["Transactional outbox", "catalogue"],
    ]);
  });

  it("leaves out a paved-road tool whose kind the result doesn't suggest", () => {
    const out = applyPavedRoad(catalogue, [], { pavedRoad: [paved("Acme Kafka", "broker")] });
    expect(out.some((t) => t.name === "Acme Kafka")).toBe(false);
    expect(out.every((t) => t.source === "catalogue")).toBe(true);
  });

  it("never lets an exclusion remove the organisation's own tool", () => {
    const out = applyPavedRoad(catalogue, [], {
      pavedRoad: [paved("Temporal at Acme", "engine")],
      exclude: [{ name: "Temporal", reason: "use ours" }],
    });
    expect(out.map((t) => t.name)).toEqual([
      "Temporal at Acme",
      "Camunda 8 (Zeebe)",
      "Dapr Workflow",
      "Transactional outbox",
    ]);
  });

  it("keeps the catalogue's order and fields, adding only source", () => {
    const out = applyPavedRoad(catalogue, [], {});
    expect(out).toEqual(catalogue.map((t) => ({ ...t, source: "catalogue" })));
  });
});

describe("applyPavedRoad (model 2: implementation forms)", () => {
  const catalogue = [
    tool("A code-level state machine", "practice", "in-process"),
    tool("Temporal", "engine", "durable-execution"),
    tool("Apache Kafka", "broker", "event-broker"),
  ];

  it("lists a paved-road tool only when it serves one of the result's forms", () => {
    const config = {
      pavedRoad: [
        paved("Acme Camunda", "engine", { serves: ["process-engine"] }),
        paved("Acme Temporal", "engine", { serves: ["durable-execution"] }),
      ],
    };
    const out = applyPavedRoad(catalogue, ["in-process", "durable-execution"], config);
    expect(out.filter((t) => t.source === "organisation").map((t) => t.name)).toEqual([
      "Acme Temporal",
    ]);
  });

  it("orders paved-road tools by the result's implementation order, then by config order", () => {
    const config = {
      pavedRoad: [
        paved("Acme Kafka", "broker", { serves: ["event-broker"] }),
        paved("Acme Temporal", "engine", { serves: ["durable-execution"] }),
        paved("Acme Rabbit", "broker", { serves: ["event-broker"] }),
      ],
    };
    const out = applyPavedRoad(catalogue, ["durable-execution", "event-broker"], config);
    expect(out.slice(0, 3).map((t) => t.name)).toEqual([
      "Acme Temporal",
      "Acme Kafka",
      "Acme Rabbit",
    ]);
  });
});

describe("withOrganisation", () => {
  it("returns the very same result without a config, so outputs stay byte for byte", () => {
    const result = buildResult({ answers: orchestrated });
    expect(withOrganisation(result, undefined)).toBe(result);
    expect(JSON.stringify(result)).not.toContain('"source"');
  });

  it("changes only tools: score, verdict, gates and flips are the model's", () => {
    const result = buildResult({ answers: orchestrated });
    const applied = withOrganisation(result, example);
    const { tools: before, ...restBefore } = result;
    const { tools: after, ...restAfter } = applied;
    expect(restAfter).toEqual(restBefore);
    expect(after).not.toEqual(before);
  });

  it("with the example config, an orchestration result leads with the paved-road engine and never names an excluded tool", () => {
    for (const platform of ["kubernetes", "aws", "azure", "gcp", "vms-on-prem", "mixed"] as const) {
      const result = withOrganisation(
        buildResult({ answers: { ...orchestrated, platform } }),
        example,
      );
      expect(result.verdict).toBe("orchestration");
      expect(result.tools[0]).toMatchObject({
        name: "Temporal at temporal.acme.example",
        source: "organisation",
      });
      const names = result.tools.map((t) => t.name).join(" | ");
      expect(names).not.toMatch(/Step Functions|Camunda/);
      expect(
        result.tools.every((t) => t.source === "organisation" || t.source === "catalogue"),
      ).toBe(true);
    }
  });
});

describe("guidanceFor", () => {
  it("lists the internal links for the gates, patterns and questions of this result, each once", () => {
    const result = buildResult({ answers: { ...orchestrated, "workflow-engine": "cannot-run" } });
    const items = guidanceFor(result, example);
    const gates = result.gates.map((g) => g.id);
    expect(gates).toContain("orchestration-needs-engine");
    expect(items.map((i) => i.title)).toEqual(
      expect.arrayContaining([
        "Getting a Temporal namespace at Acme",
        "Acme's guide to data ownership and sagas",
      ]),
    );
    expect(new Set(items.map((i) => i.url)).size).toBe(items.length);
    expect(items[0]!.about).toBe("warning \u201corchestration-needs-engine\u201d");
  });

  it("is empty without a config or without guidance", () => {
    const result = buildResult({ answers: orchestrated });
    expect(guidanceFor(result, undefined)).toEqual([]);
    expect(guidanceFor(result, { organisation: { name: "Acme" } })).toEqual([]);
  });
});

describe("defaultAnswersOf", () => {
  it("pre-fills the context answers the current model asks, and skips the others", () => {
    const config: OrganisationConfig = {
      organisation: { name: "Acme" },
      defaults: { platform: "kubernetes", messaging: "kafka", volume: "1-100" },
    };
    const answers = defaultAnswersOf(config) as Record<string, string>;
    expect(answers.platform).toBe("kubernetes");
    expect(answers.messaging).toBe("kafka");
    // Model 1 has no volume question: the default waits for a model that asks it.
    expect("volume" in answers).toBe(QUESTIONS.some((q) => (q.id as string) === "volume"));
  });
});
