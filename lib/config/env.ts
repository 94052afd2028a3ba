/**
 * Deployment settings, read from the environment when the server starts (never baked in at build
 * time: operators build once and configure per deployment).
 * - BATON_PUBLIC_ORIGIN: the public origin for absolute URLs (share links, og:image, oEmbed).
 * - BATON_EMBED_ORIGINS: space-separated origins allowed to frame the embed routes.
 * - BATON_ALLOWED_HOSTS: the Host headers believed when BATON_PUBLIC_ORIGIN is unset (hosts.mjs).
 */
import { parseAllowedHosts } from "./hosts.mjs";

/** The embed allow-list when BATON_EMBED_ORIGINS is unset: this site, Confluence Cloud and Notion. */
export const DEFAULT_EMBED_ORIGINS = [
  "'self'",
  "https://*.atlassian.net",
  "https://www.notion.so",
  "https://*.notion.site",
];

const SOURCE = /^(?:'self'|\*|https?:\/\/(?:\*\.)?[a-z0-9.-]+(?::\d{1,5})?)$/i;

/**
 * Parses BATON_EMBED_ORIGINS into CSP source expressions. Entries that are not an origin
 * (scheme://host[:port], optionally with a leading *. wildcard), 'self' or * are dropped, so a
 * typo can never inject another directive.
 *
 * @example
 * parseEmbedOrigins("https://wiki.example.com  https://x.atlassian.net/") // → ["https://wiki.example.com", "https://x.atlassian.net"]
 */
export function parseEmbedOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === "") return DEFAULT_EMBED_ORIGINS;
  const origins = raw
    .split(/\s+/)
    .map((s) => s.replace(/\/+$/, ""))
    .filter((s) => SOURCE.test(s));
  return origins.length > 0 ? origins : ["'none'"];
}

/**
 * The public origin (no trailing slash), or undefined when unset or malformed.
 *
 * @example
 * parsePublicOrigin("https://baton.example.com/") // → "https://baton.example.com"
 */
export function parsePublicOrigin(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

export const embedOrigins = parseEmbedOrigins(process.env.BATON_EMBED_ORIGINS);
export const configuredPublicOrigin = parsePublicOrigin(process.env.BATON_PUBLIC_ORIGIN);
export const allowedHosts = parseAllowedHosts(process.env.BATON_ALLOWED_HOSTS);
