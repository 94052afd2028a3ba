import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildInputFiles, ensureBuild, noteBuild, staleBuildReason } from "./build-freshness.mjs";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A repository with one source file and, unless `built` is false, a build; times in seconds. */
function repo({ sourceAt = 1_000, builtAt = 2_000, built = true } = {}) {
  const root = mkdtempSync(join(tmpdir(), "baton-freshness-"));
  roots.push(root);
  mkdirSync(join(root, "lib", "scoring"), { recursive: true });
  writeFileSync(join(root, "lib", "scoring", "model.ts"), "export const MODEL = 1;\n");
  utimesSync(join(root, "lib", "scoring", "model.ts"), sourceAt, sourceAt);
  if (built) {
    mkdirSync(join(root, ".next"));
    writeFileSync(join(root, ".next", "BUILD_ID"), "abc\n");
    utimesSync(join(root, ".next", "BUILD_ID"), builtAt, builtAt);
  }
  return root;
}

/** What `git pull` does to a file it updates: new contents, modified now. */
function pull(root: string, path: string) {
  writeFileSync(join(root, path), "export const MODEL = 2;\n");
}

describe("staleBuildReason", () => {
  it("accepts a build made after every source", () => {
    expect(staleBuildReason(repo())).toBeUndefined();
  });

  it("asks for a build when there is none", () => {
    expect(staleBuildReason(repo({ built: false }))).toBe("there is no production build");
  });

  it("names the source changed since the build (a git pull)", () => {
    const root = repo();
    pull(root, "lib/scoring/model.ts");
    expect(staleBuildReason(root)).toBe("lib/scoring/model.ts changed after the last build");
  });

  it("sees a new file and a changed root file such as package-lock.json", () => {
    const root = repo();
    mkdirSync(join(root, "app"));
    writeFileSync(join(root, "app", "page.tsx"), "export default null;\n");
    expect(staleBuildReason(root)).toBe("app/page.tsx changed after the last build");
    const other = repo();
    writeFileSync(join(other, "package-lock.json"), "{}\n");
    expect(staleBuildReason(other)).toBe("package-lock.json changed after the last build");
  });

  it("ignores files outside the build's inputs, and tests beside the code", () => {
    const root = repo();
    writeFileSync(join(root, "README.md"), "# changed\n");
    writeFileSync(join(root, "lib", "scoring", "model.test.ts"), "\n");
    writeFileSync(join(root, "lib", "scoring", "model.test-prop.ts"), "\n");
    mkdirSync(join(root, "e2e"));
    writeFileSync(join(root, "e2e", "a.spec.ts"), "\n");
    expect(staleBuildReason(root)).toBeUndefined();
  });
});

describe("staleBuildReason with the note scripts/build.mjs leaves", () => {
  /** A build made by scripts/build.mjs: it started at `startedAt` and ended at 2 000 s. */
  function noted(startedAt = 1_500) {
    const root = repo();
    writeFileSync(join(root, "lib", "scoring", "old.ts"), "export {};\n");
    utimesSync(join(root, "lib", "scoring", "old.ts"), 1_000, 1_000);
    noteBuild(
      root,
      startedAt * 1000,
      buildInputFiles(root).map((file) => file.name),
    );
    return root;
  }

  it("accepts the build it notes", () => {
    expect(staleBuildReason(noted())).toBeUndefined();
  });

  it("sees a file removed after the build (a pull that deletes a route)", () => {
    const root = noted();
    unlinkSync(join(root, "lib", "scoring", "old.ts"));
    expect(staleBuildReason(root)).toBe("lib/scoring/old.ts was removed after the last build");
  });

  it("sees a file added with an old time (cp -p, tar -x)", () => {
    const root = noted();
    writeFileSync(join(root, "lib", "scoring", "copied.ts"), "export {};\n");
    utimesSync(join(root, "lib", "scoring", "copied.ts"), 900, 900);
    expect(staleBuildReason(root)).toBe("lib/scoring/copied.ts was added after the last build");
  });

  it("sees a file edited while the build ran", () => {
    const root = noted();
    utimesSync(join(root, "lib", "scoring", "model.ts"), 1_800, 1_800); // before BUILD_ID (2 000 s)
    expect(staleBuildReason(root)).toBe("lib/scoring/model.ts changed after the last build");
  });
});

describe("ensureBuild", () => {
  const recorder = () => {
    const reasons: string[] = [];
    return { reasons, build: (reason: string) => (reasons.push(reason), 0) };
  };

  it("rebuilds after a pull, and not when the build is current", () => {
    const root = repo();
    const current = recorder();
    ensureBuild("auto", { root, build: current.build });
    expect(current.reasons).toEqual([]);
    pull(root, "lib/scoring/model.ts");
    const stale = recorder();
    ensureBuild("auto", { root, build: stale.build });
    expect(stale.reasons).toEqual(["lib/scoring/model.ts changed after the last build"]);
  });

  it("reports a failed build", () => {
    expect(() => ensureBuild("auto", { root: repo({ built: false }), build: () => 1 })).toThrow(
      "The build failed (exit 1).",
    );
  });

  it('"never" uses a stale build but refuses to run without one', () => {
    const root = repo();
    pull(root, "lib/scoring/model.ts");
    const never = recorder();
    ensureBuild("never", { root, build: never.build });
    expect(never.reasons).toEqual([]);
    expect(() => ensureBuild("never", { root: repo({ built: false }) })).toThrow(
      "No production build",
    );
  });
});
