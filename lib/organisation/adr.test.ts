import { describe, expect, it } from "vitest";
import { adrMarkdown } from "../adr";
import { buildResult } from "../result";
import type { Answers } from "../scoring";
import { scenarioAnswers } from "../testing/scenarios";
import { loadConfigFile } from "./load";
import { withOrganisation } from "./result";
import { withWords } from "@/lib/result/load";

const loaded = loadConfigFile("examples/baton.config.json");
if (!loaded.ok) throw new Error(loaded.message);
const config = loaded.value.config;
const URL = "https://baton.acme.example/r/x";
// A long-running, audited, one-team flow: the loan-origination calibration scenario.
const answers = {
  ...scenarioAnswers("m2-loan-origination.json"),
  platform: "kubernetes",
  messaging: "kafka",
} as Answers;

describe("the ADR with an organisation config", () => {
  const result = withOrganisation(buildResult({ flow: "Checkout", answers }), config);
  const adr = adrMarkdown(withWords(result), {
    url: URL,
    date: "2026-11-30",
    organisation: { name: config.organisation.name, adr: config.adr },
  });

  it("takes decision-makers and the first status for the front matter from the config", () => {
    expect(
      adr.startsWith(
        '---\nstatus: proposed\ndate: 2026-11-30\ndecision-makers: "<your team\'s tech lead>, Acme architecture guild"\n---\n',
      ),
    ).toBe(true);
  });

  it("says where records live, with a file name of the configured width", () => {
    expect(adr).toContain("### Where this record lives at Acme Platform");
    expect(adr).toContain(
      "Store this record in https://git.acme.example/architecture/decisions, under `docs/decisions`, with the next free number (for example `0001-checkout.md`).",
    );
    expect(adr).toContain(
      "Statuses used at Acme Platform: proposed, accepted, rejected, deprecated, superseded.",
    );
  });

  it("marks the paved-road tools and leaves the excluded ones out", () => {
    expect(adr).toContain(
      "* [Temporal at temporal.acme.example](https://wiki.acme.example/platform/temporal) (your organisation's choice):",
    );
    // No tool entry is an excluded one (another tool's description may still mention it).
    expect(adr).not.toMatch(/^\* \[[^\]]*(Camunda|Step Functions)/m);
    expect(adr).toContain("* [Flowable]");
  });

  it("is the plain record when the organisation sets no ADR settings", () => {
    const plain = adrMarkdown(withWords(buildResult({ flow: "Checkout", answers })), {
      url: URL,
      date: "2026-11-30",
    });
    const named = adrMarkdown(withWords(buildResult({ flow: "Checkout", answers })), {
      url: URL,
      date: "2026-11-30",
      organisation: { name: "Acme" },
    });
    expect(named).toBe(plain);
  });
});
