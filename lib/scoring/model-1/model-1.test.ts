import { describe, expect, it } from "vitest";
import type { Answers } from "../questions";
import { recommend as recommendWith } from "../recommend";
import { totalWeightOf } from "../score";
import { MODEL_V1 } from ".";

// Model 1's own behaviour, frozen: every call here scores with model 1.
const recommend = (answers: Answers) => recommendWith(answers, MODEL_V1);
const QUESTIONS = MODEL_V1.questions;
const SCORED_QUESTIONS = QUESTIONS.filter((q) => q.dimension !== "context");
const TOTAL_WEIGHT = totalWeightOf(MODEL_V1);

describe("model 1's data", () => {
  it("has 17 scored and 2 context questions with unique ids", () => {
    expect(SCORED_QUESTIONS).toHaveLength(17);
    expect(QUESTIONS).toHaveLength(19);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(19);
  });

  it("weights add up to 18", () => {
    expect(TOTAL_WEIGHT).toBe(18);
  });

  it("keeps the share-code order of SPEC §2.1", () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual([
      "participants",
      "control-flow",
      "side-effects",
      "flow-change-rate",
      "participant-churn",
      "consistency",
      "visibility",
      "duration",
      "latency",
      "outcome-ownership",
      "observability",
      "event-practices",
      "workflow-engine",
      "testing-release",
      "teams",
      "end-to-end-owner",
      "bounded-contexts",
      "platform",
      "messaging",
    ]);
  });

  it("never lists unsure as an option", () => {
    for (const q of QUESTIONS) expect(q.options.map((o) => o.id)).not.toContain("unsure");
  });
});

describe("score and verdict", () => {
  it("scores nothing answered as 0, hybrid, zero confidence, and too early to say", () => {
    const r = recommend({});
    expect(r.score).toBe(0);
    expect(r.verdict).toBe("hybrid");
    expect(r.confidence).toBe(0);
    expect(r.insufficient).toBe(true);
    expect(r.hybrid).toEqual([]);
    expect(r.ask.slice(0, 4)).toEqual(["control-flow", "consistency", "visibility", "duration"]);
  });

  it("multiplies points by weight and sums per dimension", () => {
    const r = recommend({ consistency: "near-atomic", teams: "seven-plus", participants: "two" });
    expect(r.contributions.find((c) => c.question === "consistency")).toEqual({
      question: "consistency",
      answer: "near-atomic",
      points: 3,
      weight: 1.5,
      weighted: 4.5,
    });
    expect(r.score).toBe(4.5 - 3 - 1);
    expect(r.dimensions).toEqual({
      topology: -1,
      coordination: 4.5,
      operations: 0,
      organisation: -3,
    });
    expect(r.contributions).toHaveLength(17);
  });

  it("treats a score of exactly +6 as orchestration and -6 as choreography", () => {
    expect(
      recommend({ "control-flow": "branches-and-joins", consistency: "multi-step-compensation" })
        .verdict,
    ).toBe("orchestration");
    expect(recommend({ "control-flow": "linear", consistency: "fire-and-forget" }).verdict).toBe(
      "choreography",
    );
    expect(
      recommend({
        "control-flow": "branches-and-joins",
        consistency: "multi-step-compensation",
        latency: "interactive",
      }).verdict,
    ).toBe("hybrid");
  });

  it("turns orchestration into hybrid when a strong choreography signal is present", () => {
    const base: Answers = {
      "control-flow": "dynamic",
      duration: "days-or-human",
      visibility: "regulated-audit",
    };
    expect(recommend(base).verdict).toBe("orchestration");
    const r = recommend({ ...base, "bounded-contexts": "many-independent" });
    expect(r.score).toBeGreaterThanOrEqual(6);
    expect(r.verdictByThreshold).toBe("orchestration");
    expect(r.verdict).toBe("hybrid");
  });

  it("turns choreography into hybrid when a strong orchestration signal is present", () => {
    const base: Answers = {
      "side-effects": "many-growing",
      teams: "seven-plus",
      "bounded-contexts": "many-independent",
    };
    expect(recommend(base).verdict).toBe("choreography");
    expect(recommend({ ...base, duration: "hours" }).verdict).toBe("hybrid");
  });

  it("ignores unknown option ids as if unsure", () => {
    const r = recommend({ teams: "nine" } as unknown as Answers);
    expect(r.contributions.find((c) => c.question === "teams")?.answer).toBe("unsure");
    expect(r.score).toBe(0);
  });
});

