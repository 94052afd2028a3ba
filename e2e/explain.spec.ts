/**
 * Results that explain themselves (issue 13): the verdict's reason and flips with their new score,
 * the chat summary, the printed report (read back from the PDF's text), the interactive chart's
 * labels, the edit-answers guard and the review step's keyboard path.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { extractText } from "unpdf";
import { questionShortLabel, questionText } from "../lib/result/wording";
import { formatPoints } from "../lib/result/format";
import { encode } from "../lib/share";
import { fixtureCodes, SCENARIO_DIR } from "../lib/testing/scenarios";
import { baseURL } from "../playwright.config";
import { MODEL_V1, modelFor } from "../lib/scoring";

const codes = fixtureCodes();
const CHECKOUT = codes["checkout-core-and-side-effects"]!;
const LOAN = codes["loan-origination"]!;
const STORAGE_KEY = "baton:answers";

type ResultJson = {
  code: string;
  score: number;
  insufficient: boolean;
  verdict: string | null;
  verdictReason?: string;
  verdictRule?: { id: string } | null;
  flips: { question: string; to: string; scoreChange: number; score?: number }[];
  contributions: { question: string; weighted: number }[];
  tools: { name: string; why: string }[];
};

async function resultJson(page: Page, code: string, flow = ""): Promise<ResultJson> {
  const response = await page.request.get(`/r/${code}/json?flow=${encodeURIComponent(flow)}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ResultJson;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

test.describe("model 2 results explain themselves", () => {
  const files = readdirSync(SCENARIO_DIR).filter((f) => /^m2-.*\.json$/.test(f));

  for (const file of files) {
    test(`"${file}": the header gives the JSON's verdict reason, and each flip its new score`, async ({
      page,
    }) => {
      const scenario = JSON.parse(readFileSync(join(SCENARIO_DIR, file), "utf8")) as {
        input: { model?: number; flow?: string; answers: Record<string, string> };
      };
      // Scored by the scenario's own model (model 2), as its share code says.
      const code = encode(
        scenario.input.answers as Parameters<typeof encode>[0],
        modelFor(scenario.input.model ?? 2)!,
      );
      const flow = scenario.input.flow ?? "";
      const json = await resultJson(page, code, flow);
      await page.goto(`/r/${code}?flow=${encodeURIComponent(flow)}`);
      const header = page.locator("header[data-verdict]");
      if (json.insufficient) {
        // Too early: no verdict anywhere on the page, and the questions to answer instead.
        expect(json.verdict).toBeNull();
        await expect(header.locator("[data-verdict-reason]")).toHaveCount(0);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Too early to recommend");
        await expect(
          page.getByRole("heading", { name: "Answer a few more questions first" }),
        ).toBeVisible();
        const noVerdict = /Orchestrate this flow|Choreograph it|Hybrid: |the verdict would be/;
        await expect(page.locator("main")).not.toContainText(noVerdict);
        await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
          "content",
          /too few questions are answered to name a style/,
        );
        const query = `?flow=${encodeURIComponent(flow)}`;
        await page.goto(`/embed/r/${code}${query}`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Too early to recommend");
        await expect(page.locator("body")).not.toContainText(noVerdict);
        const adr = await (await page.request.get(`/r/${code}/adr${query}`)).text();
        expect(adr).not.toContain("Chosen option:");
        expect(adr).not.toMatch(/the verdict (orchestration|choreography|a hybrid)/);
        const summary = await (await page.request.get(`/r/${code}/summary${query}`)).text();
        expect(summary).not.toMatch(noVerdict);
        return;
      }
      expect(json.verdictReason, "a decided result carries verdictReason").toBeTruthy();
      // The header says why in the answers' words; a rule-made verdict adds the model's sentence.
      const why = header.locator("[data-why]");
      await expect(why).toContainText("The answers that pulled hardest");
      if (json.verdictRule) await expect(why).toContainText(json.verdictReason!);
      const flips = page.locator("[data-flip-score]");
      await expect(flips).toHaveCount(json.flips.length);
      for (const flip of json.flips) {
        const score = flip.score ?? json.score + flip.scoreChange;
        // The new score, then the verdict, or the band and the rule that would override it.
        const item = page.locator(`[data-flip-question="${flip.question}"] li`).filter({
          hasText: new RegExp(
            `the score would be ${formatPoints(score).replace("+", "\\+")}( and the verdict|, in the (orchestration|choreography|hybrid) band, but the [a-z-]+ rule would make the verdict)`,
          ),
        });
        await expect(item, `${flip.question} → ${flip.to}`).not.toHaveCount(0);
      }
    });
  }
});

test.describe("flips", () => {
  test("read as the new score and verdict, grouped per question, smallest change first", async ({
    page,
  }) => {
    const code = codes["seed-simple"]!;
    const json = await resultJson(page, code);
    expect(json.flips.length).toBeGreaterThan(1);
    await page.goto(`/r/${code}`);
    const section = page.getByRole("region", { name: "What would change this" });
    const groups = await section
      .locator("[data-flip-question]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-flip-question")));
    expect(new Set(groups).size).toBe(groups.length);
    const smallest = groups.map((q) =>
      Math.min(...json.flips.filter((f) => f.question === q).map((f) => Math.abs(f.scoreChange))),
    );
    expect([...smallest].sort((a, b) => a - b)).toEqual(smallest);
    const first = json.flips.find((f) => f.question === groups[0])!;
    await expect(section.locator("[data-flip-score]").first()).toHaveText(
      new RegExp(
        `^If .+ were “.+” instead of “.+”, the score would be ${formatPoints(json.score + first.scoreChange).replace("+", "\\+")}( and the verdict|, in the \\w+ band, but the [a-z-]+ rule would make the verdict) (orchestration|choreography|a hybrid)\\.$`,
      ),
    );
    await expect(section).not.toContainText("(score ");
  });
});

test.describe("chat summary", () => {
  test("is Markdown of at most 600 characters for every calibration result, with its link", async ({
    request,
  }) => {
    const longFlow =
      "A flow name that is as long as a flow name may be, eighty characters in all!!";
    for (const [id, code] of Object.entries(codes)) {
      for (const flow of ["", longFlow]) {
        const response = await request.get(
          `/r/${code}/summary${flow ? `?flow=${encodeURIComponent(flow)}` : ""}`,
        );
        expect(response.status(), id).toBe(200);
        expect(response.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
        const text = (await response.text()).trimEnd();
        expect(text.length, `${id}: ${text}`).toBeLessThanOrEqual(600);
        expect(text).toContain(`${baseURL}/r/${code}`);
      }
    }
    expect((await request.get(`/r/${CHECKOUT.slice(0, -1)}/summary`)).status()).toBe(404);
  });

  test("reads cleanly where it is pasted: no backslashes in Markdown, Slack's mrkdwn on ?format=slack", async ({
    request,
    page,
  }) => {
    const flow = "Checkout v2.1 (EU) - payments/refunds & R&D";
    const query = `?flow=${encodeURIComponent(flow)}`;
    const markdown = await (await request.get(`/r/${CHECKOUT}/summary${query}`)).text();
    expect(markdown.startsWith(`**${flow}**: `)).toBe(true);
    const slack = await request.get(`/r/${CHECKOUT}/summary${query}&format=slack`);
    expect(slack.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    const text = await slack.text();
    expect(text.startsWith("*Checkout v2.1 (EU) - payments/refunds &amp; R&amp;D*: ")).toBe(true);
    expect(text).not.toContain("\\");
    expect(text.trimEnd().endsWith(`<${baseURL}/r/${CHECKOUT}${query}>`)).toBe(true);
    expect((await request.get(`/r/${CHECKOUT}/summary?format=html`)).status()).toBe(400);

    // The result page links to the Slack variant.
    await page.goto(`/r/${CHECKOUT}${query}`);
    await page.getByText("More actions").click();
    const href = await page
      .getByRole("link", { name: "Summary for Slack apps (mrkdwn)" })
      .getAttribute("href");
    expect(await (await request.get(href!)).text()).toBe(text);
  });

  test("Copy summary puts the same text on the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`/r/${LOAN}?flow=Loans`);
    await page.getByText("More actions").click();
    await page.getByRole("button", { name: "Copy summary" }).click();
    await expect(page.getByText("Copied.")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const served = await (await page.request.get(`/r/${LOAN}/summary?flow=Loans`)).text();
    expect(copied).toBe(served.trimEnd());
    expect(copied).toMatch(/^\*\*Loans\*\*: /);
  });
});

test.describe("print", () => {
  for (const format of ["A4", "Letter"] as const) {
    test(`the printed report on ${format}: URL, model, date and tool descriptions, and the chart on one page`, async ({
      page,
    }) => {
      const json = await resultJson(page, CHECKOUT, "Checkout");
      await page.goto(`/r/${CHECKOUT}?flow=Checkout`);
      const today = new Date().toISOString().slice(0, 10);
      await expect(page.locator("[data-print-footer] time")).toHaveAttribute("datetime", today);
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format, printBackground: true });
      const { text, totalPages } = await extractText(new Uint8Array(pdf), { mergePages: false });
      expect(totalPages).toBeGreaterThan(1);
      const pages = text.map(squash);
      const all = pages.join(" ");
      expect(all.replace(/\s/g, "")).toContain(`Printedfrom${baseURL}/r/${CHECKOUT}?flow=Checkout`);
      expect(all).toContain(`Baton model 1, share code ${CHECKOUT}, printed on ${today}`);
      expect(json.tools.length).toBeGreaterThan(0);
      for (const tool of json.tools) expect(all).toContain(squash(tool.why));
      // The contributions chart (the answers that pulled hardest): caption, axis and every row on
      // one page; every answer is printed in the table, unfolded on paper.
      const chartPage = pages.findIndex((p) => p.includes("pulled hardest (points × weight)"));
      expect(chartPage).toBeGreaterThanOrEqual(0);
      const onChartPage = pages[chartPage]!;
      expect(onChartPage).toContain("choreography");
      const strongest = [...json.contributions]
        .filter((c) => c.weighted !== 0)
        .sort((a, b) => Math.abs(b.weighted) - Math.abs(a.weighted))
        .slice(0, 6);
      expect(strongest.length).toBeGreaterThan(2);
      for (const c of strongest) {
        expect(onChartPage, questionShortLabel(MODEL_V1, c.question)).toContain(
          questionShortLabel(MODEL_V1, c.question),
        );
      }
      // PDF text may break a line at a hyphen: compare without spaces and hyphens.
      const bare = (text: string) => text.replace(/[\s-]/g, "");
      for (const c of json.contributions) {
        expect(bare(all), c.question).toContain(bare(questionText(MODEL_V1, c.question)));
      }
    });
  }
});

test("the interactive chart shows the server chart's labels and values", async ({ page }) => {
  await page.goto(`/r/${CHECKOUT}?flow=Checkout`);
  const chart = page.locator("[data-chart]");
  await expect(chart).toHaveAttribute("data-chart", "static-hydrated");
  const staticRows = await chart
    .locator("[class*=barRow]")
    .evaluateAll((rows) => rows.map((row) => (row.textContent ?? "").replace(/\s+/g, "")));
  // The answers that matter: the strongest pulls, at most 6 ("Show all" has every answer).
  expect(staticRows.length).toBeGreaterThan(2);
  expect(staticRows.length).toBeLessThanOrEqual(6);
  await chart.hover();
  await expect(chart).toHaveAttribute("data-chart", "interactive");
  await expect(chart.locator("[data-chart-label]").first()).toBeVisible();
  const labels = await chart
    .locator("[data-chart-label]")
    .evaluateAll((els) => els.map((el) => (el.textContent ?? "").replace(/\s+/g, "")));
  const values = await chart
    .locator("[data-chart-value]")
    .evaluateAll((els) => els.map((el) => (el.textContent ?? "").trim()));
  // Each server row reads label + answer + value; the interactive chart has the same, row by row.
  expect(labels.map((label, i) => `${label}${values[i]}`)).toEqual(staticRows);
});

test.describe("edit answers never loses work", () => {
  const MINE = {
    state: { answers: { teams: "seven-plus", duration: "sub-second" }, flow: "My own flow" },
    version: 1,
  };

  async function seed(page: Page) {
    await page.goto("/advisor");
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [STORAGE_KEY, JSON.stringify(MINE)],
    );
  }
  const saved = (page: Page) =>
    page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), STORAGE_KEY);

  test("asks before replacing different answers; keeping them opens the link's unsaved", async ({
    page,
  }) => {
    await seed(page);
    await page.goto(`/advisor?code=${CHECKOUT}&flow=Checkout`);
    const ask = page.getByRole("group", { name: "This browser already holds other answers" });
    await expect(ask).toBeVisible();
    await expect(ask).toContainText("2 answers for “My own flow”");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    // The saved answers and flow stay as they were; the store may stamp this tab's id on them.
    expect((await saved(page)).state).toMatchObject(MINE.state);

    await ask
      .getByRole("button", { name: "Keep mine; open the link’s answers separately" })
      .click();
    await expect(page.getByTestId("code-conflict")).toContainText("not saved in this browser");
    // An edit to the link's answers while "separate" leaves the saved answers alone.
    await page
      .locator("#step-review")
      .getByRole("link", { name: /Change.*flow name/ })
      .click();
    await page.locator("#flow").fill("Edited copy");
    expect((await saved(page)).state).toMatchObject(MINE.state);
  });

  test("replacing is undoable", async ({ page }) => {
    await seed(page);
    await page.goto(`/advisor?code=${CHECKOUT}&flow=Checkout`);
    await page.getByRole("button", { name: "Replace mine with the link’s answers" }).click();
    await expect(page.getByTestId("code-conflict")).toContainText("were replaced");
    expect((await saved(page)).state.flow).toBe("Checkout");
    expect(page.url()).not.toContain("code=");
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByTestId("code-conflict")).toHaveText("Your earlier answers are back.");
    // Restored as they were (saved again in the current shape, with this tab's id).
    expect((await saved(page)).state).toMatchObject(MINE.state);
  });

  test("asks nothing when this browser holds no answers", async ({ page }) => {
    await page.goto(`/advisor?code=${CHECKOUT}&flow=Checkout`);
    await expect(page.locator("#step-review")).toBeVisible();
    await expect(page.getByTestId("code-conflict")).toHaveCount(0);
    await expect.poll(async () => (await saved(page))?.state.flow).toBe("Checkout");
  });
});

test("the review step's primary action takes one key press", async ({ page }) => {
  await page.goto(`/advisor?code=${LOAN}&flow=Loans`);
  await expect(page.locator("#step-review")).toBeVisible();
  await page.locator("#step-review").getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Review answers" }).click();
  await expect(page.getByRole("heading", { name: /Review your answers/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/r\//);
  // Editing re-scores the answers with the current model, so the code is a model-3 code.
  expect(new URL(page.url()).pathname).toMatch(/^\/r\/3[A-Za-z0-9_-]{10}$/);
  expect(new URL(page.url()).searchParams.get("flow")).toBe("Loans");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form says what it does: one page, nothing saved as you go", async ({ page }) => {
    await page.goto("/advisor");
    await expect(page.getByText(/All \d+ questions are on this one page/)).toBeVisible();
    await expect(page.getByText(/in \d+ steps, then a review/)).toBeHidden();
  });
});
