import { expect, test, type Page } from "@playwright/test";
import { QUESTIONS } from "@/lib/scoring/current";

// Two tabs of one browser share localStorage; each keeps its own copy in sessionStorage. These
// tests check that neither tab passes the other's answers off as its own or loses what was typed.

async function open(page: Page, path = "/advisor") {
  await page.goto(path);
  await page.locator("form[data-hydrated]").waitFor({ state: "attached" });
}

/** The flow name and number of answers this tab would restore after a reload. */
async function tabCopy(page: Page) {
  return page.evaluate(() => {
    const state = JSON.parse(sessionStorage.getItem("baton:answers") ?? "{}").state ?? {};
    return { flow: state.flow as string, answered: Object.keys(state.answers ?? {}).length };
  });
}

/** The flow name the browser as a whole (localStorage) holds. */
async function browserCopy(page: Page) {
  return page.evaluate(
    () => JSON.parse(localStorage.getItem("baton:answers") ?? "{}").state?.flow as string,
  );
}

/** Answers the visible step with each question's first option. */
async function answerVisibleStep(page: Page) {
  const sets = page.locator("section[data-step]:visible fieldset");
  for (let i = 0; i < (await sets.count()); i += 1) {
    await sets.nth(i).getByRole("radio").first().check();
  }
}

test("a second tab follows, never claims, and never silently replaces the first tab's answers", async ({
  context,
}) => {
  const first = await context.newPage();
  await open(first);
  await first.getByLabel(/Flow name/).fill("Checkout");
  await first.getByRole("button", { name: "Start" }).click();
  await answerVisibleStep(first);
  const stepOne = (await tabCopy(first)).answered;
  expect(stepOne).toBeGreaterThan(0);

  // A new tab finds them, but does not say the person gave them.
  const second = await context.newPage();
  await open(second);
  await expect(second.getByLabel(/Flow name/)).toHaveValue("Checkout");
  await expect(second.getByText(/you gave/)).toHaveCount(0);
  await expect(
    second.getByText(/saved in this browser, in another tab or on an earlier visit, are loaded/),
  ).toBeVisible();

  // Holding nothing of its own, the second tab follows what the first one adds.
  await first.getByRole("button", { name: "Continue" }).click();
  await first
    .locator("section[data-step]:visible fieldset")
    .first()
    .getByRole("radio")
    .first()
    .check();
  await expect(second.getByTestId("other-tabs")).toContainText("Updated with the answers");
  expect(await tabCopy(second)).toEqual({ flow: "Checkout", answered: stepOne + 1 });

  // The second tab starts its own flow: the first tab keeps its answers and is told.
  await second.getByRole("button", { name: "Start over" }).click();
  await second
    .getByRole("dialog", { name: "Start over?" })
    .getByRole("button", { name: "Clear answers" })
    .click();
  await second.getByLabel(/Flow name/).fill("Refunds");
  await expect(first.getByTestId("other-tabs")).toContainText("Answers changed in another tab");
  await expect(first.getByTestId("other-tabs")).toContainText("\u201cRefunds\u201d");
  await expect(
    first.getByText(`${stepOne + 1} of ${QUESTIONS.length} questions answered`),
  ).toBeVisible();
  expect(await tabCopy(first)).toEqual({ flow: "Checkout", answered: stepOne + 1 });

  // Taking the other tab's answers can be undone.
  await first.getByRole("button", { name: "Use the other tab\u2019s answers" }).click();
  await expect(first.getByText(`0 of ${QUESTIONS.length} questions answered`)).toBeVisible();
  expect(await tabCopy(first)).toEqual({ flow: "Refunds", answered: 0 });
  await first.getByRole("button", { name: "Back to mine" }).click();
  await expect(
    first.getByText(`${stepOne + 1} of ${QUESTIONS.length} questions answered`),
  ).toBeVisible();
  expect(await browserCopy(first)).toBe("Checkout");

  // Bringing them back replaced the second tab's in the browser's copy: it is told, and keeps its own.
  await expect(second.getByTestId("other-tabs")).toContainText("Answers changed in another tab");
  await expect(second.getByLabel(/Flow name/)).toHaveValue("Refunds");
  await second.getByRole("button", { name: "Keep mine" }).click();
  expect(await browserCopy(second)).toBe("Refunds");

  // Each tab's reload brings back its own answers, whichever tab saved last.
  await first.reload();
  await first.locator("form[data-hydrated]").waitFor({ state: "attached" });
  await expect(
    first.getByText(`${stepOne + 1} of ${QUESTIONS.length} questions answered`),
  ).toBeVisible();
  expect(await tabCopy(first)).toEqual({ flow: "Checkout", answered: stepOne + 1 });
  await open(first);
  await expect(
    first.getByText(/answers you gave earlier in this browser are restored/),
  ).toBeVisible();
  await expect(first.getByLabel(/Flow name/)).toHaveValue("Checkout");
});
