import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmbedCard } from "@/components/result/embed-card";
import { ToolList } from "@/components/result/tool-list";
import { SiteFooter, SiteHeader } from "@/components/site-chrome";
import { loadConfigFile } from "@/lib/organisation/load";
import { withOrganisation } from "@/lib/organisation/result";
import { buildResult } from "@/lib/result";
import { OrganisationChoice } from "./organisation-choice";
import { OrganisationPick } from "./organisation-pick";
import { withWords } from "@/lib/result/load";

const answers = {
  "control-flow": "dynamic",
  consistency: "multi-step-compensation",
  visibility: "regulated-audit",
  duration: "days-or-human",
  teams: "one",
  "end-to-end-owner": "yes",
  "workflow-engine": "can-self-host",
} as const;

const loaded = loadConfigFile("examples/baton.config.json");
if (!loaded.ok) throw new Error(loaded.message);
const config = loaded.value.config;

describe("organisation markup", () => {
  it("adds nothing to the chrome, the tool list or the embed card without a config", () => {
    // Unit tests run without BATON_CONFIG, as a deployment without one does.
    const result = buildResult({ answers });
    const html = [
      renderToStaticMarkup(<SiteHeader />),
      renderToStaticMarkup(<SiteFooter />),
      renderToStaticMarkup(<ToolList tools={result.tools} />),
      renderToStaticMarkup(
        <EmbedCard {...withWords(result)} pageUrl="https://baton.example/r/x" />,
      ),
    ].join("\n");
    // The model's own sentences may say "organisation answers"; no organisation markup may appear.
    expect(html).not.toMatch(
      /your organisation|organisation guidance|data-organisation|data-source="organisation"|class="[^"]*organisation/i,
    );
    expect(html).toContain("Baton");
  });

  it("marks the paved-road tools in the tool list, and only those", () => {
    const result = withOrganisation(buildResult({ answers }), config);
    const html = renderToStaticMarkup(<ToolList tools={result.tools} />);
    const marks = html.match(/data-source="organisation"/g) ?? [];
    expect(marks.length).toBe(result.tools.filter((t) => t.source === "organisation").length);
    expect(marks.length).toBeGreaterThan(0);
    expect(html.indexOf("Temporal at temporal.acme.example")).toBeLessThan(
      html.indexOf("your organisation&#x27;s choice"),
    );
  });

  it("names the picks on the embed card, and says nothing for catalogue tools", () => {
    const result = withOrganisation(buildResult({ answers }), config);
    const html = renderToStaticMarkup(<OrganisationPick tools={result.tools} />);
    expect(html).toContain("Temporal at temporal.acme.example");
    expect(renderToStaticMarkup(<OrganisationChoice source="catalogue" />)).toBe("");
    const catalogueOnly = result.tools.filter((t) => t.source === "catalogue");
    expect(renderToStaticMarkup(<OrganisationPick tools={catalogueOnly} />)).toBe("");
  });
});
