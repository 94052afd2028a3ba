// Questionnaire responsiveness: Chromium's Event Timing API (the data behind Interaction to Next
// Paint) for each kind of questionnaire interaction, with the CPU throttled 4× through the
// DevTools protocol (`Emulation.setCPUThrottlingRate`, as Lighthouse's mobile preset does), on
// the production build. Budget: every interaction under 200 ms, Google's "good" INP bar
// (https://web.dev/articles/inp).
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../find-chromium.mjs";
import { median, row, verdict } from "./table.mjs";

/** The INP "good" bar, in milliseconds. */
export const INP_BUDGET_MS = 200;
/** The smallest duration the Event Timing API reports (`durationThreshold` floor), in ms. */
const REPORT_FLOOR_MS = 16;
/** The interaction kinds measured, in the order the table shows them. */
export const INTERACTION_KINDS = ["Start", "answer", "Continue", "Back", "review", "Change"];

// Runs in the page before any script: keeps the longest event of each interaction.
function observeInteractions() {
  const longest = new Map();
  window.__interactions = longest;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const prev = longest.get(entry.interactionId) ?? 0;
      longest.set(entry.interactionId, Math.max(prev, entry.duration));
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
}

/**
 * Performs one interaction and returns its duration in ms: the longest Event Timing entry of the
 * interactions it caused, or REPORT_FLOOR_MS when none reached the reporting floor (an upper
 * bound). Waits two frames and a pause so the observer has delivered its entries.
 */
async function timed(page, act) {
  const before = await page.evaluate(() => [...window.__interactions.keys()]);
  await act();
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
  await page.waitForTimeout(250);
  const durations = await page.evaluate(
    (seen) =>
      [...window.__interactions.entries()].filter(([id]) => !seen.includes(id)).map(([, d]) => d),
    before,
  );
  return durations.length > 0 ? Math.max(...durations) : REPORT_FLOOR_MS;
}

/** Answers every question of the visible step by clicking its first option's label. */
async function answerStep(page, record) {
  const fieldsets = page.locator("section[data-step]:visible fieldset");
  const count = await fieldsets.count();
  for (let i = 0; i < count; i += 1) {
    const option = fieldsets.nth(i).locator("label").first();
    record("answer", await timed(page, () => option.click()));
  }
}

/**
 * One walk through the questionnaire: Start, answer and continue through every step (the last
 * Continue is "Review answers"), Back from the review and review again, then Change one answer
 * and go back to the review.
 */
async function walk(page, origin, record) {
  await page.goto(`${origin}/advisor`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator("form[data-hydrated]").waitFor({ state: "attached" });
  // A person reads the first screen before pressing Start: let hydration's follow-up work (link
  // prefetches, restoring answers) finish, so Start measures Start.
  await page.waitForLoadState("networkidle");
  const button = (name) => page.getByRole("button", { name, exact: true });
  record("Start", await timed(page, () => button("Start").click()));
  for (let step = 1; step <= 5; step += 1) {
    await answerStep(page, record);
    const last = step === 5;
    record(
      last ? "review" : "Continue",
      await timed(page, () => button(last ? "Review answers" : "Continue").click()),
    );
    if (step === 2) {
      record("Back", await timed(page, () => button("Back").click()));
      record("Continue", await timed(page, () => button("Continue").click()));
    }
  }
  record("Back", await timed(page, () => button("Back").click()));
  record("review", await timed(page, () => button("Review answers").click()));
  const change = page.locator("#step-review a", { hasText: "Change" });
  for (const index of [1, 9]) {
    record("Change", await timed(page, () => change.nth(index).click()));
    record("review", await timed(page, () => button("Back to review").click()));
  }
}

/**
 * Measures the questionnaire's interactions `runs` times over and returns one table row per
 * interaction kind: worst and median duration, the number measured, against the 200 ms bar.
 */
export async function benchInp(origin, { runs = 3, throttle = 4 } = {}) {
  const executablePath = await findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  const samples = Object.fromEntries(INTERACTION_KINDS.map((k) => [k, []]));
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(observeInteractions);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
      await walk(page, origin, (kind, ms) => samples[kind].push(ms));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return INTERACTION_KINDS.map((kind) => {
    const xs = samples[kind];
    const worst = Math.max(...xs);
    const floor = xs.filter((x) => x === REPORT_FLOOR_MS).length;
    return row(
      `INP, ${kind} (CPU ${throttle}× slower, ${runs} walks)`,
      "/advisor",
      `worst ${Math.round(worst)} ms, median ${Math.round(median(xs))} ms over ${xs.length}${floor ? ` (${floor} under ${REPORT_FLOOR_MS} ms, counted as ${REPORT_FLOOR_MS})` : ""}`,
      `< ${INP_BUDGET_MS} ms`,
      verdict(worst < INP_BUDGET_MS),
    );
  });
}
