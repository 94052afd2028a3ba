/**
 * Embedding: which URLs are this site's result pages, and the snippets a wiki needs.
 * Pure: the caller passes the site's origin.
 */
import { cleanFlow } from "../answers/flow";
import { escapeHtml } from "../html/escape";
import { resultPath } from "../result/path";
import { mapPath } from "../map-view/path";
import { decode } from "../share/codec";
import { readSitePageUrl } from "./page-url";

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
  const notResultPage = "url: not a Baton result page (/r/<code>).";
  const read = readSitePageUrl(raw, origin, {
    segment: "r",
    notThisPage: notResultPage,
    malformedEscape: notResultPage,
  });
  if (!read.ok) return read;
  const decoded = decode(read.code);
  if (!decoded.ok) return { ok: false, message: `url: ${decoded.message}` };
  const flow = cleanFlow(read.url.searchParams.get("flow"));
  return { ok: true, code: read.code, ...(flow ? { flow } : {}) };
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
