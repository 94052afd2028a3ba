// The production server behind `npm start`: Next's own request handler (the same one `next start`
// uses, compression and proxy.ts included) behind the share-page cache of ./lib/page-cache.mjs.
//
//   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
//
// PORT and HOSTNAME work too. BATON_PAGE_CACHE=off serves every request from Next, uncached;
// BATON_PAGE_CACHE_ENTRIES (default 512) and BATON_PAGE_CACHE_MB (default 64) bound the cache;
// BATON_PUBLIC_ORIGIN and BATON_ALLOWED_HOSTS decide which Host headers it believes.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { parseAllowedHosts } from "../lib/config/hosts.mjs";
import { createPageCache } from "./lib/page-cache.mjs";

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

// Imported after NODE_ENV is set, so React and Next load their production builds.
const { default: next } = await import("next");
const dir = fileURLToPath(new URL("../", import.meta.url));
const app = next({ dev: false, dir, hostname, port });
await app.prepare();
const nextHandler = app.getRequestHandler();
const handler = cacheEnabled
  ? createPageCache(nextHandler, { ...cacheLimits, ...hostPolicy }).handle
  : nextHandler;

const server = createServer((req, res) => {
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

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
