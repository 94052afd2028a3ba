import { expect, test, type Page } from "@playwright/test";
import { parseAnswersJson } from "../lib/answers";
import { buildResult } from "../lib/result";
import { hardestPulls } from "../lib/result/answer-first";
import { wordsFor } from "../lib/result/wording";
import { loadScenarios } from "../lib/testing/scenarios";

/**
 * The answer comes first (issue 24): for every model-2 calibration result with a verdict, the first
 * screen names the verdict, the answers that pulled hardest (by label) and the top of "How to build
 * it", and the page stays short.
 */
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const MAX_DESKTOP_HEIGHT = 3500;

/**
 * Every calibration result a model decides, at that model's own code: the m2-* scenarios at their
 * model-2 codes, and the current model's m3-* scenarios at their model-3 codes (what a person who
 * answers the questionnaire today gets).
 */
function decidedResults(model: number) {
  return loadScenarios()
    .filter((s) => s.input.model === model)
    .flatMap((s) => {
      const parsed = parseAnswersJson(s.input);
      if (!parsed.ok) return [];
      const result = buildResult(parsed.value);
      if (result.verdict === null) return [];
      const flow = parsed.value.flow;
      return [
        {
          file: s.file,
          result,
          url: `/r/${result.code}${flow ? `?flow=${encodeURIComponent(flow)}` : ""}`,
        },
      ];
    });
}

const results = decidedResults(2);
const current = decidedResults(3);

for (const [model, list] of [
  [2, results],
  [3, current],
] as const) {
  test(`model ${model} has calibration results of every verdict to check`, () => {
    expect(list.length).toBeGreaterThan(10);
    expect(new Set(list.map((r) => r.result.verdict))).toEqual(
      new Set(["orchestration", "choreography", "hybrid"]),
    );
  });
}

/** Curly quotes inside a label may be shown as single ones, so quotes never nest. */
const plain = (text: string) => text.replace(/[\u201c\u201d\u2018\u2019"']/g, "");

async function bottomOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  return box!.y + box!.height;
}

async function topOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, selector).not.toBeNull();
  return box!.y;
}

test.describe("desktop, 1366×900", () => {
  test.use({ viewport: DESKTOP });

  for (const { file, result, url } of [...results, ...current]) {
    test(`${file} (model ${result.model}): the first screen answers, and the page is at most ${MAX_DESKTOP_HEIGHT} px`, async ({
      page,
    }) => {
      await page.goto(url);
      const header = page.locator("header[data-verdict]");
      await expect(header).toHaveAttribute("data-verdict", result.verdict!);
      expect(await bottomOf(page, "h1")).toBeLessThanOrEqual(DESKTOP.height);

      const why = page.locator("[data-why]");
      expect(await bottomOf(page, "[data-why]")).toBeLessThanOrEqual(DESKTOP.height);
      const text = plain(await why.innerText());
      const pulls = hardestPulls(wordsFor(result), result);
      const named = pulls.filter((p) => text.includes(plain(p.label)));
      expect(
        named.length,
        `named: ${named.map((p) => p.label).join(" | ")}`,
      ).toBeGreaterThanOrEqual(Math.min(2, pulls.length));

      // The top of "How to build it": its heading and its first form, on the first screen.
      expect(await bottomOf(page, "#build-title")).toBeLessThanOrEqual(DESKTOP.height);
      expect(await topOf(page, "[data-first-form]")).toBeLessThan(DESKTOP.height);

      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(MAX_DESKTOP_HEIGHT);
    });
  }
});

test.describe("phone, 390×844", () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  for (const { file, result, url } of [...results, ...current]) {
    test(`${file} (model ${result.model}): verdict, reason and first form within two screens`, async ({
      page,
    }) => {
      await page.goto(url);
      const twoScreens = PHONE.height * 2;
      expect(await bottomOf(page, "h1")).toBeLessThanOrEqual(PHONE.height);
      expect(await bottomOf(page, "[data-why]")).toBeLessThanOrEqual(twoScreens);
      expect(await bottomOf(page, "[data-first-form]")).toBeLessThanOrEqual(twoScreens);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test("keyboard order follows the reading order: the answer, then how to build it, then the rest", async ({
  page,
}) => {
  const { url } = results.find((r) => r.result.verdict === "orchestration")!;
  await page.setViewportSize(DESKTOP);
  await page.goto(url);
  // The order of the focusable landmarks' first links, in document (and so tab) order.
  const order = await page.evaluate(() => {
    const sections = [...document.querySelectorAll("main [data-reading-order]")];
    return sections.map((s) => s.getAttribute("data-reading-order"));
  });
  expect(order).toEqual(
    ["answer", "build", "gates", "change", "evidence", "reading"].filter((s) => order.includes(s)),
  );
  expect(order.slice(0, 2)).toEqual(["answer", "build"]);
});
