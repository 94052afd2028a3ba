import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { resultPath } from "@/lib/result/path";
import { QUESTIONS } from "@/lib/scoring/current";
import { UNSURE, type Answers } from "@/lib/scoring/questions";
import { encode } from "@/lib/share";

// The result page (/r/<code>) is built separately: these tests check where the questionnaire
// lands (the URL and its code), not what the result says.

type Choice = { id: string; value: string };

/** One answer per question, chosen by position so that every step has a mix (and some unsure). */
const CHOICES: Choice[] = QUESTIONS.map((q, i) => ({
  id: q.id,
  value: i % 5 === 4 ? UNSURE : q.options[i % q.options.length]!.id,
}));
const EXPECTED = Object.fromEntries(CHOICES.map((c) => [c.id, c.value])) as Answers;
const FLOW = "Order checkout";

function labelOf(choice: Choice): string {
  if (choice.value === UNSURE) return "Not sure / doesn\u2019t apply";
  const question = QUESTIONS.find((q) => q.id === choice.id)!;
  return question.options.find((o) => o.id === choice.value)!.label;
}

function radio(page: Page, choice: Choice) {
  return page.locator(`#q-${choice.id}`).getByRole("radio", { name: labelOf(choice), exact: true });
}

/**
 * Waits until the questionnaire has hydrated: its form carries `data-hydrated`, set in an effect
 * after the saved answers are restored. Before that, clicks and same-document navigations may
 * reach a page whose handlers are not attached yet.
 */
async function hydrated(page: Page) {
  await page.locator("form[data-hydrated]").waitFor({ state: "attached" });
}

async function clearStorage(page: Page, javaScriptEnabled: boolean) {
  await page.goto("/advisor");
  // Without JavaScript nothing hydrates, and nothing can change the URL behind the test's back.
  if (javaScriptEnabled) await hydrated(page);
  await page.evaluate(() => localStorage.clear());
}

/** Answers every question of the visible step with the mouse, then continues. */
async function answerVisibleStepByClicking(page: Page) {
  const section = page.locator("section[data-step]:visible");
  const ids = await section.locator("fieldset").evaluateAll((sets) => sets.map((s) => s.id));
  for (const id of ids) {
    const choice = CHOICES.find((c) => `q-${c.id}` === id)!;
    await radio(page, choice).check();
  }
}

/** Presses Tab until an element matching `selector` (and `text`) has focus; bounded, so a miss fails. */
async function tabTo(page: Page, selector: string, text?: string) {
  for (let i = 0; i < 60; i += 1) {
    const focused = await page.evaluate(
      ([s, t]) => {
        const active = document.activeElement;
        return !!active?.matches(s!) && (t === undefined || active.textContent?.trim() === t);
      },
      [selector, text] as const,
    );
    if (focused) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ""}`);
}

// `E2E_CPU_THROTTLE=4` slows each page's renderer 4× (CDP Emulation.setCPUThrottlingRate, as
// Lighthouse's mobile preset does), to check these tests on a slow machine; unset, nothing changes.
const CPU_THROTTLE = Number(process.env.E2E_CPU_THROTTLE ?? 1);

test.beforeEach(async ({ page, javaScriptEnabled }) => {
  if (CPU_THROTTLE > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_THROTTLE });
  }
  await clearStorage(page, javaScriptEnabled);
});

test("a keyboard alone completes the questionnaire and lands on the result of the answers", async ({
  page,
}) => {
  await page.goto("/advisor");
  await tabTo(page, "#flow");
  await page.keyboard.type(FLOW);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /Step 1 of 6/ })).toBeFocused();
  await expect(page).toHaveURL(/#topology$/);

  for (let step = 1; step <= 5; step += 1) {
    const ids = await page
      .locator("section[data-step]:visible fieldset")
      .evaluateAll((sets) => sets.map((s) => s.id.replace(/^q-/, "")));
    for (const [n, id] of ids.entries()) {
      await tabTo(page, `#q-${id} input[type=radio]`);
      const question = QUESTIONS.find((q) => q.id === id)!;
      const wanted = EXPECTED[id as keyof Answers]!;
      const position =
        wanted === UNSURE
          ? question.options.length + 1
          : question.options.findIndex((o) => o.id === wanted) + 1;
      if (n === 0 && position > 1) {
        // Arrow keys move through the radio group; the first one gets Space to select it.
        await page.keyboard.press("Space");
        for (let k = 1; k < position; k += 1) await page.keyboard.press("ArrowDown");
      } else {
        await page.keyboard.press(String(position));
      }
      await expect(page.locator(`#q-${id} input[type=radio]`).nth(position - 1)).toBeChecked();
      await expect(page.locator(`#q-${id} input[type=radio]`).nth(position - 1)).toBeFocused();
    }
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("heading", { name: new RegExp(`Step ${step + 1} of 6`) }),
    ).toBeFocused();
  }

  await expect(
    page.getByText(`${QUESTIONS.length} of ${QUESTIONS.length} questions answered`),
  ).toBeVisible();
  await tabTo(page, "button", "See the result");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/r\//);
  const url = new URL(page.url());
  expect(url.pathname).toBe(`/r/${encode(EXPECTED)}`);
  expect(url.searchParams.get("flow")).toBe(FLOW);
});