describe("confidence", () => {
  it("is high for a full, one-sided answer set", () => {
    const r = recommend({
      participants: "eight-plus",
      "control-flow": "dynamic",
      "side-effects": "none",
      "flow-change-rate": "monthly",
      "participant-churn": "rare",
      consistency: "near-atomic",
      visibility: "regulated-audit",
      duration: "days-or-human",
      latency: "batch",
      "outcome-ownership": "initiator-decides",
      observability: "sync-tracing",
      "event-practices": "basic-pubsub",
      "workflow-engine": "can-self-host",
      "testing-release": "contract-tests",
      teams: "one",
      "end-to-end-owner": "yes",
      "bounded-contexts": "one",
    });
    expect(r.confidenceDetail.level).toBe("high");
    expect(r.confidence).toBe(1);
  });

  it("is lowered by unsure answers and names coverage as the reason", () => {
    const r = recommend({
      "control-flow": "dynamic",
      duration: "days-or-human",
      consistency: "near-atomic",
    });
    expect(r.confidenceDetail.limitedBy).toBe("coverage");
    expect(r.confidenceDetail.reason).toMatch(/3 of 17/);
    expect(r.confidence).toBeLessThan(0.4);
  });

  it("is lowered by strong pulls both ways", () => {
    const full: Answers = {
      participants: "eight-plus",
      "control-flow": "dynamic",
      "side-effects": "many-growing",
      "flow-change-rate": "monthly",
      "participant-churn": "frequent",
      consistency: "near-atomic",
      visibility: "regulated-audit",
      duration: "days-or-human",
      latency: "hot-path",
      "outcome-ownership": "producer-indifferent",
      observability: "async-tracing",
      "event-practices": "outbox-schema-governance",
      "workflow-engine": "can-self-host",
      "testing-release": "contract-e2e-independent",
      teams: "seven-plus",
      "end-to-end-owner": "no",
      "bounded-contexts": "many-independent",
    };
    const r = recommend(full);
    expect(r.confidenceDetail.factors.coverage).toBe(1);
    expect(r.confidenceDetail.factors.agreement).toBeLessThan(0.7);
    expect(r.confidenceDetail.limitedBy).not.toBe("coverage");
  });
});

describe("gates", () => {
  const ids = (a: Answers) => recommend(a).gates.map((g) => g.id);

  it("warns about hand-rolled orchestration only when orchestration is in play", () => {
    const orchestrated: Answers = {
      "control-flow": "dynamic",
      duration: "days-or-human",
      "workflow-engine": "cannot-run",
    };
    expect(ids(orchestrated)).toContain("orchestration-needs-engine");
    const choreographed: Answers = {
      "control-flow": "linear",
      consistency: "fire-and-forget",
      "side-effects": "many-growing",
      "workflow-engine": "cannot-run",
    };
    expect(recommend(choreographed).verdict).toBe("choreography");
    expect(ids(choreographed)).not.toContain("orchestration-needs-engine");
  });

  it("asks for observability before choreography", () => {
    const a: Answers = {
      "control-flow": "linear",
      consistency: "fire-and-forget",
      observability: "none",
    };
    expect(ids(a)).toContain("choreography-needs-observability");
    expect(
      ids({ ...a, observability: "async-tracing", "event-practices": "idempotent-dlq" }),
    ).not.toContain("choreography-needs-observability");
  });

  it("asks for an owner before orchestration", () => {
    const a: Answers = {
      "control-flow": "dynamic",
      duration: "days-or-human",
      "end-to-end-owner": "no",
    };
    expect(ids(a)).toContain("orchestrator-needs-owner");
  });

  it("flags near-atomic consistency unless the verdict is orchestration", () => {
    expect(ids({ consistency: "near-atomic" })).toContain("async-atomic-choreography");
    expect(
      ids({ consistency: "near-atomic", "control-flow": "dynamic", duration: "days-or-human" }),
    ).not.toContain("async-atomic-choreography");
  });

  it("always notes that Kubernetes is not coordination, and it changes nothing else", () => {
    const a: Answers = { "control-flow": "dynamic" };
    const withK8s = recommend({ ...a, platform: "kubernetes" });
    expect(withK8s.gates).toContainEqual({
      id: "kubernetes-is-not-coordination",
      severity: "info",
    });
    expect(withK8s.score).toBe(recommend(a).score);
  });
});

