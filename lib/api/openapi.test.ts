import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { QUESTIONS } from "../scoring";
import Ajv2020 from "ajv/dist/2020";
import { buildOpenApiDocument, EXAMPLE_MAP } from "./openapi";
import { ResultJsonSchema } from "./result-schema";

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = buildOpenApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it("would be refused by the validator when broken, so the check above means something", async () => {
    const broken = structuredClone(buildOpenApiDocument()) as unknown as Record<string, unknown>;
    delete (broken.info as Record<string, unknown>).version;
    await expect(SwaggerParser.validate(broken as never)).rejects.toThrow(/version/);
  });

  it("documents the request body from the Answers JSON schema: every question and its options", () => {
    const answers = buildOpenApiDocument().components.schemas.AnswersJson as {
      additionalProperties: boolean;
      properties: { answers: { properties: Record<string, { enum: string[] }> } };
    };
    expect(answers.additionalProperties).toBe(false);
    for (const question of QUESTIONS) {
      expect(answers.properties.answers.properties[question.id]?.enum).toEqual([
        "unsure",
        ...question.options.map((o) => o.id),
      ]);
    }
  });

  it("documents every Result JSON field of the contract (docs/contracts.md)", () => {
    const result = buildOpenApiDocument().components.schemas.Result as {
      properties: Record<string, unknown>;
      required: string[];
    };
    for (const field of [
      "model",
      "code",
      "verdict",
      "score",
      "confidence",
      "thresholds",
      "dimensions",
      "contributions",
      "gates",
      "hybrid",
      "flips",
      "tools",
    ]) {
      expect(result.required).toContain(field);
    }
    expect(Object.keys(result.properties)).toContain("flow");
  });

  it("gives example responses that are real results", () => {
    const doc = buildOpenApiDocument();
    const example =
      doc.paths["/api/v1/recommendation"].post.responses["200"].content["application/json"].example;
    expect(ResultJsonSchema.safeParse(example).success).toBe(true);
    expect(doc.paths["/api/v1/recommendation"].get.parameters[0]?.example).toBe(example.code);
  });

  it("lists every error status the endpoint can answer", () => {
    const post = buildOpenApiDocument().paths["/api/v1/recommendation"].post;
    expect(Object.keys(post.responses).sort()).toEqual(["200", "400", "413", "415"]);
  });
});

describe("the OpenAPI document's map endpoints", () => {
  const doc = buildOpenApiDocument();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: "doc", components: doc.components }, "doc");
  const schema = (name: string) => ({ $ref: `doc#/components/schemas/${name}` });

  it("documents GET and POST /api/v1/map and POST /api/v1/map/import with every error status", () => {
    expect(Object.keys(doc.paths["/api/v1/map"].post.responses).sort()).toEqual([
      "200",
      "400",
      "413",
      "415",
    ]);
    expect(Object.keys(doc.paths["/api/v1/map"].get.responses).sort()).toEqual(["200", "400"]);
    expect(Object.keys(doc.paths["/api/v1/map/import"].post.responses).sort()).toEqual([
      "200",
      "400",
      "413",
      "415",
    ]);
  });

  it("gives a Map JSON example its schema accepts and a map result example its schema accepts", () => {
    expect(ajv.validate(schema("MapJson"), EXAMPLE_MAP), JSON.stringify(ajv.errors)).toBe(true);
    const example =
      doc.paths["/api/v1/map"].post.responses["200"].content["application/json"].example;
    expect(ajv.validate(schema("MapResult"), example), JSON.stringify(ajv.errors)).toBe(true);
    expect(example.scopes.length).toBe(1);
    expect(doc.paths["/api/v1/map"].get.parameters[0]?.example).toBe(example.code);
  });

  it("has a Map JSON schema that refuses what the validator refuses: unknown keys and options", () => {
    expect(ajv.validate(schema("MapJson"), { ...EXAMPLE_MAP, extra: 1 })).toBe(false);
    const bad = structuredClone(EXAMPLE_MAP);
    (bad.handoffs[0]!.answers as Record<string, string>).wait = "maybe";
    expect(ajv.validate(schema("MapJson"), bad)).toBe(false);
  });
});
