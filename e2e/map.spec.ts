import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { encodeMap, mapResult, validateMap, type MapJson } from "../lib/map";
import { largestMap } from "../lib/map-view/largest-map";
import { loadMapScenarios } from "../lib/map/calibration";
import { importMermaid } from "../lib/map/import";
import { importedMap } from "../lib/map/import/form";

/** The code of a valid map; throws with the map's errors otherwise. */
function codeOf(map: MapJson): string {
  const checked = validateMap(map);
  if (!checked.ok)
    throw new Error(checked.errors.map((e) => `${e.field}: ${e.message}`).join("; "));
  return encodeMap(checked.map);
}

const LARGEST = codeOf(largestMap());
const SCENARIOS = loadMapScenarios();
/** A mid-sized published map (FTGO's Create Order): one scope, a topic, flags. */
const FTGO = codeOf(SCENARIOS.find((s) => s.file.startsWith("checkout-ftgo"))!.input as MapJson);

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`),
  ).toEqual([]);
}

/** Presses Tab until the element matching `selector` has focus (the keyboard alone). */
async function tabTo(page: Page, selector: string, limit = 400) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Moves a focused, closed <select> to the option with `value` by arrow keys. */
async function arrowSelect(page: Page, value: string) {
  for (let i = 0; i < 20; i++) {
    const state = await page.evaluate((wanted) => {
      const select = document.activeElement as HTMLSelectElement;
      const index = [...select.options].findIndex((o) => o.value === wanted);
      return { at: select.selectedIndex, index };
    }, value);
    if (state.index < 0) throw new Error(`no option ${value}`);
    if (state.at === state.index) return;
    await page.keyboard.press(state.at < state.index ? "ArrowDown" : "ArrowUp");
  }
  throw new Error(`could not reach option ${value}`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`the map pages are accessible (${colorScheme})`, () => {
    test.use({ colorScheme });
    test(`axe finds nothing on /map, /m/<code> and /embed/m/<code> (${colorScheme})`, async ({
      page,
    }) => {
      // Three full axe runs on long pages: slow on a busy machine, so more time than the default.
      test.setTimeout(240_000);
      await page.goto("/map");
      await expect(page.locator("[data-hydrated]")).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/m/${FTGO}`);
      await expect(page.getByTestId("handoff-table")).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/embed/m/${FTGO}`);
      await expect(page.getByTestId("handoff-table")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test("a five-participant map is built with the keyboard alone, shared, and opens in a fresh browser", async ({
  page,
  browser,
}) => {
  await page.goto("/map");
  await expect(page.locator("[data-hydrated]")).toBeVisible();
  await tabTo(page, "#map-name");
  await page.keyboard.type("Keyboard checkout");
  const participants = [
    ["Shop web app", "client", "Web", "Shopping"],
    ["Order service", "service", "Orders", "Ordering"],
    ["Stock service", "service", "Stock", "Fulfilment"],
    ["Payment service", "service", "Payments", "Payments"],
    ["Mail service", "service", "Messaging", "Notifications"],
  ] as const;
  await page.keyboard.press("Tab");
  for (const [i, [name, kind, team, domain]] of participants.entries()) {
    await expect(page.locator(`[data-participant-row="${i}"] input[name$=".name"]`)).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press("Tab");
    await arrowSelect(page, kind);
    await page.keyboard.press("Tab");
    await page.keyboard.type(team);
    await page.keyboard.press("Tab");
    await page.keyboard.type(domain);
    // The form starts with two rows: Tab reaches the second (the Remove buttons are disabled
    // at two). After that, Enter in the last field of the last row adds a row and moves to it.
    if (i === 0) await page.keyboard.press("Tab");
    else if (i < participants.length - 1) await page.keyboard.press("Enter");
  }
  await expect(page.locator("[data-participant-row]")).toHaveCount(5);

  const handoffs = [
    { from: "p1", to: "p2", label: "Place order", arrows: {} },
    { from: "p2", to: "p3", label: "Reserve stock", arrows: { undo: 1 } },
    { from: "p2", to: "p4", label: "Charge card", arrows: { undo: 2 } },
    { from: "p2", to: "p5", label: "Order placed", arrows: {} },
  ];
  await tabTo(page, '[data-handoff-row="0"] select[name$=".from"]');
  for (const [i, h] of handoffs.entries()) {
    const row = page.locator(`[data-handoff-row="${i}"]`);
    await expect(row.locator('select[name$=".from"]')).toBeFocused();
    await arrowSelect(page, h.from);
    await page.keyboard.press("Tab");
    await arrowSelect(page, h.to);
    await page.keyboard.press("Tab");
    await page.keyboard.type(h.label);
    await page.keyboard.press("Tab"); // trigger: keep the default
    for (const question of ["intent", "wait", "undo", "duration", "together", "current"]) {
      await page.keyboard.press("Tab");
      const arrows = (h.arrows as Record<string, number>)[question] ?? 0;
      // Arrow keys move from the preselected default; "undo" starts at "Nothing".
      for (let n = 0; n < arrows; n++) await page.keyboard.press("ArrowRight");
    }
    // Enter in the last question adds the next hand-off.
    if (i < handoffs.length - 1) await page.keyboard.press("Enter");
  }
  await expect(page.locator("[data-handoff-row]")).toHaveCount(4);
  // "Order placed" reads as past tense: the form preselected "Tell" for it.
  await expect(
    page.locator('[data-handoff-row="3"] input[name$=".intent"][value="tell"]'),
  ).toBeChecked();
  await expect(
    page.locator('[data-handoff-row="1"] input[name$=".undo"][value="compensate"]'),
  ).toBeChecked();

  // Alt+↑ moves the focused hand-off up, and Alt+↓ back.
  await page.locator('[data-handoff-row="3"] input[name$=".label"]').focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(page.locator('[data-handoff-row="2"] input[name$=".label"]')).toHaveValue(
    "Order placed",
  );
  await page.keyboard.press("Alt+ArrowDown");
  await expect(page.locator('[data-handoff-row="3"] input[name$=".label"]')).toHaveValue(
    "Order placed",
  );

  await tabTo(page, 'button[formaction="/map/result"]');
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/m\/m1\.[A-Za-z0-9_-]+$/);
  const shared = await page.getByLabel("Share link").inputValue();
  expect(shared).toBe(page.url());

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    const response = await other.goto(shared);
    expect(response?.status()).toBe(200);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Keyboard checkout");
    const rows = other.getByTestId("handoff-table").locator("tbody tr");
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(3)).toContainText("Order placed");
    await expect(rows.nth(3)).toContainText("Event");
    await expect(other.locator("svg[data-map-diagram] title")).toHaveText("Keyboard checkout");
    // The link pre-fills the editor.
    await other.getByText("More actions").click();
    await other.getByRole("link", { name: "Edit map" }).click();
    await expect(other.locator("#map-name")).toHaveValue("Keyboard checkout");
    await expect(other.locator("[data-handoff-row]")).toHaveCount(4);
  } finally {
    await fresh.close();
  }
});

test("the editor keeps its draft in the browser across a reload", async ({ page }) => {
  await page.goto("/map");
  await expect(page.locator("[data-hydrated]")).toBeVisible();
  await page.locator("#map-name").fill("Saved draft");
  await page.locator('[data-participant-row="0"] input[name$=".name"]').fill("Billing");
  await page.reload();
  await expect(page.locator("[data-hydrated]")).toBeVisible();
  await expect(page.locator("#map-name")).toHaveValue("Saved draft");
  await expect(page.locator('[data-participant-row="0"] input[name$=".name"]')).toHaveValue(
    "Billing",
  );
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("baton:map") ?? "{}"));
  expect(saved.version).toBe(2);
});

test("Remove keeps keyboard focus in the list, and the review counts unanswered map context too", async ({
  page,
}) => {
  await page.goto(`/map?code=${LARGEST}`);
  await expect(page.locator("[data-hydrated]")).toBeVisible();
  await expect(page.locator("[data-participant-row]")).toHaveCount(12);
  await page.getByRole("button", { name: "Remove participant 3", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-participant-row]")).toHaveCount(11);
  // Focus lands in the row that took the removed one's place, not on the page body.
  await expect(
    page.locator('[data-participant-row="2"] input:not([type=hidden])').first(),
  ).toBeFocused();
  await page.getByRole("button", { name: "Remove hand-off 1", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(
    page
      .locator('[data-handoff-row="0"] input:not([type=hidden]), [data-handoff-row="0"] select')
      .first(),
  ).toBeFocused();
  const unanswered = await page.evaluate(
    () => document.querySelectorAll('[id^="context-"] input[value="unsure"]:checked').length,
  );
  await expect(page.getByTestId("context-unsure")).toContainText(
    `${unanswered} of the 10 map context answers`,
  );
});

test("Add is disabled at 12 participants and 20 hand-offs, with the reason", async ({ page }) => {
  await page.goto(`/map?code=${LARGEST}`);
  await expect(page.locator("[data-hydrated]")).toBeVisible();
  await expect(page.locator("[data-participant-row]")).toHaveCount(12);
  await expect(page.getByRole("button", { name: "Add participant" })).toBeDisabled();
  await expect(page.locator("#participants-count")).toContainText("at most 12 participants");
  await expect(page.getByRole("button", { name: "Add hand-off" })).toBeDisabled();
  await expect(page.locator("#handoffs-count")).toContainText("at most 20 hand-offs");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the editor is a plain form: Add submits it and it comes back with one more row, then Show the result opens the map", async ({
    page,
  }) => {
    await page.goto("/map");
    await page.locator("#map-name").fill("No script map");
    await page.locator('[data-participant-row="0"] input[name$=".name"]').fill("Order service");
    await page.locator('[data-participant-row="1"] input[name$=".name"]').fill("Stock service");
    await page.getByRole("button", { name: "Add participant" }).click();
    await expect(page.locator("[data-participant-row]")).toHaveCount(3);
    await expect(page.locator("#map-name")).toHaveValue("No script map");
    await expect(page.locator('[data-participant-row="1"] input[name$=".name"]')).toHaveValue(
      "Stock service",
    );
    await page.locator('[data-participant-row="2"] input[name$=".name"]').fill("Mail service");
    await page.locator('[data-handoff-row="0"] input[name$=".label"]').fill("Reserve stock");
    await page.getByRole("button", { name: "Add hand-off" }).click();
    await expect(page.locator("[data-handoff-row]")).toHaveCount(2);
    await expect(page.locator('[data-handoff-row="0"] input[name$=".label"]')).toHaveValue(
      "Reserve stock",
    );
    const second = page.locator('[data-handoff-row="1"]');
    await second.locator('select[name$=".from"]').selectOption({ label: "Order service" });
    await second.locator('select[name$=".to"]').selectOption({ label: "Mail service" });
    await second.locator('input[name$=".label"]').fill("Stock reserved");
    await second.locator('input[name$=".intent"][value="tell"]').check();
    await page.getByRole("button", { name: "Show the result" }).click();
    await expect(page).toHaveURL(/\/m\/m1\./);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No script map");
    await expect(page.getByTestId("handoff-table").locator("tbody tr")).toHaveCount(2);
  });

  test("Enter in a text field re-sends the form as it stands and removes no row", async ({
    page,
  }) => {
    await page.goto("/map");
    await page.locator('[data-participant-row="0"] input[name$=".name"]').fill("Order service");
    await page.locator('[data-participant-row="1"] input[name$=".name"]').fill("Stock service");
    await page.getByRole("button", { name: "Add participant" }).click();
    await expect(page.locator("[data-participant-row]")).toHaveCount(3);
    const label = page.locator('[data-handoff-row="0"] input[name$=".label"]');
    await label.fill("Reserve stock");
    await label.press("Enter");
    await page.waitForLoadState("load");
    await expect(page.locator("[data-participant-row]")).toHaveCount(3);
    await expect(page.locator('[data-participant-row="0"] input[name$=".name"]')).toHaveValue(
      "Order service",
    );
    await expect(page.locator('[data-handoff-row="0"] input[name$=".label"]')).toHaveValue(
      "Reserve stock",
    );
  });

  test("a map that doesn't validate comes back with every field kept and the errors named", async ({
    page,
  }) => {
    await page.goto("/map");
    await page.locator("#map-name").fill("Half done");
    await page.getByRole("button", { name: "Show the result" }).click();
    await expect(page).toHaveURL(/\/map\?.*check=1/);
    await expect(page.locator("#map-name")).toHaveValue("Half done");
    await expect(page.locator("#map-errors")).toContainText("participants[0].name");
  });

  test("the result page renders on the server, diagram and table included", async ({ page }) => {
    const response = await page.goto(`/m/${LARGEST}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("svg[data-map-diagram]")).toBeVisible();
    await expect(page.getByTestId("handoff-table").locator("tbody tr")).toHaveCount(20);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByText("The link is not secret")).toBeVisible();
  });
});

