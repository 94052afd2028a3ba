// A response cache for share pages (`/r/<code>`, `/embed/r/<code>`, and the flow map's
// `/m/<code>`, `/embed/m/<code>`) that keeps per-request CSP
// nonces.
//
// A share page depends only on its URL (code and `?flow=`), the origin it is served under, the
// kind of client (Next renders its metadata differently for the chat-unfurl and search bots it
// calls "HTML-limited") and the build: the code carries its model version, and the server answers
// every new build from a new process. So the HTML can be rendered once and served again, except
// for one thing: the nonce. proxy.ts draws a fresh one per request and puts it in the
// Content-Security-Policy header, in every <script>/<style> tag and in the React payload. The
// cache therefore stores each page split at its nonce and joins the parts with a new random nonce
// for every response ("re-stamping"), header included. A nonce is 48 base64 characters (a random UUID),
// so it cannot occur in the page by accident, and no user input can choose it.
//
// What may be stored is decided by the route, not by this file: proxy.ts marks the response of a
// share page with `X-Baton-Cacheable: share-page` (sharePageCacheHeader), and only a 200
// text/html page with that mark, a nonce in its CSP and no Set-Cookie is kept. This file only
// decides which requests are worth holding back for that (GET, the share-page path shape) and
// which it must never share:
// - client-router (RSC) requests, and requests with a Cookie or an Authorization header;
// - requests whose Host is not believed: with BATON_PUBLIC_ORIGIN set, the page's absolute URLs
//   don't depend on the Host, so it is left out of the key; without it, only hosts on
//   BATON_ALLOWED_HOSTS (lib/config/hosts.mjs) are cached, so junk Host headers can't fill the
//   cache and evict the pages people use.
//
// How it captures a render: Next writes into the ServerResponse with setHeader, writeHead, write
// and end (next/dist/server/send-payload.js and pipe-readable.js in Next 16.4). The cache puts
// its own write, writeHead and end on that one response object for the length of the render and
// restores them before answering. page-cache.test.ts drives Next's own sendRenderResult through
// it, so a Next release that writes another way fails that test instead of serving broken pages.
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { constants as zlibConstants, crc32, deflateRawSync } from "node:zlib";
import { isAllowedHost } from "../../lib/config/hosts.mjs";

const require = createRequire(import.meta.url);
/** Next's own bot classifier, so the key splits clients exactly where Next's HTML does. */
const { getBotType } = require("next/dist/shared/lib/router/utils/is-bot.js");

/** The mark proxy.ts puts on a share page's response: the route says it may be shared. */
export const CACHEABLE_HEADER = "x-baton-cacheable";
export const CACHEABLE_VALUE = "share-page";

/** Response headers between the app and this server only: never sent to a client. */
export const INTERNAL_HEADERS = [CACHEABLE_HEADER];

/**
 * Wraps a Node request handler so that no response it writes carries an INTERNAL_HEADERS header,
 * whichever path wrote it: a cache hit or miss, a request the cache passes by (non-GET, HEAD,
 * router and credentialed requests, other paths), or no cache at all (BATON_PAGE_CACHE=off).
 * Every response's headers leave through `writeHead` (Node's implicit headers call it too), so
 * that is where they are dropped; the cache, running inside, still reads them.
 *
 * @template {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} H
 * @param {H} handler
 * @returns {H}
 */
export function withoutInternalHeaders(handler) {
  return /** @type {H} */ (
    (req, res) => {
      const writeHead = res.writeHead;
      res.writeHead = /** @type {any} */ (
        function writeHeadWithoutInternal(code, reason, headers) {
          for (const name of INTERNAL_HEADERS) res.removeHeader(name);
          const given = typeof reason === "string" ? headers : reason;
          const kept = Array.isArray(given)
            ? given.filter(
                (_, i, all) => !INTERNAL_HEADERS.includes(String(all[i - (i % 2)]).toLowerCase()),
              )
            : given
              ? Object.fromEntries(
                  Object.entries(given).filter(
                    ([name]) => !INTERNAL_HEADERS.includes(name.toLowerCase()),
                  ),
                )
              : given;
          return typeof reason === "string"
            ? writeHead.call(res, code, reason, kept)
            : writeHead.call(res, code, kept);
        }
      );
      return handler(req, res);
    }
  );
}

