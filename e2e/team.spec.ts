import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { QUESTIONS } from "../lib/scoring";
import { encode } from "../lib/share";
import { extremeAnswers as extreme } from "../lib/testing/arbitraries";
import { CHECKOUT_ANA, CHECKOUT_CLEO, CHECKOUT_CLEO_CHANGES } from "../lib/team/test-answers";

const ANA = encode(extreme("orchestration"));
const BEN = encode(extreme("choreography"));
const DAMAGED = ANA.slice(0, 3) + (ANA[3] === "Q" ? "R" : "Q") + ANA.slice(4);

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test("two opposite people: disagreements marked and first, verdicts linked, a merged verdict", async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  const response = await page.goto(`/team?c=${ANA},${BEN}&n=Ana,Ben`);
  expect(response?.status()).toBe(200);

  const rows = page
    .getByRole("region", { name: "Answers side by side" })
    .locator("tbody tr[data-question]");
  await expect(rows).toHaveCount(QUESTIONS.length);
  const flags = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-differs")));
  const firstAgreeing = flags.indexOf("false");
  expect(firstAgreeing).toBeGreaterThan(0);
  expect(flags.slice(firstAgreeing)).not.toContain("true");
  await expect(rows.first().getByText("disagree", { exact: true })).toBeVisible();

  const verdicts = page.getByRole("list", { name: "Each person's verdict" });
  await expect(verdicts.getByRole("link", { name: "Orchestration" })).toHaveAttribute(
    "href",
    `/r/${ANA}`,
  );
  await expect(verdicts.getByRole("link", { name: "Choreography" })).toHaveAttribute(
    "href",
    `/r/${BEN}`,
  );
  await expect(page.getByRole("columnheader", { name: "Ana", exact: true })).toBeVisible();

  const merged = page.getByTestId("merged-verdict");
  await expect(merged).toHaveAttribute("data-verdict", /^(orchestration|choreography|hybrid)$/);
  await expect(page.getByRole("link", { name: "Open the merged result" })).toHaveAttribute(
    "href",
    /^\/r\/[A-Za-z0-9_-]+$/,
  );
  await expect(page.getByRole("heading", { name: "How the answers are merged" })).toBeVisible();
  expect(errors).toEqual([]);
});

/** The three people of the page's own example: three verdicts, most questions in dispute. */
async function exampleHref(page: Page): Promise<string> {
  await page.goto("/team");
  return (await page
    .getByRole("link", { name: "See an example with three people" })
    .getAttribute("href"))!;
}

test("three divergent people: the page opens with the disagreement, ranked by score impact, then what to agree on, and only then the merged starting point", async ({
  page,
}) => {
  await page.goto(await exampleHref(page));
  const headings = await page.locator("main h2").allTextContents();
  expect(headings.slice(0, 4)).toEqual([
    "Where you disagree",
    "The questions you answer differently, by how much they move the score",
    "Agree on these first",
    "Merged recommendation: a starting point for discussion",
  ]);
  const cards = page.getByRole("list", { name: "Each person's verdict" }).getByRole("listitem");
  await expect(cards).toHaveCount(3);
  const verdicts = new Set(
    await cards
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("data-verdict"))),
  );
  expect(verdicts.size).toBeGreaterThan(1);
  await expect(page.getByTestId("team-stance")).toHaveText(
    new RegExp(`^You reach ${verdicts.size} different verdicts\\.`),
  );
  const impacts = (
    await page
      .getByTestId("disagreements")
      .locator(":scope > li")
      .evaluateAll((lis) => lis.map((li) => Number(li.getAttribute("data-impact"))))
  ).filter((n) => !Number.isNaN(n));
  expect(impacts.length).toBeGreaterThan(3);
  expect([...impacts].sort((a, b) => b - a)).toEqual(impacts);
  const agreeFirst = page.getByTestId("agree-first");
  await expect(agreeFirst).toHaveAttribute("data-kind", /^(alone|together|none)$/);
  // The merged verdict follows the disagreement in the document, never before it.
  const order = await page.evaluate(() => {
    const stance = document.querySelector('[data-testid="team-stance"]')!;
    const merged = document.querySelector('[data-testid="merged-verdict"]')!;
    return stance.compareDocumentPosition(merged) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
});

test("when everyone reaches the same verdict, the page says so first", async ({ page }) => {
  await page.goto(`/team?c=${ANA},${ANA}&n=Ana,Cy`);
  await expect(page.locator("main h2").first()).toHaveText("Where you agree");
  await expect(page.getByTestId("team-stance")).toHaveText(
    "All 2 of you reach the same verdict: orchestration.",
  );
});

