import { z } from "zod";
import { OrganisationConfigSchema } from "./schema";

/**
 * The config's JSON Schema (draft 2020-12), generated from the zod schema so the two never drift.
 * Served at /api/config.schema.json; point a config's `$schema` at it for editor completion.
 *
 * @example
 * configJsonSchema().properties.organisation.required // → ["name"]
 */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(OrganisationConfigSchema, { io: "input", unrepresentable: "any" }),
    title: "Baton organisation config",
  } as Record<string, unknown>;
}
