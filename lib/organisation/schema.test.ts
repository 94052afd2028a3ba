import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { configJsonSchema } from "./json-schema";
import { MAX_LOGO_BYTES, loadConfigFile, parseConfigText } from "./load";

const minimal = { organisation: { name: "Acme" } };

function problem(config: unknown): string {
  const parsed = parseConfigText(JSON.stringify(config), "json", "baton.config.json");
  if (parsed.ok) throw new Error("expected the config to be refused");
  return parsed.message;
}

describe("the organisation config schema", () => {
  it("accepts the smallest config and the example in the repository", () => {
    expect(parseConfigText(JSON.stringify(minimal), "json", "x.json").ok).toBe(true);
    const example = loadConfigFile("examples/baton.config.json");
    expect(example.ok && example.value.config.organisation.name).toBe("Acme Platform");
    expect(example.ok && example.value.logo?.contentType).toBe("image/svg+xml");
  });

  it("names a missing organisation", () => {
    expect(problem({})).toBe("baton.config.json: organisation: is required");
  });

  it("names an unknown field with its full path, so a typo never does nothing", () => {
    expect(problem({ organisation: { name: "Acme", colour: "red" } })).toBe(
      "baton.config.json: organisation.colour: unknown field (check its spelling; see /api/config.schema.json)",
    );
    expect(problem({ ...minimal, pavedRoads: [] })).toMatch(
      /^baton\.config\.json: pavedRoads: unknown field/,
    );
  });

  it("names a paved-road tool's bad kind with its index and the allowed values", () => {
    const config = {
      ...minimal,
      pavedRoad: [
        { name: "Temporal", kind: "engine", url: "https://t.example", why: "ours" },
        { name: "Postgres", kind: "database", url: "https://p.example", why: "ours" },
      ],
    };
    expect(problem(config)).toBe(
      'baton.config.json: pavedRoad[1].kind: must be one of "engine", "broker", "practice"',
    );
  });

  it("refuses an implementation form that does not exist", () => {
    const tool = {
      name: "T",
      kind: "engine",
      url: "https://t.example",
      why: "w",
      serves: ["saga"],
    };
    expect(problem({ ...minimal, pavedRoad: [tool] })).toMatch(
      /pavedRoad\[0\]\.serves\[0\]: must be one of "in-process"/,
    );
  });

  it("refuses a URL that is not http(s)", () => {
    const tool = { name: "T", kind: "engine", url: "javascript:alert(1)", why: "w" };
    expect(problem({ ...minimal, pavedRoad: [tool] })).toBe(
      "baton.config.json: pavedRoad[0].url: must be an http(s) URL",
    );
  });

  it("requires a reason for every exclusion", () => {
    expect(problem({ ...minimal, exclude: [{ name: "Camunda" }] })).toBe(
      "baton.config.json: exclude[0].reason: is required",
    );
  });

  it("refuses guidance for a gate the model doesn't have", () => {
    const guidance = { gates: { "no-such-gate": [{ title: "x", url: "https://x.example" }] } };
    expect(problem({ ...minimal, guidance })).toMatch(
      /^baton\.config\.json: guidance\.gates\.no-such-gate: unknown field/,
    );
  });

  it("refuses a default that is not an option of its question, and accepts model 2's volume", () => {
    expect(problem({ ...minimal, defaults: { platform: "mainframe" } })).toMatch(
      /^baton\.config\.json: defaults\.platform: must be one of "kubernetes"/,
    );
    expect(
      parseConfigText(JSON.stringify({ ...minimal, defaults: { volume: "100-10k" } }), "json", "x")
        .ok,
    ).toBe(true);
    expect(problem({ ...minimal, defaults: { volume: "lots" } })).toMatch(
      /defaults\.volume: must be one of "under-1"/,
    );
  });

  it("checks the ADR settings", () => {
    expect(problem({ ...minimal, adr: { numberWidth: 0 } })).toBe(
      "baton.config.json: adr.numberWidth: must be at least 1",
    );
    expect(problem({ ...minimal, adr: { statuses: [] } })).toBe(
      "baton.config.json: adr.statuses: must list at least one status",
    );
  });

  it("says which syntax is broken, in one line", () => {
    const json = parseConfigText('{"organisation": ', "json", "a.json");
    expect(!json.ok && json.message).toMatch(/^a\.json: not valid JSON: [^\n]+$/);
    const yaml = parseConfigText("organisation: [unclosed", "yaml", "a.yaml");
    expect(!yaml.ok && yaml.message).toMatch(/^a\.yaml: not valid YAML: [^\n]+$/);
  });
});