test("two links read as before and after, and a result page links to the comparison", async ({
  page,
}) => {
  await page.goto(`/r/${ANA}`);
  const actions = page.getByRole("navigation", { name: "Result actions" });
  await actions.getByText("More actions").click();
  const compare = actions.getByRole("link", { name: "Compare with another result" });
  await expect(compare).toHaveAttribute("href", `/team?c=${ANA}&n=Before,After#team-links`);
  await page.goto(`/team?c=${ANA},${BEN}&n=Before,After`);
  const table = page.getByTestId("before-after");
  await expect(table.getByRole("columnheader")).toHaveText([
    "What",
    "Before",
    "After",
    "What changed",
  ]);
  await expect(table.getByRole("row", { name: /^Verdict/ })).toHaveText(
    /Verdict\s*Orchestration\s*Choreography\s*verdict changed/,
  );
  await expect(table.locator("tr[data-question]").first()).toBeVisible();
  // One flow at two moments: what changed, and nothing merged.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before and after");
  await expect(
    table
      .getByRole("row", { name: /^Score/ })
      .getByRole("cell")
      .last(),
  ).toHaveText(/^[+−-]\d/);
  await expect(page.getByTestId("merged-verdict")).toHaveCount(0);
  await expect(page.getByText(/merged recommendation/i)).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Merged" })).toHaveCount(0);
});

test("two people who differ on 11 answers, seven by one point: all 11 are marked, with how far each moves the score", async ({
  page,
}) => {
  await page.goto(`/team?c=${encode(CHECKOUT_ANA)},${encode(CHECKOUT_CLEO)}&n=Ana,Cleo`);
  const rows = page
    .getByRole("region", { name: "Answers side by side" })
    .locator('tbody tr[data-differs="true"]');
  await expect(rows).toHaveCount(11);
  const marked = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-question")));
  expect(marked.sort()).toEqual(Object.keys(CHECKOUT_CLEO_CHANGES).sort());
  await expect(page.locator('tr[data-question="participants"] th')).toContainText(
    "differs moves the score by up to 1 point",
  );
  await expect(page.locator('tr[data-question="side-effects"] th')).toContainText(
    "doesn't move the score",
  );
  await expect(page.getByTestId("disagreement-summary")).toContainText(
    `11 of ${QUESTIONS.length} questions have different answers`,
  );
  // The ranked list holds the eight that move the score: not side effects, and from model 3 on
  // not the readiness answers (event practices, tracing), which score 0.
  const ranked = page.getByTestId("disagreements").locator(":scope > li");
  await expect(ranked).toHaveCount(8);
  await expect(
    page.getByTestId("disagreements").locator('[data-question="observability"]'),
  ).toHaveCount(0);
  await expect(
    page.getByTestId("disagreements").locator('[data-question="side-effects"]'),
  ).toHaveCount(0);
});

test("a damaged code is reported by its position and the others still count", async ({ page }) => {
  await page.goto(`/team?c=${ANA},${DAMAGED},${BEN}&n=Ana,Dee,Ben`);
  const warning = page.getByRole("status");
  await expect(warning).toContainText("Link 2 (Dee)");
  await expect(warning).toContainText("check character");
  await expect(page.getByRole("columnheader", { name: "Ana", exact: true })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Ben", exact: true })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Dee" })).toHaveCount(0);
  await expect(page.getByTestId("merged-verdict")).toBeVisible();
});

test("names are shown as text, never as markup", async ({ page }) => {
  const name = encodeURIComponent('<img src=x id=injected onerror="alert(1)">');
  await page.goto(`/team?c=${ANA}&n=${name}`);
  await expect(page.locator("#injected")).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: /<img src=x/ })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form turns pasted links and codes into the team address", async ({ page, baseURL }) => {
    await page.goto("/team");
    await page
      .getByLabel("Result links or share codes")
      .fill(`${baseURL}/r/${ANA}?flow=Order%20checkout\n/r/${BEN}, ${ANA}`);
    await page.getByLabel("Names (optional)").fill("Ana\nBen\nCy");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(`/team?c=${ANA},${BEN},${ANA}&n=Ana,Ben,Cy`);
    await expect(page.getByRole("columnheader", { name: "Cy" })).toBeVisible();
    await expect(page.getByTestId("merged-verdict")).toBeVisible();
  });
});

