// Builds when needed, starts the production server (scripts/serve.mjs, what `npm start` runs) on a
// free local port, and reads the server's memory and CPU.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { ROOT } from "./build-freshness.mjs";

export { ROOT, ensureBuild, staleBuildReason } from "./build-freshness.mjs";

const SERVE = join(ROOT, "scripts", "serve.mjs");

function portIsFree(port) {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", () => done(false));
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => done(true)));
  });
}

/** The first free TCP port in [from, to] on 127.0.0.1, skipping `except`. */
export async function freePort(from, to, except = []) {
  for (let port = from; port <= to; port++) {
    if (!except.includes(port) && (await portIsFree(port))) return port;
  }
  throw new Error(`No free port between ${from} and ${to}.`);
}

/** Ports this project's scripts use by default; override with BENCH_PORT_FROM / BENCH_PORT_TO. */
export function portRange() {
  const from = Number(process.env.BENCH_PORT_FROM ?? 3600);
  const to = Number(process.env.BENCH_PORT_TO ?? from + 99);
  return { from, to };
}

async function waitUntilUp(origin, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}.`);
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`The server did not answer on ${origin} within ${timeoutMs / 1000} s.`);
}

/**
 * Starts the production server bound to 127.0.0.1 on a free port of the range. Returns its origin, its pid
 * and `stop()`. The server's own output is kept and printed only if it fails to start.
 */
export async function startProductionServer({ env = {} } = {}) {
  const { from, to } = portRange();
  const port = await freePort(from, to);
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [SERVE, "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        BATON_PUBLIC_ORIGIN: origin,
        ...env,
      },
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  try {
    await waitUntilUp(origin, child, 60_000);
  } catch (error) {
    child.kill("SIGTERM");
    console.error(output);
    throw error;
  }
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
      setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 5000).unref();
    });
  return { origin, port, pid: child.pid, stop, output: () => output };
}

function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function processTree(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i]));
  return all;
}

/** Resident memory of a process and its descendants in bytes (Linux /proc), or undefined. */
export function treeRss(pid) {
  let total = 0;
  for (const id of processTree(pid)) {
    try {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${id}/status`, "utf8"));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      if (id === pid) return undefined;
    }
  }
  return total;
}

const CLOCK_TICKS_PER_SECOND =
  Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

/** User + system CPU time of a process and its descendants in milliseconds (Linux /proc), or undefined. */
export function treeCpuMs(pid) {
  let ticks = 0;
  for (const id of processTree(pid)) {
    try {
      const stat = readFileSync(`/proc/${id}/stat`, "utf8");
      // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      if (id === pid) return undefined;
    }
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}