/** Request paths worth holding a render back for; the route still has the last word. */
// Result pages (`/r/<code>`) and flow map pages (`/m/m1.<code>`, at most 2,000 characters).
const SHARE_PAGE_PATH =
  /^\/(?:embed\/)?(?:r\/[A-Za-z0-9_-]{1,32}|m\/m[0-9]{1,3}\.[A-Za-z0-9_-]{1,2000})$/;

/** Request headers with which Next's client router asks for something other than the page. */
const ROUTER_HEADERS = [
  "rsc",
  "next-action",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];

/** Request headers that carry credentials: a response to such a request is never shared. */
const CREDENTIAL_HEADERS = ["cookie", "authorization"];

/** Response headers that describe one transfer, not the page; the cache writes its own. */
const TRANSFER_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  CACHEABLE_HEADER,
]);

const NONCE_IN_CSP = /'nonce-([A-Za-z0-9+/=_-]+)'/;

/**
 * The kind of client, as Next tells them apart when it renders: "html" for the HTML-limited bots
 * (Slackbot, Discordbot, Twitterbot... which get metadata in the <head>), "dom" for Googlebot,
 * "browser" for everyone else.
 *
 * @param {string | undefined} userAgent
 * @returns {"html" | "dom" | "browser"}
 */
export function clientKind(userAgent) {
  return getBotType(userAgent ?? "") ?? "browser";
}

/**
 * @typedef {{ publicOrigin?: string, allowedHosts?: readonly string[] }} HostPolicy
 * `publicOrigin`: BATON_PUBLIC_ORIGIN, when set; `allowedHosts`: BATON_ALLOWED_HOSTS, parsed.
 */

/**
 * The cache key of a request, or undefined when the request must go to Next untouched: not a GET,
 * not a share-page path, a client-router request, a request with credentials, or a Host the
 * policy doesn't believe. The key holds the scheme and host (only without a public origin), the
 * kind of client and the URL.
 *
 * @param {import("node:http").IncomingMessage} req
 * @param {HostPolicy} [policy]
 * @returns {string | undefined}
 */
export function cacheKey(req, { publicOrigin, allowedHosts = [] } = {}) {
  if (req.method !== "GET" || typeof req.url !== "string") return undefined;
  const queryAt = req.url.indexOf("?");
  const pathname = queryAt === -1 ? req.url : req.url.slice(0, queryAt);
  if (!SHARE_PAGE_PATH.test(pathname)) return undefined;
  if (queryAt !== -1 && /(?:^|[?&])_rsc=/.test(req.url.slice(queryAt))) return undefined;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return undefined;
  if (CREDENTIAL_HEADERS.some((name) => req.headers[name] !== undefined)) return undefined;
  const kind = clientKind(req.headers["user-agent"]);
  if (publicOrigin) return `${publicOrigin}|${kind}|${req.url}`;
  const host = req.headers.host;
  if (!isAllowedHost(host, allowedHosts)) return undefined;
  const proto =
    String(req.headers["x-forwarded-proto"] ?? "")
      .split(",")[0]
      .trim() === "https";
  return `${proto ? "https" : "http"}://${String(host).toLowerCase()}|${kind}|${req.url}`;
}

/** A fresh nonce: 18 random bytes, 24 base64 characters. */
export function freshNonce() {
  return randomBytes(18).toString("base64");
}

