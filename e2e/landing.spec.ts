import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { EXAMPLE_RESULT } from "../lib/content/example-result";

test("the landing page says what Baton is and links to the questionnaire", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Orchestrate, choreograph");
  await page.getByRole("link", { name: "Start the questionnaire" }).click();
  await expect(page).toHaveURL(/\/advisor$/);
});

test("the landing page has no axe violations", async ({ page }) => {
  await page.goto("/");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("the landing page refuses framing and sends a nonce CSP", async ({ request }) => {
  const response = await request.get("/");
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-inline' ;");
  expect(response.headers()["x-powered-by"]).toBeUndefined();
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the landing page links one example result, a published real case", async ({ page }) => {
  await page.goto("/");
  const example = page.getByTestId("example-result").getByRole("link");
  await expect(example).toHaveAttribute(
    "href",
    `/r/${EXAMPLE_RESULT.code}?flow=${encodeURIComponent(EXAMPLE_RESULT.flow)}`,
  );
  await example.click();
  await expect(page.locator("[data-verdict]").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the two landing buttons stand apart and the menu keeps its links on one row", async ({
    page,
  }) => {
    await page.goto("/");
    const start = (await page
      .getByRole("link", { name: "Start the questionnaire" })
      .boundingBox())!;
    const guides = (await page.getByRole("link", { name: "Read the guides" }).boundingBox())!;
    const apart =
      guides.y >= start.y + start.height
        ? guides.y - (start.y + start.height)
        : guides.x - (start.x + start.width);
    expect(apart).toBeGreaterThanOrEqual(8);
    const tops = await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(tops).toHaveLength(5);
    expect(new Set(tops).size).toBe(1);
  });
});

test("printing uses margins of Baton's own", async ({ page }) => {
  await page.goto("/");
  const margins = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
      .map((rule) => rule.style.getPropertyValue("margin-top")),
  );
  expect(margins.length).toBeGreaterThan(0);
  expect(margins.every((m) => parseFloat(m) >= 10)).toBe(true);
});
