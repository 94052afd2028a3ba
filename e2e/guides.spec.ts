import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { ARTICLE_GROUPS } from "../lib/content/groups";
import { loadArticles } from "../lib/content/load";
import { CURRENT_WORDS, questionIn } from "../lib/scoring";

const articles = loadArticles();

/** Internal link targets the link check requests. Other routes are built elsewhere; they are listed, not checked. */
const CHECKED = (path: string) =>
  path === "/" || path === "/advisor" || /^\/guides(\/|$)/.test(path);

/** Gzipped bytes of the JavaScript a page's script tags load (modules only, as docs/contracts.md, "Budgets", counts). */
async function initialScriptBytes(page: Page): Promise<{ files: string[]; gzip: number }> {
  const files = await page.$$eval("script[src]:not([nomodule])", (scripts) =>
    scripts.map((s) => (s as HTMLScriptElement).src),
  );
  let gzip = 0;
  for (const file of files) {
    const response = await page.request.get(file);
    expect(response.status(), file).toBe(200);
    gzip += gzipSync(await response.body(), { level: 9 }).length;
  }
  return { files, gzip };
}

test.describe("the guides index", () => {
  test("lists every article under its group, with descriptions", async ({ page, baseURL }) => {
    const response = await page.goto("/guides");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle("Guides · Baton");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      `${baseURL}/guides`,
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guides");
    for (const group of ARTICLE_GROUPS) {
      const section = page.locator("section", {
        has: page.getByRole("heading", { level: 2, name: group.title, exact: true }),
      });
      await expect(section).toContainText(group.description);
      const inGroup = articles.filter((a) => a.dimension === group.id);
      expect(inGroup.length, group.id).toBeGreaterThan(0);
      await expect(section.getByRole("heading", { level: 3 })).toHaveText(
        inGroup.map((a) => a.title),
      );
      for (const article of inGroup) {
        await expect(
          section.getByRole("link", { name: article.title, exact: true }),
        ).toHaveAttribute("href", `/guides/${article.slug}`);
        await expect(section).toContainText(article.description);
      }
    }
  });

  test("answers 404 for an article that doesn't exist", async ({ page }) => {
    const response = await page.goto("/guides/no-such-article");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});

test.describe("each article", () => {
  for (const [index, article] of articles.entries()) {
    test(`${article.slug} renders with its metadata, contents, questions and sources`, async ({
      page,
      baseURL,
    }) => {
      const response = await page.goto(`/guides/${article.slug}`);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(`${article.title} · Baton`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        "content",
        article.description,
      );
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        "href",
        `${baseURL}/guides/${article.slug}`,
      );
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
      await expect(page.locator(`time[datetime="${article.updated}"]`)).toBeVisible();
      await expect(page.getByText(`${article.readingMinutes} min read`)).toBeVisible();

      // The table of contents lists every ## and ### heading, and each entry lands on its heading.
      const toc = page.getByRole("navigation", { name: "On this page" });
      const entries = toc.getByRole("link");
      await expect(entries).toHaveText(article.headings.map((h) => h.text));
      for (const heading of article.headings) {
        const target = page.locator(`[id="${heading.id}"]`);
        await expect(target, heading.id).toHaveCount(1);
        await expect(target).toHaveJSProperty("tagName", `H${heading.depth}`);
        // Each heading is a link to its own anchor.
        await expect(target.getByRole("link")).toHaveAttribute("href", `#${heading.id}`);
      }
      await expect(page.getByRole("heading", { level: 2, name: "Sources" })).toBeVisible();
      await expect(page.locator("h2#sources + ul > li").first()).toBeVisible();

      // The questions it explains link to the questionnaire, and each is scored from the model.
      for (const id of article.questions) {
        await expect(
          page
            .getByRole("link", { name: questionIn(CURRENT_WORDS, id)!.text, exact: true })
            .first(),
        ).toHaveAttribute("href", "/advisor");
        await expect(page.locator(`[data-question="${id}"]`)).toHaveCount(1);
      }

      const pager = page.getByRole("navigation", { name: "Previous and next guides" });
      const previous = articles[index - 1];
      const next = articles[index + 1];
      if (previous)
        await expect(pager.locator('a[rel="prev"]')).toHaveAttribute(
          "href",
          `/guides/${previous.slug}`,
        );
      if (next)
        await expect(pager.locator('a[rel="next"]')).toHaveAttribute(
          "href",
          `/guides/${next.slug}`,
        );
    });
  }
});

test("every internal link on /guides and on every article resolves", async ({
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const pages = ["/guides", ...articles.map((a) => `/guides/${a.slug}`)];
  const targets = new Map<string, Set<string>>(); // path → anchors asked for (may be empty)
  const seenOn = new Map<string, string>();
  for (const path of pages) {
    await page.goto(path);
    const hrefs = await page.$$eval("a[href]", (links) =>
      links.map((a) => (a as HTMLAnchorElement).href),
    );
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const anchors = targets.get(url.pathname) ?? new Set<string>();
      if (url.hash) anchors.add(decodeURIComponent(url.hash.slice(1)));
      targets.set(url.pathname, anchors);
      if (!seenOn.has(url.pathname)) seenOn.set(url.pathname, path);
    }
  }
  const unchecked: string[] = [];
  for (const [path, anchors] of targets) {
    if (!CHECKED(path)) {
      unchecked.push(path);
      continue;
    }
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), `${path} (linked from ${seenOn.get(path)})`).toBe(200);
    if (anchors.size > 0) {
      const html = await response.text();
      for (const anchor of anchors) {
        expect(html, `${path}#${anchor} (linked from ${seenOn.get(path)})`).toContain(
          `id="${anchor}"`,
        );
      }
    }
  }
  // Every article is linked from the index at least.
  for (const article of articles) expect(targets.has(`/guides/${article.slug}`)).toBe(true);
  test.info().annotations.push({
    type: "internal links not checked here (other routes)",
    description: unchecked.sort().join(" ") || "none",
  });
  console.log(
    `link check: ${targets.size - unchecked.length} targets checked; not checked: ${unchecked.sort().join(" ")}`,
  );
});

