import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildResult } from "@/lib/result";
import { SCENARIO_DIR } from "@/lib/testing/scenarios";
import { HowToBuild } from "./how-to-build";
import { ResultView } from "./result-view";
import { withWords } from "@/lib/result/load";

function scenario(name: string) {
  return JSON.parse(readFileSync(join(SCENARIO_DIR, `${name}.json`), "utf8")) as {
    input: Parameters<typeof buildResult>[0];
  };
}

describe("HowToBuild", () => {
  const result = buildResult(scenario("m2-checkout-core-and-side-effects").input);

  it("lists the implementation forms best first, each with its why, and the notes", () => {
    expect(result.implementation.length).toBeGreaterThan(0);
    const html = renderToStaticMarkup(<HowToBuild {...withWords(result)} />);
    const order = result.implementation.map((i) => html.indexOf(`data-implementation="${i.id}"`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const note of result.notes) expect(html).toContain(`data-note="${note.id}"`);
  });

  it("puts each tool under the form it serves, and comes before the rest of the advice on tools", () => {
    const html = renderToStaticMarkup(<HowToBuild {...withWords(result)} />);
    for (const tool of result.tools.filter((t) => t.implementation)) {
      const form = html.indexOf(`data-implementation="${tool.implementation}"`);
      const at = html.indexOf(`>${tool.name.replace(/&/g, "&amp;")}</a>`);
      expect(at, tool.name).toBeGreaterThan(form);
    }
    const page = renderToStaticMarkup(
      <ResultView
        resolved={{ ...withWords(result), guidance: [] }}
        pageUrl="https://b.example/r/x"
      />,
    );
    expect(page.indexOf("How to build it")).toBeGreaterThan(0);
    expect(page).not.toContain('id="tools-title"');
  });

  it("shows nothing for a model 1 result, which has no implementation forms", () => {
    const model1 = buildResult(scenario("loan-origination").input);
    expect(renderToStaticMarkup(<HowToBuild {...withWords(model1)} />)).toBe("");
  });
});
