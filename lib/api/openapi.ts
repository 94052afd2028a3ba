/**
 * The OpenAPI 3.1 document of the API, generated from the zod schemas that validate requests and
 * describe results (z.toJSONSchema), so the schemas exist once.
 */
import { z } from "zod";
import { AnswersJsonSchema } from "../answers";
import { buildResult } from "../result";
import { ErrorJsonSchema } from "./errors";
import { FlowParamSchema, MAX_BODY_BYTES, ShareCodeSchema } from "./recommendation";
import { ResultJsonSchema } from "./result-schema";
import { MAX_IMPORT_BODY_BYTES, MAX_MAP_BODY_BYTES } from "../map/api";
import {
  mapImportRequestSchema,
  mapImportResultSchema,
  mapJsonSchema,
  mapResultJsonSchema,
} from "../map/json-schema";
import { mapResult, validateMap, type MapJson } from "../map";

type JsonSchema = Record<string, unknown>;

/** A JSON Schema for one zod schema, ready to sit inside components or a parameter. */
function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "throw",
  }) as JsonSchema;
  void _dialect;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const EXAMPLE_REQUEST = {
  model: 1,
  flow: "Order checkout",
  answers: {
    "control-flow": "branches-and-joins",
    consistency: "near-atomic",
    visibility: "ops-per-instance",
    duration: "hours",
    teams: "two-three",
    "workflow-engine": "managed-available",
  },
} as const;

/** The example of the map endpoints: a small checkout with a saga and a published fact. */
export const EXAMPLE_MAP: MapJson = {
  map: 1,
  name: "Create order",
  participants: [
    { id: "app", name: "Consumer app", kind: "client", team: "Web", domain: "Ordering" },
    { id: "order", name: "Order service", team: "Orders", domain: "Ordering" },
    { id: "kitchen", name: "Kitchen service", team: "Kitchen", domain: "Kitchen" },
    { id: "pay", name: "Accounting service", team: "Accounting", domain: "Accounting" },
    { id: "mail", name: "Notification service", team: "Messaging", domain: "Notifications" },
  ],
  handoffs: [
    {
      id: "place",
      from: "app",
      to: "order",
      label: "Create order",
      answers: { intent: "do", wait: "user-waits", duration: "seconds", current: "call" },
    },
    {
      id: "ticket",
      from: "order",
      to: "kitchen",
      label: "Create ticket",
      answers: { intent: "do", wait: "sender-waits", undo: "compensate", duration: "seconds" },
    },
    {
      id: "charge",
      from: "order",
      to: "pay",
      label: "Authorize card",
      answers: { intent: "do", wait: "sender-waits", undo: "pivot", duration: "seconds" },
    },
    {
      id: "placed",
      from: "order",
      to: "mail",
      label: "Order approved",
      answers: { intent: "tell", wait: "no-wait", together: "yes" },
    },
  ],
  answers: { platform: "kubernetes", messaging: "kafka", "workflow-engine": "can-self-host" },
};

/** The 413 and 415 answers of an endpoint that reads a JSON body of at most `limit` bytes. */
function bodyErrors(limit: number) {
  return {
    "413": errorResponse(
      `The body is larger than ${limit} bytes.`,
      "(body)",
      `The body is larger than ${limit} bytes (${limit / 1024} KiB).`,
    ),
    "415": errorResponse(
      "The body is not declared as application/json in UTF-8.",
      "Content-Type",
      'Content-Type must be application/json, not "text/plain".',
    ),
  };
}

function errorResponse(description: string, field: string, message: string) {
  return {
    description,
    content: {
      "application/json": { schema: ref("Error"), example: { error: { field, message } } },
    },
  };
}

/**
 * Builds the OpenAPI document served at /api/openapi.json.
 *
 * @example
 * buildOpenApiDocument().openapi // → "3.1.0"
 */
