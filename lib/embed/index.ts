/**
 * Embedding: which URLs are this site's result pages, and the snippets a wiki needs.
 * Pure: the caller passes the site's origin.
 */
import { cleanFlow } from "../answers/flow";
import { escapeHtml } from "../html/escape";
import { resultPath } from "../result/path";
import { mapPath } from "../map-view/path";
import { decode } from "../share/codec";

export { HEIGHT_MESSAGE_TYPE, HELLO_MESSAGE_TYPE, SCROLL_MESSAGE_TYPE } from "./messages";

export const DEFAULT_EMBED_WIDTH = 720;
export const DEFAULT_EMBED_HEIGHT = 640;

export type ResultUrl = { ok: true; code: string; flow?: string } | { ok: false; message: string };

/**
 * Reads a result URL of this site (`/r/<code>` or `/embed/r/<code>`, optional `?flow=`).
 *
 * @example
 * parseResultUrl("https://baton.example.com/r/1BCh4XOE9d?flow=Sign-up", "https://baton.example.com")
 * // → { ok: true, code: "1BCh4XOE9d", flow: "Sign-up" }
 */
export function parseResultUrl(raw: string, origin: string): ResultUrl {
  if (raw.length > 2048) return { ok: false, message: "url: longer than 2048 characters." };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: "url: not an absolute URL." };
  }
  if (url.origin !== origin) return { ok: false, message: `url: not a page of ${origin}.` };
  const match = /^\/(?:embed\/)?r\/([^/]+)\/?$/.exec(url.pathname);
  if (!match) return { ok: false, message: "url: not a Baton result page (/r/<code>)." };
  let code: string;
  try {
    code = decodeURIComponent(match[1]!);
  } catch {
    // Percent-escapes that are not UTF-8 (e.g. %ED%A0%80, a lone surrogate's bytes).
    return { ok: false, message: "url: not a Baton result page (/r/<code>)." };
  }
  const decoded = decode(code);
  if (!decoded.ok) return { ok: false, message: `url: ${decoded.message}` };
  const flow = cleanFlow(url.searchParams.get("flow"));
  return { ok: true, code, ...(flow ? { flow } : {}) };
}

export interface EmbedTarget {
  /** `questionnaire` or a result's code. */
  code?: string;
  flow?: string;
  /** A flow map's code (`m1.…`): the embedded map instead of a result. */
  mapCode?: string;
}

/**
 * The iframe URL for a target: the embedded result card, or the embedded questionnaire.
 *
 * @example
 * embedUrl("https://b.example", { code: "1BCh4XOE9d", flow: "Sign up" }) // → "https://b.example/embed/r/1BCh4XOE9d?flow=Sign%20up"
 */
export function embedUrl(origin: string, target: EmbedTarget): string {
  const path = target.mapCode
    ? mapPath(target.mapCode, { embed: true })
    : target.code
      ? resultPath(target.code, target.flow, { embed: true })
      : "/embed";
  return new URL(path, origin).toString();
}

/**
 * The iframe element for a wiki page; `withScript` adds the host script that keeps its height
 * matched to the content.
 *
 * @example
 * iframeSnippet("https://baton.example.com", { code: "1BCh4XOE9d" }, { withScript: true })
 */
export function iframeSnippet(
  origin: string,
  target: EmbedTarget,
  options: { width?: number; height?: number; withScript?: boolean } = {},
): string {
  const title = target.mapCode
    ? "Baton flow map"
    : target.code
      ? "Baton recommendation"
      : "Baton questionnaire";
  const height = options.height ?? DEFAULT_EMBED_HEIGHT;
  const width = options.width ? String(options.width) : "100%";
  const iframe =
    `<iframe src="${escapeHtml(embedUrl(origin, target))}" title="${title}" width="${width}" ` +
    `height="${height}" style="border:0;max-width:100%" loading="lazy" allow="clipboard-write" ` +
    `data-baton-embed></iframe>`;
  return options.withScript
    ? `${iframe}\n<script src="${escapeHtml(new URL("/embed.js", origin).toString())}" async></script>`
    : iframe;
}
