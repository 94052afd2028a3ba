/**
 * The 404 page for a share link whose code can't be read, as complete HTML.
 *
 * The proxy answers with it directly: a Next page that calls notFound() from a dynamic segment
 * sends an empty shell that only JavaScript fills in (seen with Next 16.4), and this page must
 * read well without JavaScript, in a chat preview and in an iframe.
 */
import { escapeHtml } from "../html/escape";
import { decode } from "../share/codec";
import { DAMAGE_ADVICE, REPAIR_ADVICE } from "./damage-advice";

/** A share page path: `/r/<code>` (a result) or `/m/<code>` (a flow map), or either under `/embed`. */
const SHARE_PAGE = /^\/(embed\/)?([rm])\/([^/]*)\/?$/;

/**
 * The code of a result page path (`segment` "r": `/r/<code>`, `/embed/r/<code>`) or a flow map
 * page path ("m": `/m/<code>`, `/embed/m/<code>`), %-escapes decoded (kept as sent when they don't
 * decode); undefined for any other path. One reader for lib/map-view/damaged-page.ts too.
 *
 * @example
 * readSharePath("/embed/r/1BCh4XOE9d", "r") // → { embed: true, code: "1BCh4XOE9d" }
 * readSharePath("/r/1BCh4XOE9d/og", "r") // → undefined
 */
export function readSharePath(
  pathname: string,
  segment: "r" | "m",
): { embed: boolean; code: string } | undefined {
  const match = SHARE_PAGE.exec(pathname);
  if (!match || match[2] !== segment) return undefined;
  let code: string;
  try {
    code = decodeURIComponent(match[3]!);
  } catch {
    code = match[3]!;
  }
  return { embed: match[1] !== undefined, code };
}

/** What a request path is, as far as share codes go: read once per request (proxy.ts). */
export type SharePath =
  | { kind: "other" }
  /** A share page with a readable code; `cacheable` when the share-page cache may keep it. */
  | { kind: "ok"; cacheable: boolean }
  /** A code that only picked up text after it: the path and query to redirect to. */
  | { kind: "repair"; location: string }
  /** An unreadable code: `page(nonce)` is the complete 404 page to send. */
  | { kind: "damaged"; page: (nonce: string) => string };

/**
 * Classifies a request path with one decode of its share code, if it has one:
 * - "ok": a share page with a readable code (`/r/<code>`, `/embed/r/<code>`); `cacheable` (no
 *   trailing slash) when its HTML depends only on its URL, the public origin, the kind of client
 *   and the build, so the in-process share-page cache (scripts/lib/page-cache.mjs) may keep it;
 * - "repair": the code only picked up text after it (`/r/1BCh4XOE9d).`, a sentence's closing
 *   punctuation taken into the link): only repairs that are sure (CodeRepair.sure) redirect;
 * - "damaged": any other unreadable code; the page offers the complete link when the code is most
 *   likely a known one (a lost '_' at the end, a mistyped first character), query kept;
 * - "other": not a result page path.
 *
 * @param pathname the request path, %-escapes as sent
 * @param search the query string with its "?", or ""
 * @example
 * classifySharePath("/r/1BCh4XOE9d", "") // → { kind: "ok", cacheable: true }
 * classifySharePath("/r/1BCh4XOE9d).", "?flow=Checkout") // → { kind: "repair", location: "/r/1BCh4XOE9d?flow=Checkout" }
 */
export function classifySharePath(pathname: string, search = ""): SharePath {
  const read = readSharePath(pathname, "r");
  if (!read) return { kind: "other" };
  const decoded = decode(read.code);
  if (decoded.ok) return { kind: "ok", cacheable: !pathname.endsWith("/") };
  const prefix = read.embed ? "/embed" : "";
  if (decoded.repair?.sure) {
    return { kind: "repair", location: `${prefix}/r/${decoded.repair.code}${search}` };
  }
  return {
    kind: "damaged",
    page: (nonce) => sharePageHtml(read, decoded, search, nonce),
  };
}

/**
 * Whether a request path is a share page the share-page cache may keep (see classifySharePath).
 *
 * @example
 * isSharePage("/r/1BCh4XOE9d") // → true
 * isSharePage("/r/1BCh4XOE9d/og") // → false
 */