test.describe("accessibility", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`/team has no axe violations, empty and filled, in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const url of [
        "/team",
        `/team?c=${ANA},${DAMAGED},${BEN}&n=Ana,Dee,Ben`,
        `/team?c=${ANA},${BEN}&n=Before,After`,
        `/team?c=${ANA},${ANA}`,
        await exampleHref(page),
      ]) {
        await page.goto(url);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${url}: ${v.id}`)).toEqual([]);
      }
    });
  }

  test("the page fits a 360 px screen: the wide table scrolls inside its own region", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/team?c=${ANA},${BEN},${ANA},${BEN}&n=Ana,Ben,Cy,Dee`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const region = page.getByRole("region", { name: "Answers side by side" });
    await region.focus();
    await expect(region).toBeFocused();
    // A visible cue that the table scrolls, and the question column stays while it does.
    await expect(page.getByText("Scroll the table sideways to see every column")).toBeVisible();
    const question = region.locator("tbody th").first();
    const before = (await question.boundingBox())!.x;
    await region.evaluate((el) => el.scrollBy({ left: 200 }));
    await expect.poll(async () => (await question.boundingBox())!.x).toBe(before);
  });

  test("team pages are not indexed", async ({ page }) => {
    await page.goto(`/team?c=${ANA}`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });
});

test("a result's 'Compare with another result' reads that result as the after: the earlier link pasted there comes first", async ({
  page,
  baseURL,
}) => {
  // The staff engineer's path: a colleague's result (near-atomic), edited to eventual, compared.
  const earlier = encode(CHECKOUT_ANA);
  const edited = encode({ ...CHECKOUT_ANA, consistency: "eventual-simple" });
  await page.goto(`/r/${edited}?flow=Order%20checkout`);
  const actions = page.getByRole("navigation", { name: "Result actions" });
  await actions.getByText("More actions").click();
  await actions.getByRole("link", { name: "Compare with another result" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before and after");
  // Nothing of a team view for one link: no one-person merge.
  await expect(page.getByTestId("merged-verdict")).toHaveCount(0);
  const field = page.getByLabel("The other result's link or share code");
  // The field's label is on screen when the page opens at the form.
  const label = await page.getByText("The other result's link or share code").boundingBox();
  expect(label!.y).toBeGreaterThanOrEqual(0);
  await field.fill(`${baseURL}/r/${earlier}?flow=Order%20checkout`);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(`/team?c=${earlier},${edited}&n=Before,After`);
  const row = page.getByTestId("before-after").locator('tr[data-question="consistency"]');
  await expect(row.getByRole("cell").nth(0)).toContainText("Near-atomic");
  await expect(row.getByRole("cell").nth(1)).toContainText("Eventual");
});

test("the compare form can read the result it came from as the before", async ({ page }) => {
  const earlier = encode(CHECKOUT_ANA);
  const newer = encode({ ...CHECKOUT_ANA, consistency: "eventual-simple" });
  await page.goto(`/team?c=${earlier}&n=Before,After`);
  await page.getByLabel("The other result's link or share code").fill(`/r/${newer}`);
  await page.getByLabel(/the before/).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(`/team?c=${earlier},${newer}&n=Before,After`);
});

test("each person's card says why in the answers that pulled hardest, not the score band's mechanism, and its lines start at the top", async ({
  page,
}) => {
  // Ana orchestrates by the band; Cleo's verdict is made by a rule, which her card names.
  await page.goto(`/team?c=${encode(CHECKOUT_ANA)},${encode(CHECKOUT_CLEO)}&n=Ana,Cleo`);
  const cards = page.getByRole("list", { name: "Each person's verdict" }).getByRole("listitem");
  await expect(cards).toHaveCount(2);
  const ana = cards.nth(0).locator("[data-verdict-reason]");
  await expect(ana).not.toContainText("score band decided");
  await expect(ana).toContainText("Near-atomic");
  await expect(ana).toContainText("(consistency, +4.5)");
  await expect(page.getByTestId("merged-verdict").locator("xpath=../..")).not.toContainText(
    "score band decided",
  );
  // A short card in a row with a taller one keeps its verdict right under the name.
  for (const card of await cards.all()) {
    const name = (await card.locator("span").first().boundingBox())!;
    const verdict = (await card.getByRole("link").boundingBox())!;
    expect(verdict.y - (name.y + name.height)).toBeLessThan(12);
  }
});

test("read as before and after, a changed answer is marked 'changed', not 'disagree'; a team's difference that moves no score says what it can change", async ({
  page,
}) => {
  const edited = encode({ ...CHECKOUT_ANA, consistency: "eventual-simple" });
  await page.goto(`/team?c=${encode(CHECKOUT_ANA)},${edited}&n=Before,After`);
  const changed = page.locator('tr[data-question="consistency"][data-differs="true"] th');
  await expect(changed).toContainText("changed");
  await expect(changed).not.toContainText("disagree");
  await expect(page.getByTestId("disagreement-summary")).toContainText(
    `1 of ${QUESTIONS.length} answers changed`,
  );
  await page.goto(`/team?c=${encode(CHECKOUT_ANA)},${encode(CHECKOUT_CLEO)}&n=Ana,Cleo`);
  await expect(page.locator('tr[data-question="side-effects"] th')).toContainText(
    "doesn't move the score; can change how to build it",
  );
});
