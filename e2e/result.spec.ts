import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { parseAnswersJson } from "../lib/answers";
import { buildResult } from "../lib/result";
import { encode } from "../lib/share";
import { modelFor } from "../lib/scoring";
import { codeEndingIn, gfmLinks } from "../lib/testing/linkified";
import { fixtureCodes, SCENARIO_DIR } from "../lib/testing/scenarios";
import { baseURL } from "../playwright.config";

const codes = fixtureCodes();
const SCENARIOS = SCENARIO_DIR;
const GOLDEN_ORIGIN = "https://baton.example";

type Scenario = {
  name: string;
  input: { model: number; flow?: string; answers: Record<string, string> };
  expect: { verdict?: string | string[]; gates?: string[] };
};

/** What the page must show for a scenario: the CLI's own Result JSON for its answers. */
function expectedResult(scenario: Scenario) {
  const parsed = parseAnswersJson(scenario.input);
  if (!parsed.ok) throw new Error(parsed.message);
  return buildResult(parsed.value);
}

const scenarios = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({
    id: f.replace(/\.json$/, ""),
    scenario: JSON.parse(readFileSync(join(SCENARIOS, f), "utf8")) as Scenario,
  }));

const CHECKOUT = codes["checkout-core-and-side-effects"]!;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test.describe("result pages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { id, scenario } of scenarios) {
    test(`shows the verdict of "${id}" from the server`, async ({ page }) => {
      const code = encode(
        scenario.input.answers as Parameters<typeof encode>[0],
        modelFor(scenario.input.model),
      );
      expect(code, "the share code of this scenario must never change").toBe(codes[id]);
      const result = expectedResult(scenario);
      const flow = scenario.input.flow ?? "";
      const response = await page.goto(`/r/${code}?flow=${encodeURIComponent(flow)}`);
      expect(response?.status()).toBe(200);
      const verdict = page.locator("[data-verdict]");
      await expect(verdict).toHaveAttribute("data-verdict", result.verdict ?? "too-early");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      if (flow) await expect(verdict).toContainText(flow);
      await expect(page.getByText(`Scored by model ${scenario.input.model}`)).toBeVisible();
      for (const gate of scenario.expect.gates ?? []) {
        await expect(page.locator(`[data-gate="${gate}"]`)).toBeVisible();
      }
    });
  }

  test("says the verdict in words", async ({ page }) => {
    await page.goto(`/r/${codes["loan-origination"]}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Orchestrate this flow");
    await page.goto(`/r/${codes["order-placed-fanout"]}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choreograph it");
    await page.goto(`/r/${CHECKOUT}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Hybrid: orchestrate the core, choreograph the side effects",
    );
  });

  test("says it is too early instead of advising a hybrid when nothing is answered", async ({
    page,
  }) => {
    await page.goto(`/r/${codes["nothing-known"]}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Too early to recommend");
    await expect(
      page.getByRole("heading", { name: "Answer a few more questions first" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Which mix fits" })).toHaveCount(0);
    await expect(page.locator("ol li").first()).toBeVisible();
  });

  test("draws the contributions chart as SVG with a table, and no chart script", async ({
    page,
  }) => {
    await page.goto(`/r/${CHECKOUT}`);
    const chart = page.locator('[data-chart="static"]');
    await expect(chart.locator("svg").first()).toBeVisible();
    await expect(chart.getByRole("img")).toHaveAttribute("aria-label", /Diverging bar chart/);
    await page.getByText(/^Show all \d+ answers/).click();
    await expect(page.getByRole("table", { name: "What each answer contributed" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Sums per dimension" })).toBeVisible();
  });

  test("writes a hostile flow name as text everywhere", async ({ page, request }) => {
    const flow = '<img src=x onerror="window.pwned=1">"; --';
    await page.goto(`/r/${CHECKOUT}?flow=${encodeURIComponent(flow)}`);
    await expect(page.locator("[data-verdict]")).toContainText(flow);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    const adr = await (
      await request.get(`/r/${CHECKOUT}/adr?flow=${encodeURIComponent(flow)}`)
    ).text();
    // Escaped as Markdown needs it: `<` can't open HTML, and nothing else changes.
    expect(adr).toContain('\\<img src=x onerror="window.pwned=1">');
    expect(adr).not.toMatch(/(^|[^\\])<img/);
    const json = await (
      await request.get(`/r/${CHECKOUT}/json?flow=${encodeURIComponent(flow)}`)
    ).json();
    expect(json.flow).toBe(flow);
  });
});

test.describe("damaged share links", () => {
  const damaged = [
    ["a single character", "1", "wrong-length"],
    ["too long", "1".repeat(40), "too-long"],
    ["bad characters", "1BCh4XOE9!", "bad-characters"],
    ["an unknown version", `z${CHECKOUT.slice(1)}`, "unknown-version"],
    ["a missing character", CHECKOUT.slice(0, -1), "wrong-length"],
    [
      "a changed character",
      `${CHECKOUT.slice(0, 3)}${CHECKOUT[3] === "A" ? "B" : "A"}${CHECKOUT.slice(4)}`,
      "checksum",
    ],
    ["an encoded space", "1BCh4%20XOE9", "bad-characters"],
    ["a non-ASCII character", "1BCh4XOE9\u00e9", "bad-characters"],
  ] as const;

  for (const [kind, code, error] of damaged) {
    test(`answers 404, never 500, for ${kind}`, async ({ request }) => {
      for (const suffix of ["", "/og", "/adr", "/json"]) {
        const response = await request.get(`/r/${code}${suffix}`);
        expect(response.status(), `/r/${code}${suffix}`).toBe(404);
      }
      expect((await request.get(`/embed/r/${code}`)).status()).toBe(404);
      const json = await (await request.get(`/r/${code}/json`)).json();
      expect(json.error).toBe(error);
    });
  }

  test("explains what is wrong with the link", async ({ page }) => {
    const response = await page.goto(`/r/${CHECKOUT.slice(0, -1)}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('[data-decode-error="wrong-length"]')).toContainText(
      "part of it is missing or extra",
    );
    await expect(page.getByRole("heading", { name: "This share link is damaged" })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test("explains a damaged link without JavaScript, in the page and in an embed", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, heading] of [
      [`/r/${CHECKOUT.slice(0, -1)}`, "This share link is damaged"],
      [`/embed/r/${CHECKOUT.slice(0, -1)}`, "This Baton link is damaged"],
    ] as const) {
      expect((await page.goto(path))?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByRole("link", { name: "Start the questionnaire" })).toBeVisible();
    }
    await context.close();
  });

  test("a link linkified in Markdown and cut at its final '_' offers the complete link", async ({
    page,
  }) => {
    const { code } = codeEndingIn("_");
    const site = "https://baton.example.com";
    const [inside] = gfmLinks(`Our result: ${site}/r/${code}?flow=Checkout, see?`);
    expect(inside).toBe(`${site}/r/${code}?flow=Checkout`); // inside the link, the '_' survives
    const [linked] = gfmLinks(`Our result: ${site}/r/${code}.`);
    expect(linked).toBe(`${site}/r/${code.slice(0, -1)}`);
    const atEnd = new URL(linked!).pathname;
    expect((await page.goto(atEnd))?.status()).toBe(404);
    const offer = page.locator('[data-repair="lost-end"]').getByRole("link");
    await expect(offer).toHaveText(`/r/${code}`);
    await offer.click();
    await expect(page).toHaveURL(`${baseURL}/r/${code}`);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/damaged/);
  });

  test("a link that took the sentence's punctuation opens its result", async ({ page }) => {
    const response = await page.goto(`/r/${CHECKOUT}).?flow=Checkout`);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${baseURL}/r/${CHECKOUT}?flow=Checkout`);
  });

  test("a typo in the first character is called a typo, and the code offered", async ({ page }) => {
    expect((await page.goto(`/r/z${CHECKOUT.slice(1)}`))?.status()).toBe(404);
    const section = page.locator('[data-decode-error="unknown-version"]');
    await expect(section).toContainText("mistyped");
    await expect(section).not.toContainText("newer");
    await expect(section.locator('[data-repair="first-character"] a')).toHaveAttribute(
      "href",
      `/r/${CHECKOUT}`,
    );
  });

  test("answers 400, not 500, for a malformed %-escape in the code", async ({ request }) => {
    for (const path of ["/r/%", "/r/%E0%A4%A", "/r/ab%zz/og", "/embed/r/%"]) {
      expect((await request.get(path)).status(), path).toBe(400);
    }
  });
});

test.describe("exports and headers", () => {
  test("the ADR export equals the golden file", async ({ request }) => {
    const flow = scenarios.find((s) => s.id === "checkout-core-and-side-effects")!.scenario.input
      .flow!;
    const response = await request.get(`/r/${CHECKOUT}/adr?flow=${encodeURIComponent(flow)}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
    // No number given and none configured: the team numbers the file.
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="checkout.md"');
    const golden = readFileSync(
      "e2e/fixtures/golden/checkout-core-and-side-effects.adr.md",
      "utf8",
    );
    // The record carries the day of export; the golden file was made on 2026-11-30.
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (await response.text())
        .replaceAll(baseURL, GOLDEN_ORIGIN)
        .replace(`date: ${today}\n`, "date: 2026-11-30\n")
        .replace(`Baton on ${today} from`, "Baton on 2026-11-30 from"),
    ).toBe(golden);
  });

  test("the ADR takes its number and decision-makers from the page, and refuses a bad number", async ({
    request,
  }) => {
    const numbered = await request.get(
      `/r/${CHECKOUT}/adr?flow=Checkout&number=7&decision-makers=${encodeURIComponent("Ana, Ben")}`,
    );
    expect(numbered.headers()["content-disposition"]).toBe(
      'attachment; filename="0007-checkout.md"',
    );
    expect(await numbered.text()).toMatch(
      /^---\nstatus: proposed\ndate: [\d-]+\ndecision-makers: "Ana, Ben"\n---\n/,
    );
    const empty = await request.get(`/r/${CHECKOUT}/adr?flow=Checkout&number=&decision-makers=`);
    expect(empty.headers()["content-disposition"]).toBe('attachment; filename="checkout.md"');
    expect((await empty.text()).split("\n---\n")[0]).not.toContain("decision-makers");
    const bad = await request.get(`/r/${CHECKOUT}/adr?number=0`);
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toMatch(/^number: /);
  });

  test("the JSON export is the Result JSON", async ({ request }) => {
    const response = await request.get(`/r/${CHECKOUT}/json?flow=Checkout`);
    expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
    const json = await response.json();
    expect(json).toMatchObject({ model: 1, code: CHECKOUT, flow: "Checkout", verdict: "hybrid" });
    expect(json.contributions).toHaveLength(17);
  });

  for (const [kind, flow] of [
    ["Latin", "Order checkout"],
    ["CJK", "注文チェックアウト 订单结算"],
    ["emoji", "Checkout 🚀🛒"],
  ] as const) {
    test(`the Open Graph image is a PNG for a ${kind} flow name`, async ({ request }) => {
      const response = await request.get(`/r/${CHECKOUT}/og?flow=${encodeURIComponent(flow)}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect([...(await response.body()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    });
  }

  test("exports are cacheable for a day, never immutable; the dated ADR only until its day ends; the page is private and not stored", async ({
    request,
  }) => {
    for (const suffix of ["/og", "/json"]) {
      const response = await request.get(`/r/${CHECKOUT}${suffix}?flow=x`);
      expect(response.headers()["cache-control"], suffix).toBe(
        "public, max-age=86400, stale-while-revalidate=604800",
      );
    }
    const adr = await request.get(`/r/${CHECKOUT}/adr?flow=x`);
    const adrCache = adr.headers()["cache-control"] ?? "";
    expect(adrCache).not.toContain("immutable");
    const maxAge = Number(/max-age=(\d+)/.exec(adrCache)?.[1]);
    const now = new Date();
    const secondsToMidnight =
      (Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime()) /
      1000;
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(Math.ceil(secondsToMidnight));
    const page = await request.get(`/r/${CHECKOUT}?flow=x`);
    expect(page.headers()["cache-control"]).toContain("private");
    expect(page.headers()["cache-control"]).toContain("no-store");
  });

  test("unfurl metadata points at absolute URLs, and the page is noindex", async ({ page }) => {
    await page.goto(`/r/${CHECKOUT}?flow=Checkout`);
    const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
    expect(await meta('meta[property="og:image"]')).toBe(
      `${baseURL}/r/${CHECKOUT}/og?flow=Checkout`,
    );
    expect(await meta('meta[property="og:url"]')).toBe(`${baseURL}/r/${CHECKOUT}?flow=Checkout`);
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    expect(await meta('meta[name="robots"]')).toContain("noindex");
    await expect(page).toHaveTitle(/Hybrid: orchestrate the core.*Checkout/);
    const oembed = await page
      .locator('link[rel="alternate"][type="application/json+oembed"]')
      .getAttribute("href");
    expect(oembed).toBe(
      `${baseURL}/api/oembed?url=${encodeURIComponent(`${baseURL}/r/${CHECKOUT}?flow=Checkout`)}`,
    );
  });
});

test.describe("the result page in a browser", () => {
  async function gzipOfInitialScripts(page: Page): Promise<number> {
    const sources = await page.$$eval("script[src]:not([nomodule])", (scripts) =>
      scripts.map((s) => (s as HTMLScriptElement).src),
    );
    let total = 0;
    for (const src of new Set(sources)) {
      const body = await (await page.request.get(src)).body();
      total += gzipSync(body, { level: 9 }).length;
    }
    return total;
  }

  test("loads recharts only once the chart scrolls into view, within the JS budget", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.goto(`/r/${CHECKOUT}`);
    const chart = page.locator("[data-chart]");
    await expect(chart).toHaveAttribute("data-chart", "static-hydrated");
    const initial = scripts.length;
    const kib = (await gzipOfInitialScripts(page)) / 1024;
    console.log(`result page initial JS: ${kib.toFixed(1)} KiB gzip`);
    expect(kib).toBeLessThanOrEqual(185);

    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute("data-chart", "interactive");
    expect(scripts.length).toBeGreaterThan(initial);
    await expect(chart.locator(".recharts-surface")).toBeVisible();
  });

  test("waits for a pointer before loading recharts when the chart is in view at load", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 3000 });
    await page.goto(`/r/${codes["loan-origination"]}`);
    const chart = page.locator("[data-chart]");
    await expect(chart).toHaveAttribute("data-chart", "static-hydrated");
    await chart.hover();
    await expect(chart).toHaveAttribute("data-chart", "interactive");
  });

  test("copies the share link", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`/r/${CHECKOUT}?flow=Checkout`);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied." })).toHaveText(
      "Link copied.",
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/r/${CHECKOUT}?flow=Checkout`,
    );
  });

  test("links to edit the answers, the exports and the embed help", async ({ page }) => {
    await page.goto(`/r/${CHECKOUT}?flow=Checkout`);
    const actions = page.getByRole("navigation", { name: "Result actions" });
    // Copy link first; everything else behind one "More actions" disclosure.
    await expect(actions.getByRole("button", { name: "Copy link" })).toBeVisible();
    await expect(actions.getByRole("link", { name: "Edit answers" })).toBeHidden();
    await actions.getByText("More actions").click();
    await expect(actions.getByRole("link", { name: "Edit answers" })).toHaveAttribute(
      "href",
      `/advisor?code=${CHECKOUT}&flow=Checkout`,
    );
    await expect(actions.getByRole("link", { name: "Embed this" })).toHaveAttribute(
      "href",
      `/embed-help?code=${CHECKOUT}&flow=Checkout`,
    );
    // The ADR export is a form: number and decision-makers are optional fields.
    await actions.getByLabel("Number in your log (optional)").fill("12");
    await actions.getByLabel("Decision-makers (optional)").fill("Ana, Ben");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      actions.getByRole("button", { name: "Export ADR (Markdown)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("0012-checkout.md");
    expect(new URL(download.url()).search).toBe(
      "?flow=Checkout&number=12&decision-makers=Ana%2C+Ben",
    );
    await expect(actions.getByRole("link", { name: "Export JSON" })).toHaveAttribute(
      "href",
      `/r/${CHECKOUT}/json?flow=Checkout`,
    );
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no axe violations in ${colorScheme} mode, before and after the chart loads`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/r/${CHECKOUT}?flow=Checkout`);
      await expect(page.locator("[data-chart]")).not.toHaveAttribute("data-chart", "static");
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
      await page.locator("[data-chart]").scrollIntoViewIfNeeded();
      await expect(page.locator("[data-chart]")).toHaveAttribute("data-chart", "interactive");
      expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    });
  }

  test("has no axe violations when too early to recommend", async ({ page }) => {
    await page.goto(`/r/${codes["nothing-known"]}`);
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  });

  test("folds each gate's detail under a disclosure that names the gate, opens from the keyboard, passes axe folded and open, and prints unfolded", async ({
    page,
  }) => {
    // A hybrid whose team can run neither an engine nor a library: three gates.
    await page.goto(`/r/${codes["m3-travel-saga-weak-readiness"]}`);
    const gates = page.locator("[data-gate]");
    await expect(gates).toHaveCount(3);
    const axe = async () => (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
    for (const gate of await gates.all()) {
      const title = (await gate.locator(".callout-title").innerText()).replace(
        /^(Warning|Note):\s*/,
        "",
      );
      const summary = gate.locator("summary");
      const basis = gate.getByText(/^Basis: /);
      await expect(summary).toContainText(title);
      await expect(basis).toBeHidden();
      await summary.focus();
      await expect(summary).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(basis).toBeVisible();
      await expect(gate.getByRole("link", { name: /^Read: / })).toBeVisible();
    }
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axe(), `open, ${colorScheme}`).toEqual([]);
    }
    for (const summary of await gates.locator("summary").all()) {
      await summary.focus();
      await page.keyboard.press(" ");
    }
    await expect(gates.getByText(/^Basis: /)).toHaveCount(3);
    for (const basis of await gates.getByText(/^Basis: /).all()) await expect(basis).toBeHidden();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axe(), `folded, ${colorScheme}`).toEqual([]);
    }
    // Paper can't be clicked open: folded, every gate prints its whole advice and basis.
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    for (const basis of await gates.getByText(/^Basis: /).all()) await expect(basis).toBeVisible();
    for (const summary of await gates.locator("summary").all()) await expect(summary).toBeHidden();
  });

  test("prints every flip, the folded questions included (UX review 4, #4)", async ({ page }) => {
    await page.goto(`/r/${codes["m3-travel-saga-weak-readiness"]}`);
    const change = page.locator('[data-reading-order="change"]');
    const folded = change.locator("details li");
    expect(await folded.count()).toBeGreaterThan(0);
    await expect(folded.first()).toBeHidden();
    await page.emulateMedia({ media: "print" });
    for (const flip of await folded.all()) await expect(flip).toBeVisible();
    await expect(change.locator("summary")).toBeHidden();
  });

  test("prints without navigation or actions", async ({ page }) => {
    await page.goto(`/r/${CHECKOUT}?flow=Checkout`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Result actions" })).toBeHidden();
    await expect(page.locator("[data-verdict]")).toBeVisible();
    await expect(page.getByRole("heading", { name: "What would change this" })).toBeVisible();
  });

  test("sends no request to another origin", async ({ page }) => {
    const elsewhere: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(baseURL) && !r.url().startsWith("data:")) elsewhere.push(r.url());
    });
    await page.goto(`/r/${CHECKOUT}?flow=Checkout`);
    await page.locator("[data-chart]").scrollIntoViewIfNeeded();
    await expect(page.locator("[data-chart]")).toHaveAttribute("data-chart", "interactive");
    expect(elsewhere).toEqual([]);
  });
});

test.describe("the embed card", () => {
  test("shows verdict, confidence and reasons without site chrome, and links out", async ({
    page,
  }) => {
    const response = await page.goto(`/embed/r/${codes["loan-origination"]}?flow=Loans`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "orchestration");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Orchestrate this flow");
    await expect(page.getByText(/confidence/).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Top reasons" })).toBeVisible();
    await expect(page.locator(".site-header")).toHaveCount(0);
    const out = page.getByRole("link", { name: /See the full result/ });
    await expect(out).toHaveAttribute("target", "_blank");
    await expect(out).toHaveAttribute(
      "href",
      `${baseURL}/r/${codes["loan-origination"]}?flow=Loans`,
    );
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  });
});
