/**
 * JSON Schemas (draft 2020-12) of Map JSON (MAP.md §3) and Map Result JSON (MAP.md §8), for the
 * OpenAPI document. Built from the same `as const` data as the validator, so ids and options exist
 * once; a test validates every calibration map's result against `mapResultJsonSchema`.
 */
import { LIMITS } from "./defaults";
import {
  HANDOFF_QUESTIONS,
  MAP_FLAG_IDS,
  MAP_LEVEL_QUESTIONS,
  MAP_PATTERNS,
  MAP_RULE_IDS,
  ORCHESTRATING_FORMS,
  PARTICIPANT_KINDS,
} from "./types";

type Schema = Record<string, unknown>;

const text = (max: number, min = 0): Schema => ({ type: "string", minLength: min, maxLength: max });
const id: Schema = { type: "string", pattern: LIMITS.idPattern.source };
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: "null" }] });
const answersOf = (questions: readonly { id: string; options: readonly string[] }[]): Schema => ({
  type: "object",
  additionalProperties: false,
  properties: Object.fromEntries(questions.map((q) => [q.id, { enum: ["unsure", ...q.options] }])),
});
const object = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: "object",
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
});

/** Map JSON, the request body of POST /api/v1/map. */
export function mapJsonSchema(): Schema {
  return {
    type: "object",
    additionalProperties: false,
    description:
      "A flow map (MAP.md §3): participants, hand-offs in flow order with six answers each, and map-level answers. Missing answers are unsure. All distinct text at most 1,000 UTF-8 bytes.",
    required: ["participants", "handoffs"],
    properties: {
      map: { const: 1, description: "Map model; the current one when absent." },
      name: text(LIMITS.nameLength),
      participants: {
        type: "array",
        minItems: LIMITS.participants.min,
        maxItems: LIMITS.participants.max,
        items: {
          type: "object",
          additionalProperties: false,
          required: ["id", "name"],
          properties: {
            id,
            name: text(LIMITS.participantNameLength, 1),
            kind: { enum: [...PARTICIPANT_KINDS], default: "service" },
            team: text(LIMITS.teamLength),
            domain: text(LIMITS.domainLength),
          },
        },
      },
      handoffs: {
        type: "array",
        minItems: LIMITS.handoffs.min,
        maxItems: LIMITS.handoffs.max,
        items: {
          type: "object",
          additionalProperties: false,
          required: ["id", "from", "to", "label"],
          properties: {
            id,
            from: id,
            to: id,
            label: text(LIMITS.labelLength, 1),
            trigger: {
              ...nullable(id),
              description:
                "An earlier hand-off's id, null for 'starts on its own', or absent: the latest earlier hand-off into `from`.",
            },
            answers: answersOf(HANDOFF_QUESTIONS),
          },
        },
      },
      answers: answersOf(MAP_LEVEL_QUESTIONS),
    },
  };
}

const flag: Schema = object({
  id: { enum: [...MAP_FLAG_IDS] },
  severity: { enum: ["warning", "info"] },
  why: { type: "string" },
});
const str: Schema = { type: "string" };
const strings: Schema = { type: "array", items: str };