test("every calibration map renders its result page with the library's own result", async ({
  page,
}) => {
  for (const scenario of SCENARIOS) {
    const checked = validateMap(scenario.input);
    if (!checked.ok) throw new Error(scenario.file);
    const result = mapResult(checked.map);
    const response = await page.goto(`/m/${result.code}`);
    expect(response?.status(), scenario.file).toBe(200);
    await expect(page.getByTestId("map-summary")).toHaveText(result.summary);
    await expect(page.getByTestId("handoff-table").locator("tbody tr")).toHaveCount(
      result.handoffs.length,
    );
    await expect(page.locator("[data-scope]")).toHaveCount(result.scopes.length);
  }
});

test("hostile labels stay text in the page, the SVG and the exports", async ({ page, request }) => {
  const hostile = `<img src=x onerror="window.pwned=1">`;
  const code = codeOf({
    map: 1,
    name: `</title><script>window.pwned=2</script>`,
    participants: [
      { id: "a", name: hostile.slice(0, 32), kind: "service" },
      { id: "b", name: `]]><svg onload="x">&amp;`, kind: "external" },
    ],
    handoffs: [
      {
        id: "h",
        from: "a",
        to: "b",
        label: `"><script>window.pwned=3</script>`.slice(0, 32),
        answers: { intent: "do" },
      },
    ],
  });
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`/m/${code}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "</title><script>window.pwned=2</script>",
  );
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No element came from map text: the diagram holds no <img>, <script> or nested <svg>.
  expect(
    await page.locator("svg[data-map-diagram] img, svg[data-map-diagram] script").count(),
  ).toBe(0);
  expect(await page.locator("svg[data-map-diagram] svg").count()).toBe(0);
  await expect(page.locator('svg[data-map-diagram] [data-kind="service"] text').first()).toHaveText(
    hostile.slice(0, 32),
  );

  const svg = await request.get(`/m/${code}/map.svg`);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  const text = await svg.text();
  expect(text).not.toContain("<script");
  expect(text).not.toContain("<img");
  // Well-formed XML: the browser's XML parser reads it without a parser error.
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "image/svg+xml");
    return {
      error: doc.getElementsByTagName("parsererror").length,
      title: doc.querySelector("title")?.textContent,
    };
  }, text);
  expect(parsed).toEqual({ error: 0, title: "</title><script>window.pwned=2</script>" });
  const adr = await (await request.get(`/m/${code}/adr`)).text();
  // Markdown escapes the `<` that would open a tag (`\<script>` reads as text); none is left bare.
  expect(adr).not.toMatch(/(?<!\\)<script/);
  expect(adr).toContain("\\<script>");
  const badNumber = await request.get(`/m/${code}/adr?number=12a`);
  expect(badNumber.status()).toBe(400);
  expect(await badNumber.text()).toMatch(/^number: /);
});

test("a damaged or newer map code gives the damaged-link page with 404", async ({ page }) => {
  for (const code of [`${LARGEST.slice(0, -6)}`, "m9.AAAA", "m1.!!"]) {
    const response = await page.goto(`/m/${code}`);
    expect(response?.status(), code).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This map link is damaged");
  }
  const embed = await page.goto("/embed/m/m1.nope");
  expect(embed?.status()).toBe(404);
});

test("the map page offers every action MAP.md §10 lists, print included, and prints without them", async ({
  page,
}) => {
  await page.goto(`/m/${FTGO}`);
  const actions = page.getByRole("navigation", { name: "Map actions" });
  await expect(actions.getByRole("button", { name: "Copy link" })).toBeVisible();
  // The rest is folded under "More actions", as on a one-flow result: it opens from the keyboard.
  await expect(actions.getByRole("link", { name: "Edit map" })).toBeHidden();
  await actions.getByText("More actions").focus();
  await page.keyboard.press("Enter");
  for (const name of ["Copy Mermaid", "Print or save as PDF"])
    await expect(actions.getByRole("button", { name })).toBeVisible();
  for (const name of ["Edit map", "Export JSON", "Diagram (SVG)"])
    await expect(actions.getByRole("link", { name })).toBeVisible();
  // The ADR export is a form: a number names the file NNNN-….
  await actions.getByLabel("Number in your log (optional)").fill("12");
  await actions.getByLabel("Decision-makers (optional)").fill("Ana, Ben");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    actions.getByRole("button", { name: "Export ADR (Markdown)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^0012-[a-z0-9-]+-map\.md$/);
  const record = await readFile((await download.path())!, "utf8");
  expect(record).toContain('decision-makers: "Ana, Ben"');
  await page.emulateMedia({ media: "print" });
  await expect(actions).toBeHidden();
});

test("oEmbed describes /m/ URLs with the embed iframe", async ({ request, baseURL }) => {
  const url = `${baseURL}/m/${LARGEST}`;
  const response = await request.get(`/api/oembed?url=${encodeURIComponent(url)}`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.type).toBe("rich");
  expect(body.html).toContain(`/embed/m/${LARGEST}`);
  expect(body.title).toContain("Storefront order to delivery");
  const og = await request.get(`/m/${LARGEST}/og`);
  expect(og.status()).toBe(200);
  expect(og.headers()["content-type"]).toBe("image/png");
});

test("a fenced Mermaid diagram with an actor, --) and an alt block imports with its notes; the nav links the map", async ({
  page,
}) => {
  await page.goto("/map");
  await expect(page.locator("[data-hydrated]")).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Map" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Guides" })).not.toHaveAttribute("aria-current");

  const diagram = [
    "```mermaid",
    "sequenceDiagram",
    "  actor U as Shopper",
    "  participant O as Order",
    "  participant P as Payment",
    "  participant M as Mail",
    "  U->>O: Create order",
    "  O->>P: Authorize card",
    "  P--)O: Card authorized",
    "  alt approved",
    "    O--)M: Order approved",
    "  else rejected",
    "    O--)U: Order rejected",
    "  end",
    "```",
  ].join("\n");
  await page.getByLabel("Text to import").fill(diagram);
  await page.getByRole("button", { name: "Import (replaces the form)" }).click();

  const status = page.locator('section[aria-labelledby="import-title"] [role="status"]');
  await expect(status).toContainText("Imported 4 participants and 5 hand-offs.");
  await expect(status).toContainText(
    "Line 3: actor “Shopper” is a person (kind person: someone who acts in the flow).",
  );
  await expect(status).toContainText(
    "Lines 10–14, alt “approved” / else “rejected”: the map has no conditional hand-offs, so the branches are merged",
  );
  await expect(status).toContainText(
    "(alt “approved”: hand-off 4 (“Order approved”); else “rejected”: hand-off 5 (“Order rejected”))",
  );
  await expect(status).toContainText(
    "The condition is kept in the label, in brackets: “Order approved [approved]”.",
  );
  // The shopper's own request: its default "Who waits" is marked too (issue 22 review 3 M4).
  await expect(status).toContainText(
    "and 1 “Who waits” on a hand-off a person or client sends is the form's default",
  );
  await expect(status).toContainText(
    "Kinds not set by the diagram, so imported as Service (yours): “Order”, “Payment”, “Mail”.",
  );
  await expect(page.locator('[data-handoff-row="0"] fieldset[id$="-wait"]')).toHaveAttribute(
    "data-imported",
    "",
  );
  await expect(page.locator('[data-handoff-row="1"] fieldset[id$="-wait"]')).not.toHaveAttribute(
    "data-imported",
  );

  await expect(page.locator("[data-participant-row]")).toHaveCount(4);
  await expect(page.locator('[data-participant-row="0"] input[name$=".name"]')).toHaveValue(
    "Shopper",
  );
  await expect(page.locator('[data-participant-row="0"] select[name$=".kind"]')).toHaveValue(
    "person",
  );
  const rows = page.locator("[data-handoff-row]");
  await expect(rows).toHaveCount(5);
  const labels = [
    "Create order",
    "Authorize card",
    "Card authorized",
    // A branch's hand-off keeps its condition (issue 22 review 3 M3).
    "Order approved [approved]",
    "Order rejected [rejected]",
  ];
  for (const [i, label] of labels.entries())
    await expect(page.locator(`[data-handoff-row="${i}"] input[name$=".label"]`)).toHaveValue(
      label,
    );
  // `--)` is a one-way async message, not the reply to "Authorize card".
  await expect(page.locator('input[name="h.2.current"][value="message"]')).toBeChecked();
  // Answers the diagram doesn't give are the form's defaults, not "Not sure".
  await expect(page.locator('input[name="h.3.intent"][value="tell"]')).toBeChecked();
  await expect(page.locator('input[name="h.0.intent"][value="do"]')).toBeChecked();

  const imported = importMermaid(diagram);
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
  const checked = validateMap(importedMap(imported));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const expected = mapResult(checked.map);
  expect(expected.summary).not.toContain("Nothing to coordinate");
  await page.getByRole("button", { name: "Show the result" }).click();
  await expect(page.getByTestId("map-summary")).toHaveText(expected.summary);
});

