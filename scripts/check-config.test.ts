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

  it("refuses a key repeated in JSON or YAML, naming its path and line, as the earlier value would vanish", () => {
    const json = join(dir, "repeated.json");
    writeFileSync(
      json,
      '{\n  "organisation": {\n    "name": "Acme",\n    "name": "Other"\n  }\n}\n',
    );
    const yaml = join(dir, "repeated.yaml");
    writeFileSync(
      yaml,
      "organisation:\n  name: Acme\nexclude:\n  - name: Camunda\n    reason: a\n    reason: b\n",
    );
    for (const [file, line] of [
      [
        json,
        `${json}: organisation.name: the key "name" appears more than once in the same object (line 4); keep one\n`,
      ],
      [
        yaml,
        `${yaml}: exclude[0].reason: the key "reason" appears more than once in the same object (line 6); keep one\n`,
      ],
    ] as const) {
      const r = run("scripts/check-config.ts", [file]);
      expect(r.status, file).toBe(2);
      expect(r.stderr).toBe(line);
    }
  }, 60_000);

  it("accepts a file saved with a UTF-8 byte-order mark, and YAML merge keys", () => {
    const bom = join(dir, "bom.json");
    writeFileSync(
      bom,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('{"organisation":{"name":"Acme"}}'),
      ]),
    );
    expect(run("scripts/check-config.ts", [bom]).stdout).toBe(
      `${bom}: ok (Acme: 0 paved-road tools, 0 exclusions)\n`,
    );
    const merged = join(dir, "merged.yaml");
    writeFileSync(
      merged,
      [
        "\uFEFForganisation:",
        "  name: Acme",
        "pavedRoad:",
        "  - &temporal",
        "    name: Temporal at Acme",
        "    kind: engine",
        "    url: https://wiki.acme.example/temporal",
        "    why: The managed cluster.",
        "    serves: [durable-execution]",
        "  - <<: *temporal",
        "    name: Temporal at Acme EU",
        "",
      ].join("\n"),
    );
    const r = run("scripts/check-config.ts", [merged]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`${merged}: ok (Acme: 2 paved-road tools, 0 exclusions)\n`);
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

  it("reads an answers file or stdin with a byte-order mark, refuses a repeated key by its path, and writes half a character as U+FFFD", () => {
    const dir = mkdtempSync(join(tmpdir(), "baton-advise-"));
    const bom = join(dir, "answers.json");
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(answers)]));
    const fromFile = run("scripts/advise.ts", [bom]);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    const fromStdin = run("scripts/advise.ts", ["-"], `\uFEFF${answers}`);
    expect(fromStdin.stdout).toBe(fromFile.stdout);

    const repeated = run(
      "scripts/advise.ts",
      ["-"],
      '{"answers": {"teams": "one", "teams": "many"}}',
    );
    expect(repeated.status).toBe(2);

    // Half a character, as a tool that counts UTF-16 units cuts it: U+FFFD in the output JSON.
    const cut = run("scripts/advise.ts", ["-"], '{"answers": {}, "flow": "Checkout \\ud83d"}');
    expect(cut.status, cut.stderr).toBe(0);
    expect(cut.stdout).toContain('"flow": "Checkout \uFFFD"');
    expect(cut.stdout).not.toMatch(/\\ud83d/i);
    expect(repeated.stderr).toBe(
      'advise: stdin: answers.teams: the key "teams" appears more than once in the same object (line 1); keep one\n',
    );
  }, 60_000);

  it("refuses a bad config with exit 2 and one line", () => {
    const r = run("scripts/advise.ts", ["--config", "/no/such.json", "-"], answers);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^advise: --config \/no\/such\.json: cannot read the file/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  }, 60_000);
});
