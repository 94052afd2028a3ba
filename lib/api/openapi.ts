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
          description: `Scores Answers JSON. Missing questions count as unsure; unknown keys, option ids and a key repeated in one object are refused by name. The body is at most ${MAX_BODY_BYTES} bytes of UTF-8 JSON (a leading byte-order mark is allowed); lone surrogates in strings (\\ud800) become U+FFFD.`,
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
            "413": errorResponse(
              `The body is larger than ${MAX_BODY_BYTES} bytes.`,
              "(body)",
              `The body is larger than ${MAX_BODY_BYTES} bytes (16 KiB).`,
            ),
            "415": errorResponse(
              "The body is not declared as application/json in UTF-8.",
              "Content-Type",
              'Content-Type must be application/json, not "text/plain".',
            ),
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
      },
    },
  };
}