/** Mermaid with sync calls and async messages: the import sets "How does it travel" and "Who waits". */
const MARKED_DIAGRAM = [
  "sequenceDiagram",
  "  participant O as Order",
  "  participant S as Stock",
  "  participant M as Mail",
  "  O->>S: Reserve stock",
  "  S-->>O: Stock reserved",
  "  O-)M: Email customer",
  "  O->>M: Send receipt",
].join("\n");

test("imported answers are tagged 'Imported, check' until changed or confirmed, in the import line and the review", async ({
  page,
}) => {
  await page.goto("/map");
  await expect(page.locator("[data-hydrated]")).toBeVisible();
  // The link at the top jumps to the import and focuses it.
  await page.getByRole("link", { name: "Import them" }).click();
  await expect(page.locator("#import")).toBeFocused();
  await page.getByLabel("Text to import").fill(MARKED_DIAGRAM);
  await page.getByRole("button", { name: "Import (replaces the form)" }).click();

  const status = page.locator('section[aria-labelledby="import-title"] [role="status"]');
  await expect(status).toContainText("Imported 3 participants and 3 hand-offs.");
  const reported = Number(
    /(\d+) answers? came from the import/.exec((await status.textContent()) ?? "")?.[1],
  );
  expect(reported).toBeGreaterThan(2);
  const tagged = page.locator("fieldset[data-imported]");
  await expect(tagged).toHaveCount(reported);
  await expect(page.getByText("Imported, check", { exact: true })).toHaveCount(reported);
  // Each tag describes its radio group for screen readers.
  for (const group of await tagged.all()) {
    const described = await group.getAttribute("aria-describedby");
    await expect(page.locator(`#${described}`)).toHaveText("Imported, check");
  }
  // Only "How does it travel" and, for the async arrow, "Who waits" came from the diagram.
  await expect(page.locator('[data-handoff-row="0"] fieldset[data-imported]')).toHaveCount(1);
  await expect(page.locator('[data-handoff-row="1"] fieldset[data-imported]')).toHaveCount(2);
  await expect(page.getByTestId("import-left")).toContainText(
    `${reported} of ${reported} imported answers left to check.`,
  );
  await expect(page.getByTestId("marks-left")).toContainText(
    `${reported} imported answers still marked “Imported, check”`,
  );
  // The tags pass axe in both colour schemes.
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "light" });

  // Changing an imported answer ends its tag.
  const travel = page.locator('[data-handoff-row="0"] fieldset[id$="-current"]');
  await expect(travel).toHaveAttribute("data-imported", "");
  await travel.getByLabel("Queue", { exact: true }).check();
  await expect(travel).not.toHaveAttribute("data-imported");
  await expect(travel).not.toHaveAttribute("aria-describedby");
  await expect(tagged).toHaveCount(reported - 1);
  await expect(page.getByTestId("import-left")).toContainText(
    `${reported - 1} of ${reported} imported answers left to check.`,
  );

  // Confirm comes right after the answers in the tab order; confirming ends the tag too, and
  // moves focus on to the next imported answer (issue 22 review 3, M5).
  const waits = page.locator('[data-handoff-row="1"] fieldset[id$="-wait"]');
  await waits.locator("input:checked").focus();
  await page.keyboard.press("Tab");
  const confirmWait = waits.getByRole("button", { name: "Confirm the imported answer" });
  await expect(confirmWait).toBeFocused();
  await confirmWait.press("Enter");
  await expect(waits).not.toHaveAttribute("data-imported");
  await expect(
    page.locator('[data-handoff-row="1"] fieldset[id$="-current"] input:checked'),
  ).toBeFocused();
  await expect(tagged).toHaveCount(reported - 2);
  await expect(page.getByTestId("marks-left")).toContainText(
    `${reported - 2} imported answers still marked`,
  );

  // The marks are saved with the draft.
  await page.reload();
  await expect(page.locator("[data-hydrated]")).toBeVisible();
  await expect(tagged).toHaveCount(reported - 2);
  await expect(travel.locator('input[value="message"]')).toBeChecked();
});

