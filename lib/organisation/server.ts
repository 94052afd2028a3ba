/**
 * The organisation config of this server: BATON_CONFIG, read once when the server starts (like
 * BATON_EMBED_ORIGINS), never at build time. scripts/serve.mjs checks the same file before Next
 * starts and refuses to start on a bad one, so the throw below is only reached under `next dev`.
 *
 * Server code only: it reads files (node:fs), so a client bundle that imported it would fail to
 * build. It does not import "server-only" because unit tests import the result loaders that use it.
 */
import { loadConfigFile, type LoadedConfig } from "./load";

/**
 * Loads BATON_CONFIG: undefined when unset or empty; throws one line naming the bad field.
 *
 * @example
 * loadFromEnvironment({}) // → undefined
 * loadFromEnvironment({ BATON_CONFIG: "examples/baton.config.json" })?.config.organisation.name // → "Acme Platform"
 */
export function loadFromEnvironment(
  env: Record<string, string | undefined>,
): LoadedConfig | undefined {
  const file = env.BATON_CONFIG?.trim();
  if (!file) return undefined;
  const loaded = loadConfigFile(file);
  if (!loaded.ok) throw new Error(`BATON_CONFIG: ${loaded.message}`);
  return loaded.value;
}

export const loadedOrganisation = loadFromEnvironment(process.env);
/** The checked config, or undefined when this deployment has none. */
export const organisationConfig = loadedOrganisation?.config;