export function buildOpenApiDocument() {
  const example = buildResult({
    model: EXAMPLE_REQUEST.model,
    flow: EXAMPLE_REQUEST.flow,
    answers: EXAMPLE_REQUEST.answers,
  });
  const validMap = validateMap(EXAMPLE_MAP);
  if (!validMap.ok) throw new Error("EXAMPLE_MAP is not a valid map");
  const mapExample = mapResult(validMap.map);
  const cacheHeader = {
    description:
      "`public, max-age=86400, stale-while-revalidate=604800` on success: a share code's answers never change, but a new release may word or enrich their result, so caches revalidate daily. `no-store` on errors.",
    schema: { type: "string" },
  };
  const corsGet = {
    description: "Always `*`: any site may read a share code's result.",
    schema: { type: "string" },
  };
  const corsPost = {
    description:
      "The caller's origin when BATON_API_CORS_ORIGINS allows it; absent otherwise (same-origin only).",
    schema: { type: "string" },
  };
  const badRequest = errorResponse(
    "The input is not valid; `field` names what is wrong.",
    "answers.teams",
    'answers.teams: "nine" is not an option; expected one of one, two-three, four-six, seven-plus, unsure.',
  );

  return {
    openapi: "3.1.0",
    info: {
      title: "Baton API",
      version: "1.0.0",
      summary: "Orchestration, choreography or hybrid: a recommendation for one business flow.",
      description:
        "Scores Answers JSON, or the answers packed in a share code, with Baton's model and returns Result JSON, the same JSON the CLI prints. Nothing is stored. The model's weights are a reasoned proposal, not an industry standard.",
    },
    servers: [{ url: "/", description: "This Baton deployment" }],
    paths: {
      "/api/v1/recommendation": {
        get: {
          operationId: "getRecommendationByCode",
          summary: "The result of a share code",
          description:
            "Decodes a share code (the last part of a result link `/r/{code}`) and scores it with the model version that made it.",
          parameters: [
            {
              name: "code",
              in: "query",
              required: true,
              schema: jsonSchemaOf(ShareCodeSchema, "input"),
              example: example.code,
            },
            {
              name: "flow",
              in: "query",
              required: false,
              schema: jsonSchemaOf(FlowParamSchema, "input"),
              example: EXAMPLE_REQUEST.flow,
            },
          ],
          responses: {
            "200": {
              description: "The recommendation.",
              headers: {
                "Cache-Control": cacheHeader,
                "Access-Control-Allow-Origin": corsGet,
              },
              content: { "application/json": { schema: ref("Result"), example } },
            },
            "400": errorResponse(
              "The code is missing, malformed, damaged, or from a newer version of Baton.",
              "code",
              "code: This code's check character doesn't match: a character was changed or lost.",
            ),
          },
        },
        post: {
          operationId: "postRecommendation",
          summary: "The result of Answers JSON",
          description: `Scores Answers JSON. Missing questions count as unsure; unknown keys and option ids are refused by name. The body is at most ${MAX_BODY_BYTES} bytes of UTF-8 JSON.`,
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: ref("AnswersJson"), example: EXAMPLE_REQUEST },
            },
          },
          responses: {
            "200": {
              description: "The recommendation.",
              headers: { "Access-Control-Allow-Origin": corsPost },
              content: { "application/json": { schema: ref("Result"), example } },
            },
            "400": badRequest,
            ...bodyErrors(MAX_BODY_BYTES),
          },
        },
        options: {
          operationId: "preflightRecommendation",
          summary: "CORS preflight",
          description:
            "Every origin may GET. POST is same-origin unless the deployment lists the origin in BATON_API_CORS_ORIGINS.",
          responses: { "204": { description: "The CORS headers for the requesting origin." } },
        },
      },
      "/api/v1/map": {
        get: {
          operationId: "getMapByCode",
          summary: "The map result of a map code",
          description:
            "Decodes a map code (the last part of a map link `/m/{code}`) and evaluates it with the map model that made it (one-flow model 2 for its scopes).",
          parameters: [
            {
              name: "code",
              in: "query",
              required: true,
              schema: { type: "string", pattern: "^m[0-9]+\\.[A-Za-z0-9_-]+$", maxLength: 2000 },
              example: mapExample.code,
            },
          ],
          responses: {
            "200": {
              description: "The map result.",
              headers: { "Cache-Control": cacheHeader, "Access-Control-Allow-Origin": corsGet },
              content: { "application/json": { schema: ref("MapResult"), example: mapExample } },
            },
            "400": errorResponse(
              "The code is missing, damaged, or from a newer version of Baton.",
              "code",
              "code: The map code is damaged: a character is missing, extra or mistyped.",
            ),
          },
        },
        post: {
          operationId: "postMap",
          summary: "The map result of Map JSON",
          description: `Evaluates Map JSON: per hand-off kind, transport, scope, compensation and flags; scopes with their saga and one-flow result. Unknown keys, ids and option ids are refused by name, as are maps over the limits (12 participants, 20 hand-offs, 1,000 bytes of text). The body is at most ${MAX_MAP_BODY_BYTES} bytes of UTF-8 JSON.`,
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref("MapJson"), example: EXAMPLE_MAP } },
          },
          responses: {
            "200": {
              description: "The map result.",
              headers: { "Access-Control-Allow-Origin": corsPost },
              content: { "application/json": { schema: ref("MapResult"), example: mapExample } },
            },
            "400": errorResponse(
              "The map is not valid; `field` names what is wrong.",
              "handoffs[3].answers.wait",
              'handoffs[3].answers.wait: "maybe" is not an option; expected one of user-waits, sender-waits, no-wait, unsure',
            ),
            ...bodyErrors(MAX_MAP_BODY_BYTES),
          },
        },
        options: {
          operationId: "preflightMap",
          summary: "CORS preflight",
          description:
            "Every origin may GET. POST is same-origin unless the deployment lists the origin in BATON_API_CORS_ORIGINS.",
          responses: { "204": { description: "The CORS headers for the requesting origin." } },
        },
      },
      "/api/v1/map/import": {
        post: {
          operationId: "postMapImport",
          summary: "A draft map from a Mermaid sequence diagram or AsyncAPI 3 documents",
          description: `Parses the text and returns a draft Map JSON to review: it never sets \`undo\`, and \`imported\` lists the answers it set. Errors name the line (Mermaid) or the document (AsyncAPI). AsyncAPI 2.x is refused. The body is at most ${MAX_IMPORT_BODY_BYTES} bytes of UTF-8 JSON.`,
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: ref("MapImportRequest"),
                example: {
                  format: "mermaid",
                  text: "sequenceDiagram\n  actor U as User\n  U->>Order: Create order\n  Order-)Kitchen: Create ticket",
                },
              },
            },
          },
          responses: {
            "200": {
              description: "The draft map.",
              headers: { "Access-Control-Allow-Origin": corsPost },
              content: { "application/json": { schema: ref("MapImportResult") } },
            },
            "400": errorResponse(
              "The text could not be imported; the message names the line or document.",
              "text",
              'text: line 3: not a line this import reads: "Order => Kitchen"',
            ),
            ...bodyErrors(MAX_IMPORT_BODY_BYTES),
          },
        },
        options: {
          operationId: "preflightMapImport",
          summary: "CORS preflight",
          responses: { "204": { description: "The CORS headers for the requesting origin." } },
        },
      },
      "/api/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document",
          responses: {
            "200": {
              description: "The OpenAPI 3.1 document.",
              content: { "application/json": { schema: { type: "object" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        AnswersJson: jsonSchemaOf(AnswersJsonSchema, "input"),
        Result: jsonSchemaOf(ResultJsonSchema, "output"),
        Error: jsonSchemaOf(ErrorJsonSchema, "output"),
        MapJson: mapJsonSchema(),
        MapResult: mapResultJsonSchema(),
        MapImportRequest: mapImportRequestSchema(),
        MapImportResult: mapImportResultSchema(),
      },
    },
  };
}
