import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildResult } from "../result";
import { adrMarkdown } from "./adr";
import { SCENARIO_DIR } from "../testing/scenarios";

const SCENARIOS = SCENARIO_DIR;
const GOLDEN = resolve(process.cwd(), "e2e/fixtures/golden/checkout-core-and-side-effects.adr.md");
const URL = "https://baton.example/r/1Bq8R1Wu64?flow=Checkout";

function scenario(name: string) {
  return JSON.parse(readFileSync(join(SCENARIOS, `${name}.json`), "utf8")) as {
    input: Parameters<typeof buildResult>[0];
  };
}

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return "";
  const next = markdown.slice(start + heading.length + 2).search(/\n#{1,3} /);
  return next < 0
    ? markdown.slice(start)
    : markdown.slice(start, start + heading.length + 2 + next);
}

describe("adrMarkdown", () => {
  it("matches the golden file for the checkout calibration scenario", () => {
    const adr = adrMarkdown(buildResult(scenario("checkout-core-and-side-effects").input), {
      url: URL,
    });
    // UPDATE_GOLDEN=1 rewrites the file after an intended wording change; review the diff.
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(GOLDEN)) writeFileSync(GOLDEN, adr);
    expect(adr).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("has every MADR section in order", () => {
    const adr = adrMarkdown(buildResult(scenario("loan-origination").input), { url: URL });
    const headings = adr.split("\n").filter((l) => /^#{1,3} /.test(l));
    const order = [
      "## Context and Problem Statement",
      "## Decision Drivers",
      "## Considered Options",
      "## Decision Outcome",
      "### Consequences",
      "## Pros and Cons of the Options",
      "## More Information",
      "### Revisit when",
    ].map((h) => headings.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(adr.startsWith("---\nstatus: proposed\n---\n")).toBe(true);
  });

  it("names the chosen option from the verdict", () => {
    const orchestration = adrMarkdown(buildResult(scenario("loan-origination").input), {
      url: URL,
    });
    expect(orchestration).toContain('Chosen option: "Orchestration", because');
    const choreography = adrMarkdown(buildResult(scenario("order-placed-fanout").input), {
      url: URL,
    });
    expect(choreography).toContain('Chosen option: "Choreography", because');
  });

  it("takes the decision drivers from the strongest contributions", () => {
    const result = buildResult(scenario("loan-origination").input);
    const drivers = section(adrMarkdown(result, { url: URL }), "## Decision Drivers");
    const strongest = [...result.contributions].sort(
      (a, b) => Math.abs(b.weighted) - Math.abs(a.weighted),
    )[0]!;
    expect(strongest.weighted).not.toBe(0);
    expect(drivers.split("\n").find((l) => l.startsWith("* "))).toContain(
      strongest.weighted > 0 ? "toward orchestration" : "toward choreography",
    );
  });

  it("turns flips into revisit-when triggers", () => {
    const result = buildResult(scenario("seed-simple").input);
    expect(result.flips.length).toBeGreaterThan(0);
    const revisit = section(adrMarkdown(result, { url: URL }), "### Revisit when");
    expect(revisit).toContain("the verdict would be");
    expect(revisit).toContain(`(score `);
  });

  it("chooses nothing when too little is answered, and lists what to answer", () => {
    const result = buildResult(scenario("nothing-known").input);
    expect(result.insufficient).toBe(true);
    const adr = adrMarkdown(result, { url: URL });
    expect(adr).not.toContain("Chosen option:");
    expect(adr).toContain("No option is chosen yet");
    expect(adr).toContain("How complex is the control flow?");
  });

  it("keeps a hostile flow name literal", () => {
    const flow = "</script><img src=x onerror=alert(1)> [click](javascript:alert(1)) # *x* `y`";
    const adr = adrMarkdown(buildResult({ flow, answers: { teams: "one" } }), { url: URL });
    expect(adr).not.toMatch(/(^|[^\\])<img/);
    expect(adr).not.toContain("](javascript");
    expect(adr).toContain("\\<img src\\=x onerror\\=alert\\(1\\)\\>");
    expect(adr.split("\n").filter((l) => l.startsWith("# "))).toHaveLength(1);
  });

  it("links back to the result page", () => {
    const adr = adrMarkdown(buildResult({ answers: {} }), { url: URL });
    expect(adr).toContain(`<${URL}>`);
  });

  it("is the same text every time", () => {
    const input = scenario("startup-events-without-tracing").input;
    expect(adrMarkdown(buildResult(input), { url: URL })).toBe(
      adrMarkdown(buildResult(input), { url: URL }),
    );
  });
});
