#!/usr/bin/env node
/**
 * Prints which folder imports which: one line per folder pair, `from -> to (n)`, where n counts
 * the import statements (static `import`/`export … from`, and `import("…")`) from source files in
 * `from` that resolve to a file in `to`. Folders are the first two path segments under the
 * repository root (`components/result`, `lib/share`, `app/(site)`), so the list stays readable.
 * Only relative and `@/` specifiers are followed; packages are left out. Test files
 * (`*.test.ts`, `*.test-prop.ts`, `*.test.tsx`) are counted apart, with `--tests`.
 *
 * Usage: `node scripts/import-map.mjs [--tests] [--depth N]` from the repository root.
 */
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, dirname, relative, resolve, sep } from "node:path";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const withTests = args.includes("--tests");
const depthAt = args.indexOf("--depth");
const depth = depthAt >= 0 ? Number(args[depthAt + 1]) : 2;
const SKIP = new Set(["node_modules", ".next", ".git", "bench", "public", "content", "assets"]);
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const TEST = /\.(test|test-prop)\.(ts|tsx|mts)$/;

/** Every source file below `dir`, as paths relative to the root. */
function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith(".")) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else if (SOURCE.test(name) && !name.endsWith(".d.ts")) out.push(relative(root, full));
  }
  return out;
}

/** The file a specifier names, relative to the root, or null for a package. */
function resolveSpec(fromFile, spec) {
  let base;
  if (spec.startsWith("@/")) base = join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = resolve(root, dirname(fromFile), spec);
  else return null;
  const tries = [base, ...[".ts", ".tsx", ".mjs", ".js", ".mts"].map((e) => base + e)];
  tries.push(...["index.ts", "index.tsx", "index.js"].map((i) => join(base, i)));
  for (const t of tries) if (existsSync(t) && statSync(t).isFile()) return relative(root, t);
  return relative(root, base);
}

/** The folder a file is counted under: its first `depth` directory segments. */
function folderOf(file) {
  const parts = file.split(sep);
  parts.pop();
  return parts.length === 0 ? "." : parts.slice(0, depth).join("/");
}

const IMPORT =
  /(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|import\s+["']([^"']+)["']/g;
const counts = new Map();
for (const file of walk(root)) {
  if (TEST.test(file) !== withTests) continue;
  const text = readFileSync(join(root, file), "utf8");
  for (const m of text.matchAll(IMPORT)) {
    const target = resolveSpec(file, m[1] ?? m[2] ?? m[3]);
    if (target === null) continue;
    const from = folderOf(file);
    const to = folderOf(target);
    if (from === to) continue;
    const key = `${from} -> ${to}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}
for (const key of [...counts.keys()].sort()) console.log(`${key} (${counts.get(key)})`);