test("importing the diagram again keeps the review work, adds the new hand-off, and can be undone", async ({
  page,
}) => {
  await page.goto("/map");
  await expect(page.locator("[data-hydrated]")).toBeVisible();
  await page.getByLabel("Text to import").fill(MARKED_DIAGRAM);
  await page.getByRole("button", { name: "Import (replaces the form)" }).click();
  await expect(page.locator("[data-handoff-row]")).toHaveCount(3);

  // The review work: the map name, a participant's kind, an undo answer.
  const name = page.getByLabel("Map name (optional, the flow or system it shows)");
  await name.fill("Order flow");
  const mailKind = page.locator('[data-participant-row="2"] select[name$=".kind"]');
  await expect(page.locator('[data-participant-row="2"] input[name$=".name"]')).toHaveValue("Mail");
  await mailKind.selectOption("external");
  const undo = page.locator('input[name="h.0.undo"][value="compensate"]');
  await undo.check();

  // The diagram changed: one line more.
  await page.getByLabel("Text to import").fill(`${MARKED_DIAGRAM}\n  S-)M: Stock low`);
  await page.getByRole("button", { name: "Import (keeps your answers)" }).click();
  const status = page.locator('section[aria-labelledby="import-title"] [role="status"]');
  await expect(status).toContainText(
    "Kept your map name, map context answers and your answers on 3 hand-offs and 3 participants; 1 hand-off is new.",
  );
  await expect(page.locator("[data-handoff-row]")).toHaveCount(4);
  await expect(page.locator('[data-handoff-row="3"] input[name$=".label"]')).toHaveValue(
    "Stock low",
  );
  await expect(name).toHaveValue("Order flow");
  await expect(mailKind).toHaveValue("external");
  await expect(undo).toBeChecked();
  // The new hand-off's imported answers are tagged; the kept ones the import repeats are not new.
  await expect(page.locator('[data-handoff-row="3"] fieldset[data-imported]')).not.toHaveCount(0);
  await expectNoAxeViolations(page);

  // Replacing instead is one click away, and so is undoing it.
  await page.getByRole("button", { name: "Replace the form instead" }).click();
  await expect(name).toHaveValue("");
  await expect(mailKind).toHaveValue("service");
  await expect(page.locator("[data-handoff-row]")).toHaveCount(4);
  await page.getByRole("button", { name: "Undo the import" }).click();
  await expect(status).toContainText("Import undone");
  await expect(page.locator("[data-handoff-row]")).toHaveCount(3);
  await expect(name).toHaveValue("Order flow");
  await expect(mailKind).toHaveValue("external");
  await expect(undo).toBeChecked();
  await expect(page.getByRole("button", { name: "Undo the import" })).toHaveCount(0);
});

