/**
 * The organisation config of this server: BATON_CONFIG, read once when the server starts (like
 * BATON_EMBED_ORIGINS), never at build time. scripts/serve.mjs checks the same file before Next
 * starts and refuses to start on a bad one, so the throw below is only reached under `next dev`.
 *
 * Server code only: it reads files (node:fs), so a client bundle that imported it would fail to
 * build. The config reaches pages by one door each: a result through lib/result/load.ts, the site
 * chrome and the questionnaire's defaults as props that app/ passes (`organisationChrome`,
 * `organisationDefaults`); a lint rule keeps components and exporters from importing it.
 */
import type { Answers } from "../scoring";
import { loadConfigFile, type LoadedConfig } from "./load";
import { defaultAnswersOf } from "./result";
import type { OrganisationConfig } from "./schema";

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

/** What the site chrome shows of the organisation: its name, whether it has a logo, its footer. */
export interface OrganisationChrome {
  name: string;
  /** Whether /organisation-logo serves a logo. */
  logo: boolean;
  footer?: OrganisationConfig["footer"];
}

/** The site chrome's organisation, or undefined without a config. Pages pass it to the chrome. */
export const organisationChrome: OrganisationChrome | undefined = loadedOrganisation && {
  name: loadedOrganisation.config.organisation.name,
  logo: loadedOrganisation.logo !== undefined,
  ...(loadedOrganisation.config.footer ? { footer: loadedOrganisation.config.footer } : {}),
};

/** The context answers a fresh questionnaire starts with; empty without a config. */
export const organisationDefaults: Answers = defaultAnswersOf(organisationConfig);
