// `npm run build`: the content checks (scripts/check-content.ts), then `next build`, with Next's
// telemetry off. A Node script rather than `VAR=1 next build` in package.json, because that
// syntax does not work in Windows shells. `npm start`, the benchmark, the soak and the
// Observatory scan build through this file too (scripts/lib/build-freshness.mjs).
//
//   node scripts/build.mjs [next build options]
//
// Exits with the status of the first step that fails.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildInputFiles, noteBuild } from "./lib/build-freshness.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const steps = [
  ["--import", "tsx", join(root, "scripts", "check-content.ts")],
  [join(root, "node_modules", "next", "dist", "bin", "next"), "build", ...process.argv.slice(2)],
];
// What the build is made from, taken before it starts, so that an edit made while it runs, or a
// file removed later, still makes it stale (scripts/lib/build-freshness.mjs).
const startedAt = Date.now();
const inputs = buildInputFiles(root).map((file) => file.name);
for (const args of steps) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
noteBuild(root, startedAt, inputs);
