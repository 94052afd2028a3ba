import { configJsonSchema } from "@/lib/organisation/json-schema";

// The same for every deployment (it follows the model's ids, not the loaded config): built once.
export const dynamic = "force-static";

const body = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

/** The organisation config's JSON Schema, for editors (`"$schema": ".../api/config.schema.json"`). */
export function GET(): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "application/schema+json; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    },
  });
}
