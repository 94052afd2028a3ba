// Is the production build in .next current? `npm start`, the benchmark, the soak and the
// Observatory scan all ask before they serve, so a `git pull` (or any edit) is never answered by
// the build made before it.
//
// The rule: the build is stale when .next/BUILD_ID is missing, or when any file that goes into the
// build was modified after BUILD_ID was written. Git writes every file it checks out or merges
// with the current time, so a pull, a checkout or a merge makes the changed files newer than the
// build. What this cannot see: a file put back with an older modification time (`cp -p`, `tar
// -x`, `touch -d`); `npm run build` by hand covers those.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, as seen from this file. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Files and folders (relative to the root) whose contents go into `next build`. Folders are
 * walked in full; a missing entry is skipped.
 */
export const BUILD_INPUTS = [
  "app",
  "components",
  "content",
  "lib",
  "public",
  "assets",
  "proxy.ts",
  "mdx-components.tsx",
  "next.config.js",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

/** Folders never walked: generated or third-party files. */
const SKIPPED = new Set(["node_modules", ".next", ".git"]);

/** Unit and property tests sit beside the code but never go into the build. */
const TEST_FILE = /\.test(?:-prop)?\.[cm]?[jt]sx?$/;

/** The newest file under `path` as `{ path, mtimeMs }`, or undefined when there is none. */
function newestFile(path) {
  if (!existsSync(path)) return undefined;
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let newest;
  for (const entry of readdirSync(path)) {
    if (SKIPPED.has(entry) || TEST_FILE.test(entry)) continue;
    const found = newestFile(join(path, entry));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/**
 * Why the build in `root`/.next must be made again, as a sentence fragment ("there is no
 * production build", "lib/scoring/model.ts changed after the last build"), or undefined when it
 * is current. Compares modification times in milliseconds; reads only file metadata.
 *
 * @param {string} [root] the repository root (default: this repository)
 * @param {readonly string[]} [inputs] paths relative to `root` (default: BUILD_INPUTS)
 * @returns {string | undefined}
 */
export function staleBuildReason(root = ROOT, inputs = BUILD_INPUTS) {
  const buildId = join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return "there is no production build";
  const builtAt = statSync(buildId).mtimeMs;
  for (const input of inputs) {
    const newest = newestFile(join(root, input));
    if (newest && newest.mtimeMs > builtAt) {
      const name = relative(root, newest.path).split("\\").join("/");
      return `${name} changed after the last build`;
    }
  }
  return undefined;
}

/**
 * Makes sure a current production build exists, running `npm run build` (content checks, then
 * `next build` with telemetry off) when it does not. `mode` is "auto" (build when missing or
 * stale), "never" (never build; throw when there is no build at all, warn when it is stale) or
 * "always". Throws when the build fails.
 *
 * @param {"auto" | "never" | "always"} [mode]
 * @param {{ root?: string, build?: (reason: string) => number | null }} [options] `build` runs
 *   the build and returns its exit status (tests replace it)
 */
export function ensureBuild(mode = "auto", { root = ROOT, build = runBuild(root) } = {}) {
  const reason = mode === "always" ? "a build was asked for" : staleBuildReason(root);
  if (!reason) return;
  if (mode === "never") {
    if (existsSync(join(root, ".next", "BUILD_ID"))) {
      console.error(`Note: ${reason}; using the existing build as asked (--no-build).`);
      return;
    }
    throw new Error(
      "No production build (.next/BUILD_ID): run `npm run build` or drop --no-build.",
    );
  }
  const status = build(reason);
  if (status !== 0) throw new Error(`The build failed (exit ${status}).`);
}

/** The default builder: `node scripts/build.mjs` in `root`, output passed through. */
function runBuild(root) {
  return (reason) => {
    console.error(`Building, because ${reason} (about a minute)...`);
    const result = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    return result.status;
  };
}