describe("hybrid advice", () => {
  it("suggests orchestrating the core and choreographing side effects for a checkout-like flow", () => {
    const r = recommend({
      consistency: "multi-step-compensation",
      "control-flow": "branches-and-joins",
      "side-effects": "many-growing",
      "bounded-contexts": "few-related",
      participants: "five-to-seven",
      visibility: "ops-per-instance",
    });
    expect(r.verdict).toBe("hybrid");
    expect(r.hybrid[0]).toBe("orchestrate-core-choreograph-side-effects");
  });

  it("suggests choreographing between domains when the flow spans many of them", () => {
    const r = recommend({
      "bounded-contexts": "many-independent",
      teams: "four-six",
      "control-flow": "branches-and-joins",
      participants: "five-to-seven",
      duration: "hours",
    });
    expect(r.verdict).toBe("hybrid");
    expect(r.hybrid).toContain("choreograph-between-orchestrate-within");
  });
});

describe("flips", () => {
  it("lists the smallest verdict-changing change first, with the margin", () => {
    const r = recommend({
      "control-flow": "branches-and-joins",
      consistency: "multi-step-compensation",
    });
    expect(r.verdict).toBe("orchestration");
    expect(r.margin).toBe(0);
    expect(r.flips[0]).toEqual({
      question: "latency",
      from: "unsure",
      to: "interactive",
      verdict: "hybrid",
      scoreChange: -0.5,
      score: 5.5,
    });
    expect(r.flips).toContainEqual(
      expect.objectContaining({ question: "teams", to: "seven-plus", verdict: "hybrid" }),
    );
  });

  it("never offers unsure or a context question as a flip", () => {
    const r = recommend({
      "control-flow": "branches-and-joins",
      consistency: "multi-step-compensation",
      platform: "aws",
    });
    for (const flip of r.flips) {
      expect(flip.to).not.toBe("unsure");
      expect(["platform", "messaging"]).not.toContain(flip.question);
    }
  });
});

describe("tools", () => {
  it("prefers the platform's managed engine and the broker the team runs", () => {
    const orchestrated = recommend({
      "control-flow": "dynamic",
      duration: "days-or-human",
      platform: "aws",
    });
    expect(orchestrated.tools[0]?.name).toBe("AWS Step Functions");
    const choreographed = recommend({
      "control-flow": "linear",
      consistency: "fire-and-forget",
      messaging: "kafka",
      platform: "kubernetes",
    });
    expect(choreographed.tools.map((t) => t.name)).toContain("Apache Kafka");
    expect(choreographed.tools.some((t) => t.kind === "engine")).toBe(false);
  });

  it("points at the community Conductor, not Netflix's archived repository", () => {
    const r = recommend({
      "control-flow": "dynamic",
      duration: "days-or-human",
      platform: "vms-on-prem",
    });
    const conductor = r.tools.find((t) => t.name.startsWith("Conductor"));
    expect(conductor?.url).toContain("conductor-oss");
  });

  it("suggests a code-level state machine when no engine can run", () => {
    const r = recommend({
      "control-flow": "dynamic",
      duration: "days-or-human",
      "workflow-engine": "cannot-run",
    });
    expect(r.tools[0]?.kind).toBe("practice");
  });
});
