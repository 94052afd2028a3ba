// The production server behind `npm start`: Next's own request handler (the same one `next start`
// uses, compression and proxy.ts included) behind the share-page cache of ./lib/page-cache.mjs.
//
//   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
//
// PORT and HOSTNAME work too. BATON_PAGE_CACHE=off serves every request from Next, uncached;
// BATON_PAGE_CACHE_ENTRIES (default 512) and BATON_PAGE_CACHE_MB (default 64) bound the cache;
// BATON_PUBLIC_ORIGIN and BATON_ALLOWED_HOSTS decide which Host headers it believes.
// BATON_CONFIG (an organisation config file) is checked before Next starts: a bad one stops the
// server with one line naming the field. SIGTERM drains (see drain below); SIGINT stops at once.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { parseAllowedHosts } from "../lib/config/hosts.mjs";
import { createPageCache, withoutInternalHeaders } from "./lib/page-cache.mjs";

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `serve: --port must be a TCP port number, got "${values.port ?? process.env.PORT}".`,
  );
  process.exit(2);
}
const cacheEnabled = process.env.BATON_PAGE_CACHE !== "off";
/** A whole number from the environment, or the default; anything else stops the server. */
function envCount(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`serve: ${name} must be a positive whole number, got "${raw}".`);
    process.exit(2);
  }
  return value;
}
const cacheLimits = {
  maxEntries: envCount("BATON_PAGE_CACHE_ENTRIES", 512),
  maxBytes: envCount("BATON_PAGE_CACHE_MB", 64) * 1024 * 1024,
};
/** Which Host headers the cache believes (the app reads the same two variables). */
function publicOrigin() {
  try {
    return process.env.BATON_PUBLIC_ORIGIN
      ? new URL(process.env.BATON_PUBLIC_ORIGIN).origin
      : undefined;
  } catch {
    return undefined;
  }
}
const hostPolicy = {
  publicOrigin: publicOrigin(),
  allowedHosts: parseAllowedHosts(process.env.BATON_ALLOWED_HOSTS),
};

const drainDelayMs = envMilliseconds("BATON_DRAIN_DELAY_MS", 5000);
const drainTimeoutMs = envMilliseconds("BATON_DRAIN_TIMEOUT_MS", 20000);

/** Milliseconds from the environment (0 allowed), or the default; anything else stops the server. */
function envMilliseconds(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`serve: ${name} must be a whole number of milliseconds, got "${raw}".`);
    process.exit(2);
  }
  return value;
}

// The same check as `npm run check-config`, before anything listens.
if (process.env.BATON_CONFIG?.trim()) {
  const { tsImport } = await import("tsx/esm/api");
  const { loadConfigFile } = await tsImport("../lib/organisation/load.ts", import.meta.url);
  const loaded = loadConfigFile(process.env.BATON_CONFIG.trim());
  if (!loaded.ok) {
    console.error(`serve: BATON_CONFIG: ${loaded.message}`);
    process.exit(2);
  }
}

// Imported after NODE_ENV is set, so React and Next load their production builds.
const { default: next } = await import("next");
const dir = fileURLToPath(new URL("../", import.meta.url));
const app = next({ dev: false, dir, hostname, port });
await app.prepare();
const nextHandler = app.getRequestHandler();
// Internal headers are dropped outside the cache, so a request it passes by loses them too.
const handler = withoutInternalHeaders(
  cacheEnabled
    ? createPageCache(nextHandler, { ...cacheLimits, ...hostPolicy }).handle
    : nextHandler,
);

let draining = false;
const server = createServer((req, res) => {
  if (draining) {
    // Tell the load balancer first, and let no connection be reused: each one ends with its response.
    res.setHeader("Connection", "close");
    if (req.url === "/api/health" || req.url?.startsWith("/api/health?")) {
      res.writeHead(503, {
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": "no-store",
        "Retry-After": "5",
      });
      res.end('{"status":"draining"}\n');
      return;
    }
  }
  new Promise((run) => run(handler(req, res))).catch((error) => {
    console.error(error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end("Internal Server Error");
    } else {
      res.destroy();
    }
  });
});
server.listen(port, hostname, () => {
  const shown = hostname === "0.0.0.0" ? "localhost" : hostname;
  console.log(
    `Baton is serving the production build on http://${shown}:${port}` +
      (cacheEnabled
        ? ` (share-page cache: up to ${cacheLimits.maxEntries} pages, ${cacheLimits.maxBytes / 2 ** 20} MiB)`
        : " (share-page cache off)"),
  );
});

process.once("SIGINT", () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 3000).unref();
});

// Graceful drain, the order Kubernetes needs: the pod leaves the Service's endpoints only after
// readiness fails, so keep serving (health says 503) for BATON_DRAIN_DELAY_MS, then stop accepting,
// let requests in flight finish and exit 0; after BATON_DRAIN_TIMEOUT_MS, cut the rest and exit 1.
process.once("SIGTERM", () => {
  draining = true;
  const started = Date.now();
  console.log(`serve: SIGTERM, draining (health answers 503; closing in ${drainDelayMs} ms)`);
  setTimeout(() => {
    server.close(() => {
      console.log(`serve: drained in ${Date.now() - started} ms`);
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      console.error(`serve: drain timed out after ${drainTimeoutMs} ms; closing what is left`);
      server.closeAllConnections();
      process.exit(1);
    }, drainTimeoutMs).unref();
  }, drainDelayMs);
});