test.describe("accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const path of [
      "/guides",
      "/guides/how-baton-scores",
      "/guides/is-choreography-simpler",
      "/guides/kubernetes-is-not-your-workflow-orchestrator",
      "/guides/how-baton-does-on-published-cases",
    ]) {
      test(`${path} has no axe violations in ${colorScheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          ),
        ).toEqual([]);
      });
    }
  }

  test("articles fit a 360 px screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const article of articles) {
      await page.goto(`/guides/${article.slug}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, article.slug).toBeLessThanOrEqual(360);
    }
  });
});

test("the published-cases page shows each case with the model's answer, computed on the server", async ({
  page,
}) => {
  await page.goto("/guides/how-baton-does-on-published-cases");
  const table = page.getByRole("table", { name: "Published cases and what the model says" });
  await expect(table.locator("caption")).toHaveText(
    /Published cases, model \d+ verdict agrees in \d+ of \d+/,
  );
  const rows = table.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(6);
  for (const row of await rows.all()) {
    await expect(row.locator("td").last()).toHaveText(
      /(orchestration|choreography|hybrid|too early to say) \((agrees|disagrees)\).*score -?\d/,
    );
  }
  await expect(
    table.getByRole("link", { name: /DoorDash Engineering blog, 18 May 2022/ }),
  ).toHaveAttribute("href", /^https:\/\/careers\.doordash\.com\//);
  await expect(
    page.getByText(/^Model \d+ (agrees|disagrees) with the expert verdict/),
  ).toBeVisible();
});

test("the published-cases page gives the held-out result and names the calibration set", async ({
  page,
}) => {
  await page.goto("/guides/how-baton-does-on-published-cases");
  await page.getByRole("link", { name: "further down" }).click();
  await expect(page).toHaveURL(/#the-fair-test-cases-kept-out-of-the-repository$/);
  const heldOut = page.getByRole("table").filter({ hasText: "What was checked" });
  await expect(heldOut.locator("tbody tr")).toHaveCount(5);
  await expect(heldOut.locator("tbody tr").first()).toContainText("10 of 10");
  await expect(heldOut.locator("tbody tr").last()).toContainText("33 of 35");
  await expect(
    page.getByRole("heading", { level: 3, name: "What the model was calibrated on" }),
  ).toBeVisible();
  await expect(page.getByText(/None of the held-out sets above was used\./)).toBeVisible();
});

test("an article reads the same without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/guides/what-is-orchestration");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What orchestration is");
  await expect(
    page.getByRole("img", { name: /^Orchestration: Checkout orchestrator sends a command/ }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Sources" })).toBeVisible();
  await context.close();
});

test("an article makes no request off the origin and logs no errors", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const offOrigin: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) offOrigin.push(r.url());
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/guides/how-baton-scores");
  await page
    .getByRole("navigation", { name: "On this page" })
    .getByRole("link", { name: "Gates" })
    .click();
  await expect(page).toHaveURL(/#gates$/);
  await page.waitForLoadState("networkidle");
  expect(offOrigin).toEqual([]);
  expect(errors).toEqual([]);
});

test("an article page loads at most 145 KiB of JavaScript, no more than the landing page", async ({
  page,
}) => {
  await page.goto("/");
  const landing = await initialScriptBytes(page);
  await page.goto("/guides/how-baton-scores");
  const article = await initialScriptBytes(page);
  console.log(
    `initial JS (gzip -9): article ${(article.gzip / 1024).toFixed(1)} KiB in ${article.files.length} files; landing ${(landing.gzip / 1024).toFixed(1)} KiB`,
  );
  expect(article.gzip).toBeLessThanOrEqual(145 * 1024);
  // Articles have no client components of their own: nothing beyond what every page loads.
  const extra = article.files.filter((f) => !landing.files.includes(f));
  expect(extra).toEqual([]);
});