describe("loading a config file", () => {
  const dir = mkdtempSync(join(tmpdir(), "baton-config-"));

  it("reads YAML as well as JSON", () => {
    const file = join(dir, "baton.config.yaml");
    writeFileSync(
      file,
      "organisation:\n  name: Acme\nexclude:\n  - name: Camunda\n    reason: licence\n",
    );
    const loaded = loadConfigFile(file);
    expect(loaded.ok && loaded.value.config.exclude?.[0]?.name).toBe("Camunda");
  });

  it("names a missing file instead of crashing", () => {
    const loaded = loadConfigFile(join(dir, "missing.json"));
    expect(!loaded.ok && loaded.message).toMatch(/missing\.json: cannot read the file \(ENOENT/);
  });

  it("refuses a file type it can't parse", () => {
    const loaded = loadConfigFile(join(dir, "baton.config.toml"));
    expect(!loaded.ok && loaded.message).toMatch(/use a \.json, \.yaml or \.yml file$/);
  });

  it("reads the logo relative to the config file, and refuses a missing, foreign or huge one", () => {
    writeFileSync(join(dir, "logo.png"), new Uint8Array([137, 80, 78, 71]));
    writeFileSync(join(dir, "big.svg"), "x".repeat(MAX_LOGO_BYTES + 1));
    const write = (logo: string) => {
      const file = join(dir, "logo.json");
      writeFileSync(file, JSON.stringify({ organisation: { name: "Acme", logo } }));
      return loadConfigFile(file);
    };
    const ok = write("logo.png");
    expect(ok.ok && ok.value.logo?.bytes.length).toBe(4);
    const missing = write("nope.svg");
    expect(!missing.ok && missing.message).toMatch(/organisation\.logo: cannot read/);
    const gif = write("logo.gif");
    expect(!gif.ok && gif.message).toMatch(
      /organisation\.logo: use a \.svg, \.png or \.webp file$/,
    );
    const big = write("big.svg");
    expect(!big.ok && big.message).toMatch(
      /organisation\.logo: \d+ bytes is over the 262144 limit$/,
    );
  });
});

describe("the JSON Schema", () => {
  // An editor's validator, independent of zod: formats are left to zod (ajv needs a plugin).
  const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(
    configJsonSchema(),
  );

  it("accepts the example config and refuses what zod refuses, as an editor would", () => {
    const example = JSON.parse(readFileSync("examples/baton.config.json", "utf8"));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    const tool = { name: "P", kind: "database", url: "https://p.example", why: "w" };
    expect(validate({ ...minimal, pavedRoad: [tool] })).toBe(false);
    expect(validate({ organisation: { name: "Acme", colour: "red" } })).toBe(false);
    const guidance = { gates: { "no-such-gate": [{ title: "x", url: "https://x.example" }] } };
    expect(validate({ ...minimal, guidance })).toBe(false);
  });

  it("describes every top-level field and is strict, for editors", () => {
    const schema = configJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(
      [
        "$schema",
        "adr",
        "defaults",
        "exclude",
        "footer",
        "guidance",
        "organisation",
        "pavedRoad",
      ].sort(),
    );
    expect(schema.required).toEqual(["organisation"]);
    expect(schema.additionalProperties).toBe(false);
  });
});
