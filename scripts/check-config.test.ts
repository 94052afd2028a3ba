import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function run(script: string, args: string[], input?: string) {
  const r = spawnSync("npx", ["tsx", script, ...args], { input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("check-config", () => {
  const dir = mkdtempSync(join(tmpdir(), "baton-check-"));

  it("accepts the example config with exit 0", () => {
    const r = run("scripts/check-config.ts", ["examples/baton.config.json"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^examples\/baton\.config\.json: ok \(Acme Platform: 3 paved-road tools, 2 exclusions\)\n$/,
    );
  }, 60_000);

  it("exits 2 with one line naming the bad field", () => {
    const file = join(dir, "bad.yaml");
    writeFileSync(file, "organisation:\n  name: Acme\nexclude:\n  - name: Camunda\n");
    const r = run("scripts/check-config.ts", [file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`${file}: exclude[0].reason: is required\n`);
  }, 60_000);
});

describe("advise --config", () => {
  const answers = JSON.stringify({
    answers: {
      "control-flow": "dynamic",
      duration: "hours",
      consistency: "near-atomic",
      visibility: "ops-per-instance",
      participants: "five-to-seven",
      teams: "one",
    },
  });

  it("applies the paved road and marks every tool's source", () => {
    const r = run("scripts/advise.ts", ["--config", "examples/baton.config.json", "-"], answers);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { tools: { name: string; source: string }[] };
    expect(result.tools[0]).toMatchObject({
      name: "Temporal at temporal.acme.example",
      source: "organisation",
    });
    expect(result.tools.every((t) => t.source === "organisation" || t.source === "catalogue")).toBe(
      true,
    );
  }, 60_000);

  it("refuses a bad config with exit 2 and one line", () => {
    const r = run("scripts/advise.ts", ["--config", "/no/such.json", "-"], answers);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^advise: --config \/no\/such\.json: cannot read the file/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  }, 60_000);
});
