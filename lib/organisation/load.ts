/**
 * Reads and checks an organisation config file (JSON, or YAML through the `yaml` package). Every
 * failure is one line that starts with the file and names the field, the same line that
 * `npm run check-config` prints and that stops the server.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import type { z } from "zod";
import { decodeUtf8, fieldPath, parseJsonText, parseYamlText } from "../text/data";
import { OrganisationConfigSchema, type OrganisationConfig } from "./schema";

/** The largest logo served; a logo is a small mark, not a picture. */
export const MAX_LOGO_BYTES = 256 * 1024;

const LOGO_TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
};

/** A checked config, with its logo read into memory (served at /organisation-logo). */
export interface LoadedConfig {
  config: OrganisationConfig;
  logo?: { bytes: Uint8Array<ArrayBuffer>; contentType: string };
}

export type LoadOutcome = { ok: true; value: LoadedConfig } | { ok: false; message: string };

export { fieldPath };

/**
 * The first problem zod found, as "field: what is wrong". Unknown fields are named one by one.
 *
 * @example
 * describeIssue({ code: "unrecognized_keys", keys: ["colour"], path: ["organisation"], … })
 * // → 'organisation.colour: unknown field (check its spelling; see /api/config.schema.json)'
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    const field = fieldPath([...issue.path, issue.keys[0] ?? ""]);
    return `${field}: unknown field (check its spelling; see /api/config.schema.json)`;
  }
  const field = fieldPath(issue.path) || "(top level)";
  if (issue.code === "invalid_value" && issue.values.length > 0) {
    return `${field}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return `${field}: is required`;
  }
  return `${field}: ${oneLine(issue.message)}`;
}

/**
 * Checks config text. `format` is "json" or "yaml". `name` starts every message (a file name).
 * A byte-order mark is accepted, a key repeated in one object is refused with its path, YAML
 * merge keys work (lib/text/data.ts). Does not read the logo: see loadConfigFile.
 *
 * @example
 * parseConfigText('{"organisation":{"name":"Acme"}}', "json", "baton.config.json").ok // → true
 * parseConfigText("{}", "json", "x.json") // → { ok: false, message: "x.json: organisation: is required" }
 */
export function parseConfigText(
  text: string,
  format: "json" | "yaml",
  name: string,
): { ok: true; config: OrganisationConfig } | { ok: false; message: string } {
  const parsed = format === "json" ? parseJsonText(text) : parseYamlText(text);
  if (!parsed.ok) {
    return parsed.field === undefined
      ? { ok: false, message: `${name}: not valid ${format.toUpperCase()}: ${parsed.message}` }
      : { ok: false, message: `${name}: ${parsed.message}` };
  }
  const checked = OrganisationConfigSchema.safeParse(parsed.value);
  if (!checked.success) {
    return { ok: false, message: `${name}: ${describeIssue(checked.error.issues[0]!)}` };
  }
  return { ok: true, config: checked.data };
}

/**
 * Reads, parses and checks a config file and its logo. Never throws: a missing or unreadable file,
 * an unknown extension, bad syntax, a bad field and a bad logo each give one line.
 *
 * @example
 * loadConfigFile("examples/baton.config.json").ok // → true
 * loadConfigFile("nope.json") // → { ok: false, message: "nope.json: cannot read the file (ENOENT: no such file …)" }
 */
export function loadConfigFile(file: string): LoadOutcome {
  const extension = extname(file).toLowerCase();
  const format =
    extension === ".json"
      ? "json"
      : extension === ".yaml" || extension === ".yml"
        ? "yaml"
        : undefined;
  if (!format) {
    return { ok: false, message: `${file}: use a .json, .yaml or .yml file` };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, message: `${file}: cannot read the file (${errorText(error)})` };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, message: `${file}: ${decoded.message}` };
  const parsed = parseConfigText(decoded.text, format, file);
  if (!parsed.ok) return parsed;
  const { config } = parsed;
  if (config.organisation.logo === undefined) return { ok: true, value: { config } };

  const logoPath = resolve(dirname(file), config.organisation.logo);
  const contentType = LOGO_TYPES[extname(logoPath).toLowerCase()];
  const bad = (why: string): LoadOutcome => ({
    ok: false,
    message: `${file}: organisation.logo: ${why}`,
  });
  if (!contentType) return bad("use a .svg, .png or .webp file");
  try {
    const size = statSync(logoPath).size;
    if (size > MAX_LOGO_BYTES) return bad(`${size} bytes is over the ${MAX_LOGO_BYTES} limit`);
    return {
      ok: true,
      value: { config, logo: { bytes: new Uint8Array(readFileSync(logoPath)), contentType } },
    };
  } catch (error) {
    return bad(`cannot read ${logoPath} (${errorText(error)})`);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? oneLine(error.message) : String(error);
}

function oneLine(text: string): string {
  return text.split("\n")[0]!.trim();
}
