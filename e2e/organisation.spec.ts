// Baton with the example organisation config (examples/baton.config.json), on a server of its own.
import { expect, test } from "@playwright/test";
import { encode } from "../lib/share";
import { scenarioAnswers } from "../lib/testing/scenarios";
import { startOwnServer, type OwnServer } from "./own-server";

const PORT = Number(process.env.E2E_ORG_PORT ?? 3510);
// Loan origination (a calibration scenario), on the example's paved platform.
const LOAN = {
  ...scenarioAnswers("m2-loan-origination.json"),
  platform: "aws",
  messaging: "kafka",
};
const CODE = encode(LOAN as never);
const PAVED_ENGINE = "Temporal at temporal.acme.example";

test.describe.configure({ mode: "serial" });

let server: OwnServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startOwnServer(PORT, {
    BATON_CONFIG: "examples/baton.config.json",
    BATON_PUBLIC_ORIGIN: `http://127.0.0.1:${PORT}`,
  });
});
test.afterAll(async () => {
  await server?.stop();
});

test("an orchestration result lists the paved-road engine first, marked, and no excluded tool", async ({
  page,
}) => {
  await page.goto(`${server.url}/r/${CODE}?flow=Loan%20origination`);
  await expect(page.locator("[data-verdict]").first()).toHaveAttribute(
    "data-verdict",
    "orchestration",
  );
  // Model 2 groups the tools under the implementation form they serve, in "How to build it".
  const tools = page.locator("[data-how-to-build]");
  // The paved-road tools lead "How to build it", marked, the engine first.
  const engines = tools.locator("[data-organisation-tools] li");
  await expect(engines.first()).toContainText(PAVED_ENGINE);
  await expect(engines.first()).toContainText("your organisation's choice");
  // platform "aws" would suggest AWS Step Functions first; the example excludes it. No tool is
  // named Step Functions (a reason may still cite its retention period as a fact).
  await expect(page.locator("main a", { hasText: /Step Functions/ })).toHaveCount(0);
  await expect(tools.locator("li", { hasText: /^AWS Step Functions/ })).toHaveCount(0);
  // No tool named Camunda (excluded); another tool's description may still mention it.
  await expect(page.locator("main a", { hasText: /^Camunda/ })).toHaveCount(0);
  // The site says whose Baton this is, and Baton stays visible as the tool.
  await expect(page.locator("header .brand")).toContainText("Baton");
  await expect(page.locator("header [data-organisation]")).toContainText("Acme Platform");
  await expect(page.locator("[data-organisation-footer]")).toContainText("#platform-help");
  // The internal guidance sits beside the public articles.
  await expect(page.locator("[data-organisation-guidance]")).toContainText(
    "Acme's guide to data ownership and sagas",
  );
  const logo = await page.request.get(`${server.url}/organisation-logo`);
  expect(logo.status()).toBe(200);
  expect(logo.headers()["content-type"]).toBe("image/svg+xml");

  await page.setViewportSize({ width: 1280, height: 900 });
  await tools.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "docs/screenshots/organisation-paved-road.png" });
});

test("the JSON export, the API and the embed card carry the organisation's choice", async ({
  page,
  request,
}) => {
  const exported = await request.get(`${server.url}/r/${CODE}/json`);
  // The tools follow the config, which changes at a rollout: no year-long immutable caching.
  expect(exported.headers()["cache-control"]).toBe("public, max-age=3600");
  const json = await exported.json();
  expect(json.tools[0]).toMatchObject({ name: PAVED_ENGINE, source: "organisation" });
  for (const tool of json.tools) expect(["organisation", "catalogue"]).toContain(tool.source);

  const api = await (await request.get(`${server.url}/api/v1/recommendation?code=${CODE}`)).json();
  expect(api.tools).toEqual(json.tools);
  expect(api.score).toBe(json.score);

  await page.goto(`${server.url}/embed/r/${CODE}`);
  await expect(page.locator("[data-organisation-pick]")).toContainText(PAVED_ENGINE);
});

test("the ADR takes decision-makers from the config and says where records live", async ({
  request,
}) => {
  const adr = await (
    await request.get(`${server.url}/r/${CODE}/adr?flow=Loan%20origination`)
  ).text();
  expect(adr).toContain('decision-makers: "<your team\'s tech lead>, Acme architecture guild"');
  expect(adr).toContain("https://git.acme.example/architecture/decisions, under `docs/decisions`");
  expect(adr).toContain("`0001-loan-origination.md`");
  expect(adr).toContain(
    `[${PAVED_ENGINE}](https://wiki.acme.example/platform/temporal) (your organisation's choice)`,
  );
});

test("a fresh questionnaire starts from the organisation's context defaults", async ({ page }) => {
  await page.goto(`${server.url}/advisor#context`);
  await expect(page.getByRole("radio", { name: "Kubernetes" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Kafka" })).toBeChecked();
  // The user can change them.
  await page.getByRole("radio", { name: "Google Cloud" }).check();
  await expect(page.getByRole("radio", { name: "Google Cloud" })).toBeChecked();
});

test("publishes the config's JSON Schema", async ({ request }) => {
  const response = await request.get(`${server.url}/api/config.schema.json`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/schema+json");
  const schema = await response.json();
  expect(schema.required).toEqual(["organisation"]);
  expect(Object.keys(schema.properties)).toContain("pavedRoad");
});