/** Map Result JSON, what the map endpoints and `advise --map` return. */
export function mapResultJsonSchema(): Schema {
  return {
    ...object({
      map: { const: 1 },
      oneFlowModel: { const: 2 },
      name: nullable(str),
      code: { type: "string", pattern: "^m1\\.[A-Za-z0-9_-]+$" },
      style: { enum: ["hybrid", "orchestration", "choreography", "direct"] },
      pattern: nullable({ enum: [...MAP_PATTERNS] }),
      summary: str,
      participants: {
        type: "array",
        items: object({
          id: str,
          name: str,
          kind: { enum: [...PARTICIPANT_KINDS] },
          team: nullable(str),
          domain: nullable(str),
          owns: strings,
        }),
      },
      handoffs: {
        type: "array",
        items: object({
          id: str,
          from: str,
          to: str,
          label: str,
          trigger: nullable(str),
          kind: { enum: ["command", "event", "query", "reply"] },
          transport: { enum: ["sync-call", "queue", "broker", "activity", "in-process"] },
          delivery: nullable({ enum: ["notification", "user-task", "webhook", "partner-api"] }),
          scopeId: nullable(str),
          orchestratedBy: nullable(str),
          compensatedBy: nullable(str),
          compensation: nullable(str),
          boundary: { enum: ["external", "domain", "team", "same", "unknown"] },
          receivers: { type: "integer", minimum: 1 },
          flags: { type: "array", items: flag },
          rules: { type: "array", items: { enum: [...MAP_RULE_IDS] } },
          explanations: {
            type: "array",
            items: object({ rule: { enum: [...MAP_RULE_IDS] }, sentence: str }),
          },
          reason: str,
          confidence: { enum: ["normal", "low"] },
          current: { enum: ["unsure", ...HANDOFF_QUESTIONS[5].options] },
          differs: nullable({ type: "boolean" }),
          answers: { type: "object" },
        }),
      },
      scopes: {
        type: "array",
        items: object({
          id: str,
          owner: str,
          ownerTeam: nullable(str),
          members: strings,
          participants: strings,
          parent: nullable(str),
          why: { type: "array", items: { enum: ["S1", "S2", "S3", "S4"] } },
          reason: str,
          saga: nullable(
            object({
              name: { enum: ["Epic", "Fairy Tale", "Fantasy Fiction", "Parallel"] },
              alternative: nullable({ enum: ["Epic", "Fantasy Fiction"] }),
              communication: { enum: ["sync", "async"] },
              consistency: { enum: ["atomic", "eventual"] },
              coordination: { const: "orchestrated" },
              why: str,
            }),
          ),
          form: { enum: [...ORCHESTRATING_FORMS] },
          flags: { type: "array", items: flag },
          derived: object({ model: { const: 2 }, flow: str, answers: { type: "object" } }),
          derivedCode: str,
          oneFlow: object(
            {
              verdict: nullable({ enum: ["orchestration", "choreography", "hybrid"] }),
              hybrid: strings,
              confidenceLevel: { enum: ["low", "medium", "high"] },
              implementation: strings,
              notes: { type: "array", items: object({ id: str, why: str }) },
              gates: {
                type: "array",
                items: object({ id: str, severity: { enum: ["warning", "info"] } }),
              },
              tools: { type: "array", items: { type: "object" } },
              current: { type: "object" },
            },
            ["current"],
          ),
        }),
      },
      flags: {
        type: "array",
        items: object({
          id: { enum: [...MAP_FLAG_IDS] },
          severity: { enum: ["warning", "info"] },
          handoffs: strings,
        }),
      },
      gates: {
        type: "array",
        items: object({ id: str, severity: { enum: ["warning", "info"] }, scopes: strings }),
      },
      counts: object({
        participants: { type: "integer" },
        handoffs: { type: "integer" },
        scopes: { type: "integer" },
        kinds: { type: "object" },
        transports: { type: "object" },
        flags: { type: "object" },
        unsure: { type: "integer" },
      }),
      mermaid: str,
      answers: { type: "object" },
    }),
    description:
      "Map Result JSON (MAP.md §8): per hand-off advice, scopes with their one-flow results, flags.",
  };
}

/** The body of POST /api/v1/map/import. */
export function mapImportRequestSchema(): Schema {
  return {
    type: "object",
    additionalProperties: false,
    required: ["format", "text"],
    properties: {
      format: { enum: ["mermaid", "asyncapi"] },
      text: {
        type: "string",
        minLength: 1,
        description: "A Mermaid sequence diagram, or AsyncAPI 3 documents separated by ---.",
      },
    },
  };
}

/** The answer of POST /api/v1/map/import. */
export function mapImportResultSchema(): Schema {
  return object({
    map: { $ref: "#/components/schemas/MapJson" },
    imported: {
      ...strings,
      description: "Answer paths the import set: the form marks them 'imported, check'.",
    },
    notes: {
      ...strings,
      description:
        "Sentences on what the import merged, split or shortened (branches of alt/par blocks, two-way arrows, text cut to the limits, actors made persons), in source order.",
    },
  });
}
