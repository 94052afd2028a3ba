import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const pkg = JSON.parse(read("package.json")) as {
  engines: { node: string };
  scripts: Record<string, string>;
};
const lock = JSON.parse(read("package-lock.json")) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};

/** The lowest Node version of each alternative in a range: "^20.19.0 || >=24" → 20.19.0, 24.0.0. */
function lowestOfEach(range: string): string[] {
  return new semver.Range(range).set.map(
    (comparators) => semver.minVersion(comparators.map((c) => c.value).join(" "))!.version,
  );
}

describe("the Node version the project promises", () => {
  it("is accepted by every installed package, dev tools included (no EBADENGINE on install)", () => {
    const floors = lowestOfEach(pkg.engines.node);
    expect(floors).toEqual(["20.19.0", "22.13.0", "24.0.0"]);
    const refused: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      // Optional packages are platform builds (sharp for win32-ia32...) that npm skips elsewhere.
      const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (!path || entry.optional || !wanted) continue;
      for (const floor of floors) {
        if (!semver.satisfies(floor, wanted)) refused.push(`${path} wants ${wanted}, not ${floor}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it("is the one the README states", () => {
    expect(read("README.md")).toContain(`Node.js \`${pkg.engines.node}\``);
  });
});

describe("npm run build", () => {
  it("turns Next's telemetry off in every step, on any shell", () => {
    expect(pkg.scripts.build).toBe("node scripts/build.mjs");
    expect(pkg.scripts.prebuild).toBeUndefined();
    expect(read("scripts/build.mjs")).toMatch(
      /env = \{ \.\.\.process\.env, NEXT_TELEMETRY_DISABLED: "1" \}/,
    );
    for (const [name, script] of Object.entries(pkg.scripts)) {
      expect(`${name}: ${script}`).not.toMatch(/next build/);
    }
  });
});