/** Splits `buffer` at every occurrence of `needle`. */
function splitBuffer(buffer, needle) {
  const parts = [];
  let from = 0;
  for (;;) {
    const at = buffer.indexOf(needle, from);
    if (at === -1) break;
    parts.push(buffer.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(buffer.subarray(from));
  return parts;
}

/**
 * Each part of a page (the text between its nonces) deflated once, on its own, ending on a byte
 * boundary with no final block (a sync flush), so the parts can be joined with the nonce in
 * between into one deflate stream (RFC 1951 §3.2.3: a stream is a series of blocks, only the last
 * marked final; a block's back-references reach only into output already written). A hit then
 * costs a CRC-32 over the page instead of compressing it again. The parts compress a little
 * worse than the whole page would (no back-references across a nonce).
 *
 * @param {Buffer[]} parts
 * @returns {Buffer[]} raw deflate data, one per part
 */
export function deflateParts(parts) {
  return parts.map((part) => deflateRawSync(part, { finishFlush: zlibConstants.Z_SYNC_FLUSH }));
}

/** A stored (uncompressed) deflate block (RFC 1951 §3.2.4), at most 65,535 bytes. */
function storedBlock(bytes, final) {
  const head = Buffer.alloc(5);
  head[0] = final ? 1 : 0; // BFINAL, then BTYPE 00 (stored); the rest of the byte is padding
  head.writeUInt16LE(bytes.length, 1);
  head.writeUInt16LE(~bytes.length & 0xffff, 3);
  return Buffer.concat([head, bytes]);
}

/** gzip member header (RFC 1952 §2.3): magic, deflate, no flags, no mtime, no extra flags, OS unknown. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * One gzip member (RFC 1952) of the page re-stamped with `nonce`: the deflated parts joined by
 * stored blocks holding the nonce, then an empty final block, the CRC-32 and the length.
 *
 * @param {Buffer[]} parts the page split at its nonce (uncompressed, for the CRC-32)
 * @param {Buffer[]} deflated `deflateParts(parts)`
 * @param {string} nonce ASCII, under 65,536 bytes
 * @returns {Buffer} a gzip body that gunzips to the parts joined by the nonce
 */
export function gzipWithNonce(parts, deflated, nonce) {
  const stamp = Buffer.from(nonce);
  const chunks = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  parts.forEach((part, i) => {
    if (i > 0) {
      chunks.push(storedBlock(stamp, false));
      crc = crc32(stamp, crc);
      size += stamp.length;
    }
    chunks.push(deflated[i]);
    // zlib's crc32() answers 0 for a null buffer, which an empty part can be: skip it.
    if (part.length > 0) crc = crc32(part, crc);
    size += part.length;
  });
  chunks.push(storedBlock(Buffer.alloc(0), true));
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  chunks.push(trailer);
  return Buffer.concat(chunks);
}

/**
 * Whether the request accepts a gzip body (q=0 refuses it).
 *
 * @param {string | undefined} acceptEncoding
 * @returns {boolean}
 */
export function acceptsGzip(acceptEncoding) {
  if (typeof acceptEncoding !== "string") return false;
  return acceptEncoding.split(",").some((item) => {
    const [coding, ...params] = item.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function addVary(value, names) {
  const list = typeof value === "string" && value ? value.split(",").map((v) => v.trim()) : [];
  for (const name of names) {
    if (!list.some((v) => v.toLowerCase() === name.toLowerCase())) list.push(name);
  }
  return list.join(", ");
}

/**
 * @typedef {{
 *   status: number,
 *   headers: Array<[string, string | string[]]>,
 *   cspParts: string[],
 *   nonce: string,
 *   storable: boolean,
 *   bodyParts: Buffer[],
 *   deflatedParts?: Buffer[],
 *   bytes: number,
 * }} Entry
 */

/**
 * Wraps a Node request handler (Next's) with the share-page cache. Returns `handle` (the wrapped
 * handler), `stats` (hits, misses, stored, evicted, bytes) and `size()` (pages kept).
 *
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handler
 * @param {{ maxEntries?: number, maxBytes?: number } & HostPolicy} [options] bounds (pages,
 *   bytes of HTML) and the host policy (see cacheKey)
 */
export function createPageCache(
  handler,
  { maxEntries = 512, maxBytes = 64 * 1024 * 1024, publicOrigin, allowedHosts = [] } = {},
) {
  /** @type {Map<string, Entry>} insertion order is recency order */
  const entries = new Map();
  /** @type {Map<string, Promise<Entry | undefined>>} renders in flight, so a burst renders once */
  const inFlight = new Map();
  const stats = { hits: 0, misses: 0, stored: 0, evicted: 0, bytes: 0 };

  function remember(key, entry) {
    const old = entries.get(key);
    if (old) {
      stats.bytes -= old.bytes;
      entries.delete(key);
    }
    entries.set(key, entry);
    stats.bytes += entry.bytes;
    stats.stored++;
    while (entries.size > maxEntries || stats.bytes > maxBytes) {
      const [oldestKey, oldest] = entries.entries().next().value;
      entries.delete(oldestKey);
      stats.bytes -= oldest.bytes;
      stats.evicted++;
    }
  }

  function lookup(key) {
    const entry = entries.get(key);
    if (entry) {
      entries.delete(key);
      entries.set(key, entry);
    }
    return entry;
  }

  /** Writes an entry with a fresh nonce (or the given one). */
  async function send(entry, res, state, nonce = freshNonce()) {
    let zipped;
    let body;
    if (acceptsGzip(state.acceptEncoding)) {
      entry.deflatedParts ??= deflateParts(entry.bodyParts);
      zipped = gzipWithNonce(entry.bodyParts, entry.deflatedParts, nonce);
    } else {
      body = Buffer.concat(
        entry.bodyParts.flatMap((part, i) => (i === 0 ? [part] : [Buffer.from(nonce), part])),
      );
    }
    if (res.destroyed) return;
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    if (entry.cspParts.length > 0)
      res.setHeader("content-security-policy", entry.cspParts.join(nonce));
    res.setHeader("vary", addVary(res.getHeader("vary"), ["Accept-Encoding", "User-Agent"]));
    res.setHeader("x-baton-page-cache", state.how);
    if (zipped) res.setHeader("content-encoding", "gzip");
    const payload = zipped ?? /** @type {Buffer} */ (body);
    res.setHeader("content-length", payload.length);
    state.writeHead.call(res, entry.status);
    state.end.call(res, payload);
  }

  /**
   * Lets Next render into a buffer instead of the socket, then stores the page when it may be
   * shared, and answers this request with it. Resolves with the entry, or undefined.
   */
  function render(req, res, state) {
    return new Promise((resolve) => {
      /** @type {Buffer[]} */
      const chunks = [];
      /** @type {number | undefined} the status Next gave writeHead, if it called it */
      let status;
      /** @type {Record<string, string | string[] | number>} */
      let headHeaders = {};
      let settled = false;
      const finish = (/** @type {Entry | undefined} */ entry) => {
        if (settled) return;
        settled = true;
        resolve(entry);
      };
      const toBuffer = (chunk, encoding) =>
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const restore = () => {
        res.writeHead = state.writeHead;
        res.write = state.write;
        res.end = state.end;
        delete res.flushHeaders;
      };

      res.writeHead = /** @type {any} */ (
        function writeHead(code, reason, headers) {
          status = code;
          const given = typeof reason === "string" ? headers : reason;
          if (Array.isArray(given)) {
            for (let i = 0; i + 1 < given.length; i += 2)
              headHeaders[String(given[i]).toLowerCase()] = given[i + 1];
          } else if (given) {
            for (const [name, value] of Object.entries(given))
              headHeaders[name.toLowerCase()] = value;
          }
          return res;
        }
      );
      res.flushHeaders = () => {};
      res.write = /** @type {any} */ (
        function write(chunk, encoding, callback) {
          if (chunk != null && chunk.length !== 0) chunks.push(toBuffer(chunk, encoding));
          const done = typeof encoding === "function" ? encoding : callback;
          if (typeof done === "function") process.nextTick(done);
          return true;
        }
      );
      res.end = /** @type {any} */ (
        function end(chunk, encoding, callback) {
          if (typeof chunk === "function") {
            callback = chunk;
            chunk = undefined;
          }
          if (chunk != null && chunk.length !== 0) chunks.push(toBuffer(chunk, encoding));
          const done = typeof encoding === "function" ? encoding : callback;
          // Put the real methods back before answering.
          restore();
          if (settled) return res;
          if (res.headersSent) {
            // Something wrote to the socket past the cache: a way of writing it doesn't know.
            console.error("page cache: the response was sent around the cache; not storing it.");
            finish(undefined);
            return res;
          }
          const headers = { ...res.getHeaders(), ...headHeaders };
          const entry = toEntry(status ?? res.statusCode, headers, Buffer.concat(chunks));
          void send(entry, res, state, entry.nonce).then(
            () => typeof done === "function" && done(),
            () => res.destroy(),
          );
          finish(entry.storable ? entry : undefined);
          return res;
        }
      );
      res.once("close", () => finish(undefined));
      new Promise((run) => run(handler(req, res))).catch((error) => {
        console.error("page cache: the handler failed:", error);
        finish(undefined);
        restore();
        if (!res.headersSent) {
          res.statusCode = 500;
          res.setHeader("content-type", "text/plain; charset=utf-8");
          res.end("Internal Server Error\n");
        } else {
          res.destroy();
        }
      });
    });
  }

  /** An entry from a finished render; `storable` says whether others may be served from it. */
  function toEntry(status, headers, body) {
    const csp = headers["content-security-policy"];
    const nonce = typeof csp === "string" ? NONCE_IN_CSP.exec(csp)?.[1] : undefined;
    const contentType = String(headers["content-type"] ?? "");
    const storable =
      status === 200 &&
      String(headers[CACHEABLE_HEADER] ?? "") === CACHEABLE_VALUE &&
      contentType.startsWith("text/html") &&
      headers["set-cookie"] === undefined &&
      nonce !== undefined &&
      nonce.length >= 16;
    /** @type {Array<[string, string | string[]]>} */
    const kept = [];
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || TRANSFER_HEADERS.has(name) || name === "content-security-policy")
        continue;
      kept.push([name, Array.isArray(value) ? value.map(String) : String(value)]);
    }
    // Split at the nonce; a policy without one stays whole and is written back unchanged.
    const cspParts = typeof csp === "string" ? (nonce ? csp.split(nonce) : [csp]) : [];
    const bodyParts = nonce ? splitBuffer(body, Buffer.from(nonce)) : [body];
    return {
      status,
      headers: kept,
      cspParts,
      bodyParts,
      bytes: body.length,
      storable,
      nonce: nonce ?? "",
    };
  }

  /** The request handler: cached share pages, everything else straight to Next. */
  async function handle(req, res) {
    const key = cacheKey(req, { publicOrigin, allowedHosts });
    if (key === undefined) return handler(req, res);
    const state = {
      acceptEncoding: req.headers["accept-encoding"],
      writeHead: res.writeHead,
      write: res.write,
      end: res.end,
      how: "hit",
    };
    const cached = lookup(key) ?? (await inFlight.get(key));
    if (cached) {
      stats.hits++;
      return send(cached, res, state);
    }
    stats.misses++;
    state.how = "miss";
    // Next must not compress what the cache has to re-stamp; the cache compresses instead.
    delete req.headers["accept-encoding"];
    const rendering = render(req, res, state);
    inFlight.set(key, rendering);
    try {
      const entry = await rendering;
      if (entry) remember(key, entry);
    } finally {
      inFlight.delete(key);
    }
  }

  return { handle, stats, size: () => entries.size };
}