test("the questionnaire runs under the strict CSP: no script errors, nothing leaves the origin", async ({
  page,
  baseURL,
}) => {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(baseURL!)) problems.push(`request: ${request.url()}`);
  });
  await page.goto("/advisor");
  await page.getByRole("button", { name: "Start" }).click();
  await answerVisibleStepByClicking(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /still need/ })).toBeVisible();
  await page.reload();
  await expect(page.getByText(`5 of ${QUESTIONS.length} questions answered`)).toBeVisible();
  expect(problems).toEqual([]);
});

test("Continue with a question unanswered says so and moves focus to it", async ({ page }) => {
  await page.goto("/advisor#coordination");
  await radio(
    page,
    CHOICES.find((c) => c.id === "consistency")!,
  ).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /still need/ })).toHaveText(
    "4 questions on this step still need an answer.",
  );
  await expect(page.locator("#q-visibility input").first()).toBeFocused();
  await expect(page.locator("#q-visibility")).toContainText("Choose an answer, or");
  await expect(page).toHaveURL(/#coordination$/);
});

test("answers survive a reload, and the first screen offers to continue", async ({ page }) => {
  await page.goto("/advisor");
  await page.getByLabel(/Flow name/).fill(FLOW);
  await page.getByRole("button", { name: "Start" }).click();
  await answerVisibleStepByClicking(page);
  await expect(page.getByText(`5 of ${QUESTIONS.length} questions answered`)).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(/#topology$/);
  for (const choice of CHOICES.slice(0, 5)) await expect(radio(page, choice)).toBeChecked();
  await expect(page.getByText(`5 of ${QUESTIONS.length} questions answered`)).toBeVisible();

  await page.goto("/advisor");
  await expect(
    page.getByText(/the 5 answers you gave earlier in this browser are restored/),
  ).toBeVisible();
  await expect(page.getByLabel(/Flow name/)).toHaveValue(FLOW);
  await page.getByRole("button", { name: "Continue where you left off" }).click();
  await expect(page).toHaveURL(/#coordination$/);
});

test("start over asks first, then clears every answer", async ({ page }) => {
  await page.goto("/advisor");
  await page.getByLabel(/Flow name/).fill(FLOW);
  await page.getByRole("button", { name: "Start" }).click();
  await answerVisibleStepByClicking(page);

  await page.getByRole("button", { name: "Start over" }).click();
  const dialog = page.getByRole("dialog", { name: "Start over?" });
  await expect(dialog).toContainText("all 5 answers");
  await dialog.getByRole("button", { name: "Keep my answers" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`5 of ${QUESTIONS.length} questions answered`)).toBeVisible();

  await page.getByRole("button", { name: "Start over" }).click();
  await dialog.getByRole("button", { name: "Clear answers" }).click();
  await expect(page.getByText("All answers are cleared.")).toBeVisible();
  await expect(page.getByLabel(/Flow name/)).toHaveValue("");
  await expect(page.locator("input[type=radio]:checked")).toHaveCount(0);

  await page.reload();
  await expect(page.getByText(/restored/)).toHaveCount(0);
  await expect(page.locator("input[type=radio]:checked")).toHaveCount(0);
});

test("?code= pre-fills every answer and finishes on the same code", async ({ page }) => {
  const code = encode(EXPECTED);
  await page.goto(`/advisor?code=${code}&flow=${encodeURIComponent(FLOW)}`);
  await expect(page.getByRole("heading", { name: /Review your answers/ })).toBeVisible();
  await expect(page.getByText("These answers come from a share link.")).toBeVisible();
  await expect(
    page.getByText(`${QUESTIONS.length} of ${QUESTIONS.length} questions answered`),
  ).toBeVisible();
  // The code leaves the address, so a reload keeps later edits instead of reloading the code.
  await expect(page).toHaveURL(/\/advisor#review$/);

  const teams = CHOICES.find((c) => c.id === "teams")!;
  const row = page.locator("dl div", { hasText: "How many teams of your organisation" });
  await expect(row).toContainText(labelOf(teams));
  await row.getByRole("link", { name: /Change/ }).click();
  await expect(page).toHaveURL(/#organisation$/);
  await expect(radio(page, teams)).toBeChecked();
  await expect(radio(page, teams)).toBeFocused();
  await page.getByRole("button", { name: "Back to review" }).click();

  await page.getByRole("button", { name: "See the result" }).click();
  await page.waitForURL(/\/r\//);
  expect(new URL(page.url()).pathname).toBe(`/r/${code}`);
  expect(new URL(page.url()).searchParams.get("flow")).toBe(FLOW);
});

test("Back after finishing an edit returns to the edited answers, not the code's", async ({
  page,
}) => {
  await page.goto(`/advisor?code=${encode(EXPECTED)}`);
  await page.locator("dl div", { hasText: "How many teams" }).getByRole("link").click();
  await page.getByRole("radio", { name: "Seven or more" }).check();
  await page.getByRole("button", { name: "Back to review" }).click();
  await page.getByRole("button", { name: "See the result" }).click();
  await page.waitForURL(/\/r\//);
  const edited = { ...EXPECTED, teams: "seven-plus" } as Answers;
  expect(new URL(page.url()).pathname).toBe(`/r/${encode(edited)}`);

  await page.goBack();
  await expect(page.getByRole("heading", { name: /Review your answers/ })).toBeVisible();
  await expect(page.locator("dl div", { hasText: "How many teams" })).toContainText(
    "Seven or more",
  );
  await page.goBack();
  await expect(page.getByRole("heading", { name: /Step 4 of 6/ })).toBeVisible();
});

test("a damaged code pre-fills nothing and says so", async ({ page }) => {
  const code = encode(EXPECTED);
  const damaged = code.slice(0, -1) + (code.endsWith("A") ? "B" : "A");
  await page.goto(`/advisor?code=${damaged}`);
  const alert = page.getByRole("alert").filter({ hasText: "This share link is damaged" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Nothing was pre-filled");
  await expect(page.locator("input[type=radio]:checked")).toHaveCount(0);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByText(`0 of ${QUESTIONS.length} questions answered`)).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page is one form with every question, and it lands where the JavaScript version does", async ({
    page,
    browser,
  }, testInfo) => {
    await page.goto("/advisor");
    await expect(page.locator("fieldset")).toHaveCount(QUESTIONS.length);
    for (const q of QUESTIONS) await expect(page.locator(`#q-${q.id}`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Start" })).toBeHidden();
    await page.getByLabel(/Flow name/).fill(FLOW);
    for (const choice of CHOICES) await radio(page, choice).check();
    await page.getByRole("button", { name: "See the result" }).click();
    await page.waitForURL(/\/r\//);
    const withoutJs = new URL(page.url());
    expect(withoutJs.pathname).toBe(`/r/${encode(EXPECTED)}`);

    // The same answers, given step by step with JavaScript on.
    const context = await browser.newContext({
      javaScriptEnabled: true,
      baseURL: testInfo.project.use.baseURL,
    });
    const js = await context.newPage();
    await js.goto("/advisor");
    await js.evaluate(() => localStorage.clear());
    await js.getByLabel(/Flow name/).fill(FLOW);
    await js.getByRole("button", { name: "Start" }).click();
    for (let step = 1; step <= 5; step += 1) {
      await answerVisibleStepByClicking(js);
      await js.getByRole("button", { name: /Continue|Review answers/ }).click();
    }
    await js.getByRole("button", { name: "See the result" }).click();
    await js.waitForURL(/\/r\//);
    const withJs = new URL(js.url());
    await context.close();

    expect(withJs.pathname + withJs.search).toBe(withoutJs.pathname + withoutJs.search);
    expect(withoutJs.pathname + withoutJs.search).toBe(resultPath(encode(EXPECTED), FLOW));
  });

  test("a share code pre-fills the plain form too", async ({ page }) => {
    await page.goto(`/advisor?code=${encode(EXPECTED)}`);
    for (const choice of CHOICES) await expect(radio(page, choice)).toBeChecked();
  });
});

test("the form route answers 400 naming the field for values the form can't send", async ({
  request,
}) => {
  const cases: [string, string][] = [
    ["teams=nine", "teams"],
    ["colour=blue", "colour"],
    ["teams=one&teams=two", "teams"],
    [`flow=${"x".repeat(81)}`, "flow"],
    ["embed=yes", "embed"],
  ];
  for (const [query, field] of cases) {
    const response = await request.get(`/advisor/submit?${query}`, { maxRedirects: 0 });
    expect(response.status(), query).toBe(400);
    expect(await response.text(), query).toContain(`${field}:`);
  }
  const ok = await request.get("/advisor/submit?teams=one&flow=&embed=1", { maxRedirects: 0 });
  expect(ok.status()).toBe(303);
  expect(ok.headers()["location"]).toBe(`/embed/r/${encode({ teams: "one" })}`);
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`),
  ).toEqual([]);
}

/** Opens a step with every question answered (saved in this browser, as a returning user has). */
async function openAnsweredStep(page: Page, step: string) {
  await page.goto(`/advisor?code=${encode(EXPECTED)}`);
  await expect(page).toHaveURL(/#review$/);
  await page.goto(`/advisor#${step}`);
  await page.reload();
  await hydrated(page);
  await expect(page.locator(`#step-${step}`)).toBeVisible();
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test("the first screen", async ({ page }) => {
      await page.goto("/advisor");
      await expectNoAxeViolations(page);
    });

    test("a step showing its errors", async ({ page }) => {
      await page.goto("/advisor#topology");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("alert").filter({ hasText: /still need/ })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    for (const step of ["topology", "coordination", "operations", "organisation", "context"]) {
      test(`step ${step}, answered`, async ({ page }) => {
        await openAnsweredStep(page, step);
        await expectNoAxeViolations(page);
      });
    }

    test("the review and the start-over dialog", async ({ page }) => {
      await openAnsweredStep(page, "review");
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Start over" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("the plain form, as it shows without JavaScript", async ({ browser }, testInfo) => {
      // axe needs script, so this renders the no-JavaScript view in a scripted page: the app's
      // scripts never load and the <noscript> rules are applied by hand.
      const context = await browser.newContext({
        colorScheme,
        bypassCSP: true,
        baseURL: testInfo.project.use.baseURL,
      });
      const page = await context.newPage();
      await page.route("**/_next/static/**/*.js", (route) => route.abort());
      await page.goto("/advisor");
      const noscript = (await page.locator("noscript").first().textContent()) ?? "";
      await page.addStyleTag({ content: noscript.replace(/<\/?style[^>]*>/g, "") });
      await expect(page.locator("fieldset")).toHaveCount(QUESTIONS.length);
      for (const q of QUESTIONS) await expect(page.locator(`#q-${q.id}`)).toBeVisible();
      await expectNoAxeViolations(page);
      await context.close();
    });
  });
}

test("works at 360 px without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/advisor?code=${encode(EXPECTED)}`);
  for (const step of ["review", "start", "topology", "coordination", "context"]) {
    await page.goto(`/advisor#${step}`);
    await page.reload();
    // The step named by the hash shows once the page has hydrated.
    await hydrated(page);
    await expect(page.locator(`#step-${step}`)).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, step).toBeLessThanOrEqual(0);
  }
});

test("the embed shows the questionnaire without site chrome and finishes on the embed result", async ({
  page,
}) => {
  const response = await page.goto("/embed");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".site-header, .site-footer, nav")).toHaveCount(0);
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.locator("#q-teams a").first()).toHaveAttribute("target", "_blank");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await page.goto(`/embed?code=${encode(EXPECTED)}`);
  await page.getByRole("button", { name: "See the result" }).click();
  await page.waitForURL(/\/embed\/r\//);
  expect(new URL(page.url()).pathname).toBe(`/embed/r/${encode(EXPECTED)}`);
});

test("screenshots for the README", async ({ page }) => {
  test.skip(
    !process.env.UPDATE_SCREENSHOTS,
    "set UPDATE_SCREENSHOTS=1 to refresh docs/screenshots",
  );
  const answers = Object.fromEntries(CHOICES.slice(0, 7).map((c) => [c.id, c.value]));
  await page.evaluate(
    (saved) => localStorage.setItem("baton:answers", JSON.stringify({ state: saved, version: 1 })),
    { answers, flow: FLOW },
  );
  for (const [name, width, height] of [
    ["advisor-phone", 360, 780],
    ["advisor-desktop", 1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto("/advisor#coordination");
    await page.reload();
    await expect(page.getByRole("heading", { name: /Step 2 of 6/ })).toBeVisible();
    if (width < 600) {
      // On a phone, start the picture at the progress bar rather than at the site header.
      await page
        .locator("form")
        .evaluate((form) => window.scrollTo(0, form.getBoundingClientRect().top + scrollY - 8));
    }
    await page.screenshot({ path: `docs/screenshots/${name}.png` });
  }
});

test("a step link followed while the page still hydrates shows that step", async ({ page }) => {
  // `/advisor#topology` after `/advisor` is a same-document navigation. When it lands before
  // hydration, Next's router writes back the URL it read before hydrating (history.replaceState,
  // no fragment). The step hook puts the step back and keeps the router's history state. The
  // renderer slowed 10x makes the race near-certain (at 4x the old build lost the step 11 times in
  // 12); the test tries up to five times and fails unless the race happened at least once.
  test.setTimeout(180_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 10 });
  await page.addInitScript(() => {
    const log: string[] = [];
    Object.assign(window, { __urlLog: log });
    window.addEventListener("hashchange", () => log.push(`hashchange ${location.hash}`));
    const replace = history.replaceState.bind(history);
    history.replaceState = (data, unused, url) => {
      log.push(`replaceState ${String(url ?? "")}`);
      replace(data, unused, url);
    };
  });
  let races = 0;
  for (let attempt = 0; attempt < 5 && races === 0; attempt++) {
    await page.goto("/advisor");
    await page.goto("/advisor#topology");
    await expect(page.locator("form[data-hydrated]")).toBeAttached();
    await expect(page.locator("#step-topology")).toBeVisible();
    await expect(page).toHaveURL(/#topology$/);
    const log = await page.evaluate(() => (window as unknown as { __urlLog: string[] }).__urlLog);
    const at = log.indexOf("hashchange #topology");
    if (at < 0 || !log.slice(at + 1).some((l) => /^replaceState [^#]*$/.test(l))) continue;
    races++;
    // The entry the router wrote keeps its router state through the fix, so Back and Forward onto
    // it still reach Next's router. (Without the race, the entry is the browser's own fragment
    // navigation, which carries no state: nothing to check then.)
    expect(await page.evaluate(() => (history.state as { __NA?: boolean } | null)?.__NA)).toBe(
      true,
    );
  }
  expect(races, "the router's write-back never raced the step link").toBe(1);
});
