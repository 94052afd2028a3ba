// Is the production build in .next current? `npm start`, the benchmark, the soak and the
// Observatory scan all ask before they serve, so a `git pull` (or any edit) is never answered by
// the build made before it.
//
// The rule: the build is stale when .next/BUILD_ID is missing, when any file that goes into the
// build was modified after the build started, or when such a file was added or removed since.
// scripts/build.mjs notes the start time and the list of input files in .next/baton-build.json;
// a build made with plain `next build` has no such note, and then BUILD_ID's time stands in for
// the start and additions and removals are only seen by the times of the files added. Git writes every file it checks out or merges
// with the current time, so a pull, a checkout or a merge makes the changed files newer than the
// build. What this cannot see: a file put back with an older modification time (`cp -p`, `tar
// -x`, `touch -d`); `npm run build` by hand covers those.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
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

/** Every file under `path` (itself when a file) as `{ path, mtimeMs }`, appended to `out`. */
function walk(path, out) {
  if (!existsSync(path)) return out;
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    out.push({ path, mtimeMs: stat.mtimeMs });
    return out;
  }
  for (const entry of readdirSync(path).sort()) {
    if (SKIPPED.has(entry) || TEST_FILE.test(entry)) continue;
    walk(join(path, entry), out);
  }
  return out;
}

/**
 * The files that go into the build, as `{ name, mtimeMs }` with `name` relative to `root` and
 * written with "/", sorted by name.
 *
 * @param {string} [root]
 * @param {readonly string[]} [inputs] paths relative to `root` (default: BUILD_INPUTS)
 * @returns {{ name: string, mtimeMs: number }[]}
 */
export function buildInputFiles(root = ROOT, inputs = BUILD_INPUTS) {
  const files = [];
  for (const input of inputs) walk(join(root, input), files);
  return files
    .map(({ path, mtimeMs }) => ({ name: relative(root, path).split("\\").join("/"), mtimeMs }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Where scripts/build.mjs notes what a build was made from. */
const BUILD_NOTE = join(".next", "baton-build.json");

/**
 * Notes, after a successful build, when it started and which input files it saw, so that
 * staleBuildReason sees files edited during the build and files removed since.
 *
 * @param {string} root the repository root
 * @param {number} startedAt when the build started, in ms since the epoch
 * @param {readonly string[]} names the input files at the start (buildInputFiles().map(f => f.name))
 */
export function noteBuild(root, startedAt, names) {
  writeFileSync(join(root, BUILD_NOTE), `${JSON.stringify({ startedAt, files: names })}\n`);
}

/** The note of the build in `root`, or undefined when there is none or it can't be read. */
function readBuildNote(root) {
  try {
    const note = JSON.parse(readFileSync(join(root, BUILD_NOTE), "utf8"));
    if (typeof note.startedAt === "number" && Array.isArray(note.files)) return note;
  } catch {
    // No note: a plain `next build`, or an older build.
  }
  return undefined;
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
  const note = readBuildNote(root);
  const builtAt = note ? note.startedAt : statSync(buildId).mtimeMs;
  const files = buildInputFiles(root, inputs);
  const changed = files.find((file) => file.mtimeMs > builtAt);
  if (changed) return `${changed.name} changed after the last build`;
  if (note) {
    const now = new Set(files.map((file) => file.name));
    const then = new Set(note.files);
    const removed = note.files.find((name) => !now.has(name));
    if (removed) return `${removed} was removed after the last build`;
    const added = files.find((file) => !then.has(file.name));
    if (added) return `${added.name} was added after the last build`;
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
    console.error(
      `Building, because ${reason} (a few minutes on two cores; Next prints its steps below)...`,
    );
    const result = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    return result.status;
  };
}
