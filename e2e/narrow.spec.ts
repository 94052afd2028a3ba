import { expect, test, type Page } from "@playwright/test";
import { STEP_IDS } from "../lib/answers/steps";
import { fixtureCodes } from "../lib/testing/scenarios";

// The narrowest screens people read on (a folded phone's cover screen, a smartwatch browser, a
// zoomed-in desktop): at 240 CSS px nothing may scroll sideways.
const CODES = fixtureCodes();
const LONG_FLOW = "A flow name that is as long as a flow name may be, eighty characters in all!!";

async function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test.use({ viewport: { width: 240, height: 640 } });

test("result pages fit 240 px without sideways scrolling", async ({ page }) => {
  const paths = [
    ...Object.values(CODES)
      .slice(0, 4)
      .map((code) => `/r/${code}`),
    `/r/${CODES["checkout-core-and-side-effects"]}?flow=${encodeURIComponent(LONG_FLOW)}`,
    `/embed/r/${CODES["checkout-core-and-side-effects"]}`,
  ];
  for (const path of paths) {
    await page.goto(path);
    expect(await overflow(page), path).toBeLessThanOrEqual(0);
  }
});

test("the landing page and every questionnaire step fit 240 px", async ({ page }) => {
  await page.goto("/");
  expect(await overflow(page), "/").toBeLessThanOrEqual(0);
  await page.goto(`/advisor?code=${CODES["checkout-core-and-side-effects"]}`);
  for (const step of STEP_IDS) {
    await page.goto(`/advisor#${step}`);
    await page.reload();
    await page.locator("form[data-hydrated]").waitFor({ state: "attached" });
    await expect(page.locator(`#step-${step}`)).toBeVisible();
    expect(await overflow(page), step).toBeLessThanOrEqual(0);
  }
});