export function isSharePage(pathname: string): boolean {
  const path = classifySharePath(pathname);
  return path.kind === "ok" && path.cacheable;
}

/**
 * For a result page path with an unreadable code, the 404 HTML to send; otherwise undefined
 * (see classifySharePath; a sure repair gets this page too when asked for directly).
 */
export function damagedResultPage(
  pathname: string,
  nonce: string,
  search = "",
): string | undefined {
  const read = readSharePath(pathname, "r");
  if (!read) return undefined;
  const decoded = decode(read.code);
  return decoded.ok ? undefined : sharePageHtml(read, decoded, search, nonce);
}

/** The damaged-link page of a result link, with the repair it offers, if any. */
function sharePageHtml(
  { code, embed }: { code: string; embed: boolean },
  decoded: Extract<ReturnType<typeof decode>, { ok: false }>,
  search: string,
  nonce: string,
): string {
  const repaired = decoded.repair
    ? `${embed ? "/embed" : ""}/r/${decoded.repair.code}${search}`
    : undefined;
  return damagedPageHtml({
    nonce,
    embed,
    code,
    kind: "share",
    error: decoded.error,
    message: decoded.message,
    advice: repaired ? undefined : DAMAGE_ADVICE[decoded.error],
    repair:
      repaired && decoded.repair
        ? { how: decoded.repair.how, advice: REPAIR_ADVICE[decoded.repair.how], href: repaired }
        : undefined,
  });
}

/** What a damaged-link page says; `kind` picks the words for a result link or a map link. */
export interface DamagedPageContent {
  nonce: string;
  embed: boolean;
  /** The code as it arrived (%-escapes decoded); its first 40 characters are shown. */
  code: string;
  kind: "share" | "map";
  /** The decoder's error id, as `data-decode-error`. */
  error: string;
  message: string;
  advice?: string | undefined;
  repair?: { how: string; advice: string; href: string } | undefined;
}

/**
 * The complete 404 HTML of a damaged share or map link ("damaged or from a newer version"): it
 * reads without JavaScript, in a chat preview and in an iframe. Every text is escaped.
 */
export function damagedPageHtml(page: DamagedPageContent): string {
  const { nonce, embed, code, repair } = page;
  const shown = [...code].slice(0, 40).join("");
  const noun = page.kind === "map" ? "map link" : "share link";
  const title = embed ? "This Baton link is damaged" : `This ${noun} is damaged`;
  const start =
    page.kind === "map"
      ? `<a href="/map"${embed ? ' target="_blank" rel="noopener"' : ""}>Open the map editor</a> to draw the map again`
      : `<a href="/advisor"${embed ? ' target="_blank" rel="noopener"' : ""}>Start the questionnaire</a> to make a new result`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>Damaged ${noun} · Baton</title>
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<style nonce="${nonce}">
:root{color-scheme:light dark;--fg:#15171c;--muted:#4a5160;--bg:#fff;--accent:#2147c8;--warn:#b36b00}
@media (prefers-color-scheme:dark){:root{--fg:#e9ebf0;--muted:#a9b0bf;--bg:#0f1115;--accent:#8fa8ff;--warn:#e0a040}}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 .75rem}
section{border-left:4px solid var(--warn);padding-left:1rem}
a{color:var(--accent)} code{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
.small{color:var(--muted);font-size:.95rem}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
</style></head>
<body><main id="main"><section data-decode-error="${escapeHtml(page.error)}" aria-labelledby="damaged-title">
<h1 id="damaged-title">${title}</h1>
<p><strong>${escapeHtml(page.message)}</strong>${page.advice ? ` ${escapeHtml(page.advice)}` : ""}</p>
${repair ? `<p data-repair="${escapeHtml(repair.how)}">${escapeHtml(repair.advice)} <a href="${escapeHtml(repair.href)}">${escapeHtml(repair.href)}</a></p>` : ""}
${shown ? `<p class="small">The code in the link: <code>${escapeHtml(shown)}</code>${shown.length < code.length ? "…" : ""}</p>` : ""}
<p>${start}, or ask whoever shared the link to copy it again.${embed ? "" : ' <a href="/">Baton home</a>.'}</p>
</section></main></body></html>`;
}
