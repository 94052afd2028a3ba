// Where and when a bench part ran: the commit and the machine, for the notes under the table.
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { ROOT } from "../lib/production-server.mjs";

/** The short commit, with "+ uncommitted changes" when the tree differs (RESULTS.md aside). */
export function commit() {
  const git = (args) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout?.trim();
  const sha = git(["rev-parse", "--short", "HEAD"]) || "unknown";
  const dirty = git(["status", "--porcelain", "--", ".", ":!bench/RESULTS.md"]);
  return dirty ? `${sha} + uncommitted changes` : sha;
}

/** CPU count and model, memory, Node and Chromium versions, in one line. */
export function machine() {
  const chromium = spawnSync(process.env.CHROME_PATH || "/usr/bin/chromium", ["--version"], {
    encoding: "utf8",
  }).stdout?.trim();
  const cpu = cpus();
  return [
    `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}`,
    `${Math.round(totalmem() / 2 ** 30)} GiB`,
    `Node ${process.versions.node}`,
    chromium || "Chromium unknown",
  ].join(", ");
}