test("choosing Tell re-derives 'Who waits' while it is untouched, and never overwrites a chosen one", async ({
  page,
}) => {
  await page.goto("/map");
  await expect(page.locator("[data-hydrated]")).toBeVisible();
  const row = page.locator('[data-handoff-row="0"]');
  await row.locator('input[name$=".label"]').fill("Email customer");
  await expect(row.locator('input[name$=".wait"][value="sender-waits"]')).toBeChecked();
  await row.locator('input[name$=".intent"][value="tell"]').check();
  await expect(row.locator('input[name$=".wait"][value="no-wait"]')).toBeChecked();
  await expect(row.locator('input[name$=".together"][value="yes"]')).toBeChecked();
  await row.locator('input[name$=".wait"][value="user-waits"]').check();
  await row.locator('input[name$=".intent"][value="do"]').check();
  await expect(row.locator('input[name$=".wait"][value="user-waits"]')).toBeChecked();
});

test.describe("imported answers without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the no-JS import tags the imported answers, and a changed answer loses its tag on the next submit", async ({
    page,
  }) => {
    await page.goto("/map");
    await page.getByRole("link", { name: "Import them" }).click();
    await expect(page).toHaveURL(/#import$/);
    await page.getByLabel("Text to import").fill(MARKED_DIAGRAM);
    await page.getByRole("button", { name: "Import (replaces the form)" }).click();
    // The styled editor opens at its import form, which says what the import did, as with
    // JavaScript (N11), with the number of answers it marks.
    await expect(page).toHaveURL(/\/map\?.*#import$/);
    const report = page.locator("#import [role=status]");
    await expect(report).toContainText("Imported 3 participants and 3 hand-offs.");
    const count = Number(
      /(\d+) answers? came from the import/.exec((await report.textContent()) ?? "")?.[1],
    );
    await expect(page.locator("[data-handoff-row]")).toHaveCount(3);
    const tagged = page.locator("fieldset[data-imported]");
    await expect(tagged).toHaveCount(count);
    expect(count).toBeGreaterThan(2);
    await expect(page.getByTestId("marks-left")).toContainText(
      `${count} imported answers still marked`,
    );
    await page.locator('[data-handoff-row="0"] input[name$=".current"][value="message"]').check();
    const waitQuestion = page.locator('[data-handoff-row="1"] fieldset[id$="-wait"]');
    const waitId = await waitQuestion.getAttribute("id");
    await waitQuestion.getByRole("button", { name: "Confirm the imported answer" }).click();
    await expect(tagged).toHaveCount(count - 2);
    // The reload comes back to the question just confirmed, not to the top of the page (N11).
    expect(new URL(page.url()).hash).toBe(`#${waitId}`);
    await expect(page.locator('[data-handoff-row="0"] fieldset[data-imported]')).toHaveCount(0);
    await page.getByRole("button", { name: "Add hand-off" }).click();
    await expect(page.locator("[data-handoff-row]")).toHaveCount(4);
    await expect(tagged).toHaveCount(count - 2);
  });

  /** Opens the editor and imports `text` into its empty form, as a person without JavaScript. */
  async function importIntoEmptyForm(page: Page, text: string) {
    await page.goto("/map");
    await page.getByLabel("Text to import").fill(text);
    await page.getByRole("button", { name: "Import (replaces the form)" }).click();
    await expect(page.locator("[data-handoff-row]")).toHaveCount(3);
  }

  test("an import that can't be read keeps the map: the error page suggests the format, links back to the map, and importing again merges", async ({
    page,
  }) => {
    await importIntoEmptyForm(page, MARKED_DIAGRAM);
    await page.locator('input[name="name"]').fill("Orders");
    // AsyncAPI text with the Mermaid format picked.
    await page.getByLabel("Text to import").fill("asyncapi: 3.0.0\ninfo:\n  title: Stock\n");
    await page.getByRole("button", { name: "Import (keeps your answers)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The import can't be read");
    await expect(page.locator("body")).toContainText(
      "This text looks like AsyncAPI 3: pick “AsyncAPI 3 (YAML or JSON)” and import again.",
    );
    const back = page.getByRole("link", { name: "Back to the map editor (your map as it was)" });
    expect(await back.getAttribute("href")).toContain("name=Orders");
    // Importing again from this page still merges into the map it carries.
    await page.getByLabel("Text to import").fill(`${MARKED_DIAGRAM}\n  M->>S: Check stock`);
    await page.getByRole("button", { name: "Import again" }).click();
    await expect(page.locator('input[name="name"]')).toHaveValue("Orders");
    await expect(page.locator("[data-handoff-row]")).toHaveCount(4);
    await expect(page.locator("#import [role=status]")).toContainText("into your map.");
  });

  test("re-importing into a filled form merges, keeping unsaved answers and the name", async ({
    page,
  }) => {
    await importIntoEmptyForm(page, MARKED_DIAGRAM);
    // Edits not yet submitted: the import button submits them with the diagram.
    await page.locator('input[name="name"]').fill("Orders");
    await page.locator('[data-handoff-row="0"] input[name$=".undo"][value="compensate"]').check();
    await page.getByLabel("Text to import").fill(`${MARKED_DIAGRAM}\n  M->>S: Check stock`);
    await page.getByRole("button", { name: "Import (keeps your answers)" }).click();
    await expect(page.locator("#import [role=status]")).toContainText(
      "Imported 3 participants and 4 hand-offs into your map. Kept your map name, map context answers and your answers on 3 hand-offs",
    );
    await expect(page.locator("[data-handoff-row]")).toHaveCount(4);
    await expect(page.locator('input[name="name"]')).toHaveValue("Orders");
    await expect(
      page.locator('[data-handoff-row="0"] input[name$=".undo"][value="compensate"]'),
    ).toBeChecked();
    await expect(page.locator('[data-handoff-row="3"] input[name$=".label"]')).toHaveValue(
      "Check stock",
    );
  });
});
